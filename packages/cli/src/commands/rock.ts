import { codesOf, prependUids, type RockAttributes, type RockSource, toQualitativeDataTable } from "@verlicht/rock";
import type { Command } from "commander";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import { coderAgreement } from "../lib/coder-agreement.js";
import type { CliContext } from "../lib/context.js";
import { expandInputs, readTextFile } from "../lib/io.js";
import { assertNoErrors, loadCorpus, loadSources } from "../lib/load-sources.js";
import type { Runner } from "../lib/run-cli.js";
import { type OutputFile, writeOutputFile, writeOutputFolder } from "../lib/write-output.js";
import { registerRockAnalyses } from "./rock-analyses.js";
import { registerRockExchange } from "./rock-exchange.js";
import { writeOutput } from "./rock-output.js";

/** `verlicht rock validate|uids|stats|export`. */
export function registerRock(program: Command, run: Runner): void {
  const rock = program
    .command("rock")
    .description("ROCK sources: validate, uids, statistics, export, fragments, merge, projects, REFI-QDA");

  rock
    .command("validate")
    .description("parse ROCK sources and report every problem with file and line (exit 2 on errors, 1 on warnings)")
    .argument("<files...>", "ROCK sources or folders")
    .action(
      run(async (ctx: CliContext, files: string[]) => {
        // The loader prints warnings and notes; errors are printed here, with their count.
        const loaded = loadSources(ctx, files, { requireContent: false });
        const all = loaded.flatMap((l) => l.messages);
        ctx.messages(all.filter((m) => m.severity === "error"));
        const errors = all.filter((m) => m.severity === "error").length;
        const warnings = all.filter((m) => m.severity === "warning").length;
        ctx.result(
          {
            files: loaded.map((l) => ({ file: l.file, utterances: l.source.utterances.length, messages: l.messages })),
          },
          ctx.t(
            `${loaded.length} bron(nen), ${errors} fout(en), ${warnings} waarschuwing(en)`,
            `${loaded.length} source(s), ${errors} error(s), ${warnings} warning(s)`,
          ),
        );
        ctx.fail(errors ? EXIT_CODES.usage : warnings ? EXIT_CODES.findings : EXIT_CODES.ok);
      }),
    );

  rock
    .command("uids")
    .description("prepend a SQUID uid to every utterance that has none (comments and YAML untouched)")
    .argument("<files...>", "ROCK sources or plain transcripts")
    .option("--write", "rewrite the files in place (atomically)", false)
    .option("--out <dir>", "write the results to this folder instead")
    .action(
      run(async (ctx: CliContext, files: string[], opts: { write: boolean; out?: string }) => {
        const inputs = expandInputs(files, [".rock", ".txt"], ctx.t);
        if (inputs.length > 1 && !opts.write && !opts.out) {
          throw new CliError(
            ctx.t("meerdere bestanden: kies --write of --out <map>", "several files: choose --write or --out <dir>"),
            {
              fix: "verlicht rock uids --out uids/ " + inputs.join(" "),
            },
          );
        }
        let follow: string[] = [];
        const results: OutputFile[] = [];
        for (const file of inputs) {
          const text = readTextFile(file, ctx.t);
          const out = prependUids(text, follow.length ? { follow } : {});
          const uids = [...out.matchAll(/\[\[\s*uid\s*[=:]\s*([a-z0-9_]+)\s*\]\]/gi)].map((m) => m[1] ?? "");
          follow = uids.length ? uids : follow;
          // --write rewrites the inputs in place: asked for explicitly, so it replaces them (atomically).
          if (opts.write) writeOutputFile(ctx, file, out, { force: true });
          else if (opts.out) results.push({ path: file.split(/[\\/]/).pop() ?? file, content: out });
          else ctx.raw(out);
        }
        // The folder is written as a whole, or not at all.
        if (opts.out) writeOutputFolder(ctx, opts.out, results);
      }),
    );

  rock
    .command("stats")
    .description("counts per source: utterances, codes, network codes, cases, coders; agreement between coders")
    .argument("<files...>", "ROCK sources or folders")
    .action(
      run(async (ctx: CliContext, files: string[]) => {
        const corpus = loadCorpus(ctx, files);
        const loaded = corpus.loaded;
        assertNoErrors(ctx, loaded);
        const rows = corpus.sources.map((s, i) => statsOf(loaded[i]!.file, s));
        const codes = new Map<string, number>();
        for (const s of corpus.sources)
          for (const u of s.utterances)
            for (const c of [...codesOf(u), ...u.networkCodes.map((n) => `${n.from}->${n.to}`)])
              codes.set(c, (codes.get(c) ?? 0) + 1);
        const coders = [...new Set(rows.flatMap((r) => r.coders))];
        // Plain codes and network codes; rock's mergeCoders compares plain codes only.
        const agreement = coders.length > 1 ? coderAgreement(loaded.map((l) => l.source)) : undefined;
        const lines = rows.map(
          (r) =>
            `${r.file}: ${r.utterances} ${ctx.t("uitspraken", "utterances")}, ${r.codes} codes, ${r.networkCodes} ${ctx.t("netwerkcodes", "network codes")}, ${ctx.t("codeurs", "coders")} ${r.coders.join(",") || "-"}, ${ctx.t("klassen", "classes")} ${Object.keys(r.classes).join(",") || "-"}`,
        );
        const alpha = agreement?.alpha;
        if (alpha !== undefined)
          lines.push(
            `Krippendorff's alpha (${ctx.t("alle codes", "all codes")}): ${alpha === null ? "–" : alpha.toFixed(3)}`,
          );
        ctx.result({ sources: rows, codes: Object.fromEntries(codes), agreement }, lines.join("\n"));
      }),
    );

  rock
    .command("export")
    .description(
      "export the qualitative data table (one row per utterance, one column per class, 0/1 per code, attributes joined) as CSV",
    )
    .argument("<files...>", "ROCK sources or folders")
    .option("--out <file>", "CSV file to write (default: stdout)")
    .option("--force", "replace an existing --out file", false)
    .action(
      run(async (ctx: CliContext, files: string[], opts: { out?: string; force: boolean }) => {
        const corpus = loadCorpus(ctx, files);
        assertNoErrors(ctx, corpus.loaded);
        writeOutput(ctx, opts.out, qualitativeDataTable(corpus.sources, corpus.attributes, ctx.csvGuard), opts.force);
      }),
    );

  registerRockAnalyses(rock, run);
  registerRockExchange(rock, run);
}

function statsOf(file: string, s: RockSource) {
  const classes: Record<string, string[]> = {};
  let last: Record<string, string> | undefined;
  for (const u of s.utterances) {
    if (u.classInstances === last) continue;
    last = u.classInstances;
    for (const [k, v] of Object.entries(u.classInstances)) {
      const values = classes[k] ?? [];
      if (!values.includes(v)) values.push(v);
      classes[k] = values;
    }
  }
  return {
    file,
    sourceId: s.sourceId,
    utterances: s.utterances.filter((u) => u.inDataTable).length,
    codes: s.utterances.reduce((n, u) => n + codesOf(u).length, 0),
    classes,
    networkCodes: s.utterances.reduce((n, u) => n + u.networkCodes.length, 0),
    cases: [
      ...new Set(s.utterances.map((u) => u.caseId ?? u.classInstances["cid"]).filter((x): x is string => Boolean(x))),
    ],
    coders: [
      ...new Set(
        s.utterances.map((u) => u.coderId ?? u.classInstances["coderId"]).filter((x): x is string => Boolean(x)),
      ),
    ],
  };
}

/**
 * rock's qualitative data table (`mergedSourceDf`) through `@verlicht/rock`: one row per utterance that rock
 * keeps (no blank lines), one column per class, a 0/1 column per leaf code (cognitive-interview codes as
 * `ci--x`), one per code value, and the `ROCK_attributes` joined per class instance (e.g. per case).
 */
export function qualitativeDataTable(
  sources: ReadonlyArray<RockSource>,
  attributes?: ReadonlyArray<RockAttributes>,
  guard = true,
): string {
  return toQualitativeDataTable(sources, { attributes, networkCodes: true, guard }).csv;
}
