import { prependUids, type RockSource } from "@verlicht/rock";
import type { Command } from "commander";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import { coderAgreement } from "../lib/coder-agreement.js";
import type { CliContext } from "../lib/context.js";
import { toCsv } from "../lib/csv.js";
import { expandInputs, readTextFile } from "../lib/io.js";
import { assertNoErrors, loadSources } from "../lib/load-sources.js";
import type { Runner } from "../lib/run-cli.js";
import { type OutputFile, writeOutputFile, writeOutputFolder } from "../lib/write-output.js";

/** `verlicht rock validate|uids|stats|export`. */
export function registerRock(program: Command, run: Runner): void {
  const rock = program.command("rock").description("ROCK sources: validate, add uids, statistics, export");

  rock
    .command("validate")
    .description("parse ROCK sources and report every problem with file and line (exit 2 on errors, 1 on warnings)")
    .argument("<files...>", "ROCK sources or folders")
    .action(
      run(async (ctx: CliContext, files: string[]) => {
        const loaded = loadSources(ctx, files);
        const all = loaded.flatMap((l) => l.messages);
        ctx.messages(all);
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
        const loaded = loadSources(ctx, files);
        ctx.messages(loaded.flatMap((l) => l.messages).filter((m) => m.severity === "error"));
        assertNoErrors(ctx, loaded);
        const rows = loaded.map((l) => statsOf(l.file, l.source));
        const codes = new Map<string, number>();
        for (const l of loaded)
          for (const u of l.source.utterances)
            for (const c of [...u.codes, ...u.networkCodes.map((n) => `${n.from}->${n.to}`)])
              codes.set(c, (codes.get(c) ?? 0) + 1);
        const coders = [...new Set(rows.flatMap((r) => r.coders))];
        // Plain codes and network codes; rock's mergeCoders compares plain codes only.
        const agreement = coders.length > 1 ? coderAgreement(loaded.map((l) => l.source)) : undefined;
        const lines = rows.map(
          (r) =>
            `${r.file}: ${r.utterances} ${ctx.t("uitspraken", "utterances")}, ${r.codes} codes, ${r.networkCodes} ${ctx.t("netwerkcodes", "network codes")}, ${ctx.t("codeurs", "coders")} ${r.coders.join(",") || "-"}`,
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
    .description("export the qualitative data table (one row per utterance, one 0/1 column per code) as CSV")
    .argument("<files...>", "ROCK sources or folders")
    .option("--out <file>", "CSV file to write (default: stdout)")
    .action(
      run(async (ctx: CliContext, files: string[], opts: { out?: string }) => {
        const loaded = loadSources(ctx, files);
        assertNoErrors(ctx, loaded);
        const csv = qualitativeDataTable(
          loaded.map((l) => l.source),
          { guard: ctx.csvGuard },
        );
        if (opts.out) {
          writeOutputFile(ctx, opts.out, csv);
          ctx.say(ctx.t(`geschreven: ${opts.out}`, `written: ${opts.out}`));
        } else ctx.raw(csv);
      }),
    );
}

function statsOf(file: string, s: RockSource) {
  return {
    file,
    sourceId: s.sourceId,
    utterances: s.utterances.length,
    codes: s.utterances.reduce((n, u) => n + u.codes.length, 0),
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

/** One row per utterance: source, uid, line, case, coder, text, and one 0/1 column per code (rock's QDT). */
export function qualitativeDataTable(
  sources: ReadonlyArray<RockSource>,
  csv?: { guard?: boolean | undefined } | null,
): string {
  const codes = [
    ...new Set(
      sources.flatMap((s) =>
        s.utterances.flatMap((u) => [...u.codes, ...u.networkCodes.map((n) => `${n.from}->${n.to}||${n.type}`)]),
      ),
    ),
  ].sort();
  const header = ["sourceId", "uid", "line", "caseId", "coderId", "text", ...codes];
  const rows = sources.flatMap((s) =>
    s.utterances.map((u) => {
      const present = new Set([...u.codes, ...u.networkCodes.map((n) => `${n.from}->${n.to}||${n.type}`)]);
      return [
        s.sourceId,
        u.uid ?? "",
        String(u.line),
        u.caseId ?? u.classInstances["cid"] ?? "",
        u.coderId ?? u.classInstances["coderId"] ?? "",
        u.text,
        ...codes.map((c) => (present.has(c) ? "1" : "0")),
      ];
    }),
  );
  return toCsv([header, ...rows], csv);
}
