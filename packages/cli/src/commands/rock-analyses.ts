import {
  buildCooccurrenceMatrix,
  collectCodedFragments,
  countCodes,
  formatCodedFragments,
  inspectCodedSources,
  mergeSources,
} from "@verlicht/rock";
import type { Command } from "commander";
import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { assertNoErrors, loadCorpus } from "../lib/load-sources.js";
import type { Runner } from "../lib/run-cli.js";
import { writeOutput } from "./rock-output.js";

/** `--by source|case|class:NAME|attribute:NAME` as a grouping. */
export function grouping(
  ctx: CliContext,
  value: string,
): "source" | "case" | "utterance" | { class: string } | { attribute: string } {
  if (value === "source" || value === "case" || value === "utterance") return value;
  const m = /^(class|attribute):([A-Za-z0-9_]+)$/.exec(value);
  if (m) return m[1] === "class" ? { class: m[2]! } : { attribute: m[2]! };
  throw new CliError(ctx.t(`onbekende groepering: ${value}`, `unknown grouping: ${value}`), {
    fix: "--by source | case | class:<naam> | attribute:<naam>",
  });
}

function loadAll(ctx: CliContext, files: string[]) {
  const corpus = loadCorpus(ctx, files);
  assertNoErrors(ctx, corpus.loaded);
  return { sources: corpus.sources, attributes: corpus.attributes, trees: corpus.deductive };
}

/** `verlicht rock freq|cooccurrence|fragments|inspect|merge`: rock's analyses, by rock's names. */
export function registerRockAnalyses(rock: Command, run: Runner): void {
  rock
    .command("freq")
    .description("code frequencies per source, case, class or attribute (rock's code_freq_by) as CSV")
    .argument("<files...>", "ROCK sources or folders")
    .option("--by <grouping>", "source | case | class:<name> | attribute:<name>", "source")
    .option("--level <level>", "leaf (like rock) or path", "leaf")
    .option("--out <file>", "CSV file to write (default: stdout)")
    .option("--force", "replace an existing --out file", false)
    .action(
      run(
        async (ctx: CliContext, files: string[], opts: { by: string; level: string; out?: string; force: boolean }) => {
          const { sources, attributes } = loadAll(ctx, files);
          const by = grouping(ctx, opts.by);
          if (by === "utterance")
            throw new CliError(ctx.t("--by utterance kan hier niet", "--by utterance is not possible here"));
          const level = opts.level === "path" ? "path" : "leaf";
          const freq = countCodes(sources, { by, level, attributes });
          if (ctx.json && !opts.out) ctx.result(freq);
          else writeOutput(ctx, opts.out, freq.csv, opts.force);
        },
      ),
    );

  rock
    .command("cooccurrence")
    .description("code co-occurrence matrix within utterances, cases, classes or attribute values, as CSV")
    .argument("<files...>", "ROCK sources or folders")
    .option("--unit <unit>", "utterance | case | class:<name> | attribute:<name>", "utterance")
    .option("--level <level>", "leaf (like rock) or path", "leaf")
    .option("--out <file>", "CSV file to write (default: stdout)")
    .option("--force", "replace an existing --out file", false)
    .action(
      run(
        async (
          ctx: CliContext,
          files: string[],
          opts: { unit: string; level: string; out?: string; force: boolean },
        ) => {
          const { sources, attributes } = loadAll(ctx, files);
          const unit = grouping(ctx, opts.unit);
          if (unit === "source")
            throw new CliError(ctx.t("--unit source kan hier niet", "--unit source is not possible here"));
          const m = buildCooccurrenceMatrix(sources, {
            unit,
            level: opts.level === "path" ? "path" : "leaf",
            attributes,
          });
          if (ctx.json && !opts.out) ctx.result(m);
          else writeOutput(ctx, opts.out, m.csv, opts.force);
        },
      ),
    );

  rock
    .command("fragments")
    .description("coded fragments per code with context (rock's collect_coded_fragments) as Markdown, HTML or CSV")
    .argument("<files...>", "ROCK sources or folders (and a codebook, so a parent code collects its children)")
    .option("--code <code...>", "codes to collect (default: every code)")
    .option("--context <n>", "utterances of context before and after", "0")
    .option("--format <format>", "markdown | html | csv", "markdown")
    .option("--out <file>", "file to write (default: stdout)")
    .option("--force", "replace an existing --out file", false)
    .action(
      run(
        async (
          ctx: CliContext,
          files: string[],
          opts: { code?: string[]; context: string; format: string; out?: string; force: boolean },
        ) => {
          const context = Number(opts.context);
          if (!Number.isInteger(context) || context < 0) {
            throw new CliError(
              ctx.t("--context moet een geheel getal ≥ 0 zijn", "--context must be a whole number ≥ 0"),
            );
          }
          const format = opts.format;
          if (format !== "markdown" && format !== "html" && format !== "csv") {
            throw new CliError(ctx.t(`onbekend formaat: ${format}`, `unknown format: ${format}`), {
              fix: "--format markdown | html | csv",
            });
          }
          const { sources, attributes, trees } = loadAll(ctx, files);
          const fragments = collectCodedFragments(sources, { codes: opts.code, context, attributes, codeTrees: trees });
          if (ctx.json && !opts.out) ctx.result(fragments);
          else writeOutput(ctx, opts.out, formatCodedFragments(fragments, format), opts.force);
        },
      ),
    );

  rock
    .command("inspect")
    .alias("html")
    .description(
      "one HTML page of the coded sources with codes highlighted (rock's inspect_coded_sources / export_to_html)",
    )
    .argument("<files...>", "ROCK sources or folders")
    .option("--title <title>", "page title", "Coded sources")
    .option("--out <file>", "HTML file to write (default: stdout)")
    .option("--force", "replace an existing --out file", false)
    .action(
      run(async (ctx: CliContext, files: string[], opts: { title: string; out?: string; force: boolean }) => {
        const { sources } = loadAll(ctx, files);
        writeOutput(ctx, opts.out, inspectCodedSources(sources, { title: opts.title }), opts.force);
      }),
    );

  rock
    .command("merge")
    .description("merge coders' files into the primary one (rock's merge_sources): codes of the others added by uid")
    .argument("<primary>", "the primary coder's source (its text is kept)")
    .argument("<secondary...>", "the other coders' sources of the same transcript")
    .option("--out <file>", "merged source to write (default: stdout)")
    .option("--force", "replace an existing --out file", false)
    .action(
      run(async (ctx: CliContext, primary: string, secondary: string[], opts: { out?: string; force: boolean }) => {
        const { sources } = loadAll(ctx, [primary, ...secondary]);
        const merged = mergeSources(sources[0]!, sources.slice(1), { locale: ctx.lang });
        ctx.messages(merged.messages);
        writeOutput(ctx, opts.out, merged.value, opts.force);
      }),
    );
}
