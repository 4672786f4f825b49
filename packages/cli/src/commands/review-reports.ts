import { existsSync } from "node:fs";
import {
  agreementByStageAndRound,
  exportAsreviewCsv,
  exportCslJson,
  exportReviewCsv,
  exportRis,
  prismaCounts,
  prismaCsv,
  prismaSvg,
  simulate,
} from "@verlicht/review";
import type { Command } from "commander";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { parseCsv } from "../lib/csv.js";
import { readTextFile, writeFileAtomic } from "../lib/io.js";
import { roundNumber, withReviewFile } from "../lib/review-file.js";
import { countRounds } from "../lib/review-stage.js";
import type { Runner } from "../lib/run-cli.js";
import { writeOutputFile } from "../lib/write-output.js";

/** `verlicht review agreement|prisma|simulate|export`. */
export function registerReviewReports(review: Command, run: Runner): void {
  review
    .command("agreement")
    .description("agreement between reviewers per stage and round (Cohen's kappa, PABAK, Krippendorff's alpha)")
    .argument("<review>", "review file")
    .action(
      run(async (ctx: CliContext, file: string) => {
        withReviewFile(ctx, file, (r) => {
          const votes = (
            r.db.prepare("SELECT record_id, stage, round_id, reviewer, value FROM votes").all() as Array<
              Record<string, string | number>
            >
          ).map((v) => ({
            record: v["record_id"] as number,
            stage: String(v["stage"]),
            round: String(v["round_id"]),
            reviewer: String(v["reviewer"]),
            decision: String(v["value"]),
          }));
          const rows = agreementByStageAndRound(votes, { mapping: { maybe: "include" } });
          const f = (x: { value: number }) => (Number.isFinite(x.value) ? x.value.toFixed(3) : "–");
          ctx.result(
            rows,
            rows
              .map(
                (a) =>
                  `${a.stage} ${a.round ?? ctx.t("alle rondes", "all rounds")}: kappa ${f(a.kappa)}, PABAK ${f(a.pabak)}, alpha ${f(a.alpha)} (${a.records} records)`,
              )
              .join("\n"),
          );
        });
      }),
    );

  review
    .command("prisma")
    .description("PRISMA 2020 counts per round (your round numbers) and cumulative; --csv / --svg write the flow")
    .argument("<review>", "review file")
    .option("--round <n>", "the round for --csv / --svg (default: cumulative)")
    .option("--csv <file>", "write the PRISMA2020 R package's CSV")
    .option("--svg <file>", "write a PRISMA 2020 flow diagram as SVG")
    .option("--force", "overwrite --csv / --svg files that exist")
    .action(
      run(
        async (
          ctx: CliContext,
          file: string,
          opts: { round?: string; csv?: string; svg?: string; force?: boolean },
        ) => {
          withReviewFile(ctx, file, (r) => {
            const counts = countRounds(r);
            if (opts.csv || opts.svg) {
              const report = prismaCounts(r);
              const byNumber = new Map(r.rounds().map((x) => [roundNumber(x), x.id]));
              let chosen = report.cumulative;
              if (opts.round !== undefined) {
                const id = byNumber.get(Number(opts.round));
                const found = report.rounds.find((x) => x.round === id);
                if (!found)
                  throw new CliError(ctx.t(`geen ronde ${opts.round}`, `no round ${opts.round}`), {
                    fix: `--round ${[...byNumber.keys()].join(" | ")}`,
                  });
                chosen = found;
              }
              const title = opts.round
                ? `${ctx.t("Ronde", "Round")} ${opts.round}`
                : ctx.t("Alle rondes samen", "All rounds together");
              for (const out of [opts.csv, opts.svg])
                if (out && existsSync(out) && !opts.force)
                  throw new CliError(ctx.t(`${out} bestaat al`, `${out} exists already`), {
                    file: out,
                    fix: ctx.t("kies een andere naam of geef --force", "choose another name or pass --force"),
                  });
              if (opts.csv) writeFileAtomic(opts.csv, prismaCsv(chosen));
              if (opts.svg) writeFileAtomic(opts.svg, prismaSvg(chosen, { title }));
            }
            ctx.result(
              counts,
              counts
                .map(
                  (c) =>
                    `${ctx.t("ronde", "round")} ${c.round}: ${c.identified} ${ctx.t("gevonden", "identified")}${c.databases ? ` (${c.databases})` : ""}, ${c.duplicates} ${ctx.t("dubbel", "duplicates")}, ${c.screened} ${ctx.t("gescreend", "screened")}, ${c.excludedScreening} ${ctx.t("uitgesloten", "excluded")}, ${c.fullText} ${ctx.t("volledige tekst", "full text")}, ${c.excludedFullText} ${ctx.t("uitgesloten", "excluded")}, ${c.included} ${ctx.t("ingesloten", "included")} (${ctx.t("totaal", "total")} ${c.cumulativeIncluded})`,
                )
                .join("\n"),
            );
          });
        },
      ),
    );

  review
    .command("simulate")
    .description("simulate prioritised screening on a fully labelled CSV (WSS@95, RRF@10, ATD)")
    .argument("<csv>", "CSV with title, abstract and a 0/1 label column")
    .option("--label <column>", "label column", "label_included")
    .option("--seed <n>", "random seed", "1")
    .action(
      run(async (ctx: CliContext, file: string, opts: { label: string; seed: string }) => {
        const { rows, unterminatedAt } = parseCsv(readTextFile(file, ctx.t));
        if (unterminatedAt !== undefined)
          throw new CliError(ctx.t("aanhalingsteken niet gesloten", "unterminated quote"), {
            file,
            line: unterminatedAt,
          });
        const header = rows[0]?.fields ?? [];
        const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
        const [t, a, l] = [col("title"), col("abstract"), col(opts.label)];
        if (t < 0 || l < 0)
          throw new CliError(
            ctx.t(`kolom title of ${opts.label} ontbreekt`, `column title or ${opts.label} is missing`),
            { file, line: 1, fix: `--label <column>` },
          );
        const records = rows
          .slice(1)
          .map((r) => ({ title: r.fields[t] ?? "", abstract: a >= 0 ? (r.fields[a] ?? "") : "" }));
        const labels = rows.slice(1).map((r) => {
          const v = (r.fields[l] ?? "").trim();
          if (v !== "0" && v !== "1")
            throw new CliError(ctx.t(`label "${v}" is geen 0 of 1`, `label "${v}" is not 0 or 1`), {
              file,
              line: r.line,
            });
          return v === "1" ? 1 : 0;
        });
        const { wss95, wss95Insights, rrf10, atd, n, relevant, ms } = simulate(records, labels, {
          seed: Number(opts.seed),
        });
        const figures = { wss95, wss95Insights, rrf10, atd, n, relevant, ms };
        ctx.result(
          figures,
          Object.entries(figures)
            .map(([k, v]) => `${k}: ${Number.isInteger(v) ? v : v.toFixed(3)}`)
            .join("\n"),
        );
      }),
    );

  review
    .command("export")
    .description("export records: RIS (every raw tag), CSL-JSON, CSV (a decision column per stage), ASReview CSV")
    .argument("<review>", "review file")
    .option("--format <format>", "csv | ris | csl-json | asreview", "csv")
    .option("--duplicates <how>", "asreview: omit duplicates (default) or flag them without a label", "omit")
    .option("--out <file>", "file to write (default: stdout)")
    .action(
      run(async (ctx: CliContext, file: string, opts: { format: string; duplicates: string; out?: string }) => {
        if (opts.duplicates !== "omit" && opts.duplicates !== "flag")
          throw new CliError(ctx.t(`onbekende keuze "${opts.duplicates}"`, `unknown choice "${opts.duplicates}"`), {
            exitCode: EXIT_CODES.usage,
            fix: "--duplicates omit | flag",
          });
        const text = withReviewFile(ctx, file, (r) => {
          const records = r.records().map((s) => ({ ...s.record, id: s.id }));
          switch (opts.format) {
            case "ris":
              return exportRis(records);
            case "csl-json":
              return `${JSON.stringify(exportCslJson(records), null, 2)}\n`;
            case "asreview":
              return exportAsreviewCsv(r, { duplicates: opts.duplicates as "omit" | "flag", guard: ctx.csvGuard });
            case "csv":
              return exportReviewCsv(r, { guard: ctx.csvGuard });
            default:
              throw new CliError(
                ctx.t(`onbekend exportformaat "${opts.format}"`, `unknown export format "${opts.format}"`),
                { exitCode: EXIT_CODES.usage, fix: "--format csv | ris | csl-json | asreview" },
              );
          }
        });
        if (opts.out) writeOutputFile(ctx, opts.out, text);
        else ctx.raw(text);
      }),
    );
}
