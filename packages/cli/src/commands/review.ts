import { existsSync, statSync } from "node:fs";
import { isVerlichtError } from "@verlicht/core";
import {
  agreementByStageAndRound,
  conflicts,
  exportAsreviewCsv,
  exportCslJson,
  exportCsv,
  exportRis,
  importFile,
  openReview,
  type Review,
  simulate,
} from "@verlicht/review";
import type { Command } from "commander";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { parseCsv } from "../lib/csv.js";
import { readTextFile } from "../lib/io.js";
import { applyScreening, countRounds, readScreeningCsv } from "../lib/review-stage.js";
import type { Runner } from "../lib/run-cli.js";
import { checkOutputFile, writeError, writeOutputFile } from "../lib/write-output.js";
import { registerReviewVerify } from "./review-verify.js";

const ACTOR = "verlicht-cli";

/** Open an existing review file, or stop with exit 2. */
function open(ctx: CliContext, file: string): Review {
  if (!existsSync(file)) {
    throw new CliError(ctx.t(`review niet gevonden: ${file}`, `review not found: ${file}`), {
      file,
      fix: ctx.t(`maak hem met \`verlicht review init ${file}\``, `create it with \`verlicht review init ${file}\``),
      code: "not-found",
    });
  }
  if (statSync(file).isDirectory()) {
    throw new CliError(ctx.t(`${file} is een map, geen reviewbestand`, `${file} is a folder, not a review file`), {
      file,
      fix: ctx.t("geef het reviewbestand (bijv. review.sqlite)", "give the review file (e.g. review.sqlite)"),
      code: "not-a-review",
    });
  }
  try {
    return openReview(file);
  } catch (error) {
    if (isVerlichtError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw writeError(ctx.t, file, error);
    throw new CliError(
      ctx.t(
        `${file} is geen VERLICHT-reviewbestand (geen leesbare SQLite-database)`,
        `${file} is not a VERLICHT review file (not a readable SQLite database)`,
      ),
      {
        file,
        fix: ctx.t(
          `maak een review met \`verlicht review init <nieuw-bestand>\``,
          `create a review with \`verlicht review init <new-file>\``,
        ),
        code: "not-a-review",
      },
    );
  }
}

function withReview<T>(ctx: CliContext, file: string, f: (review: Review) => T): T {
  const review = open(ctx, file);
  try {
    return f(review);
  } finally {
    review.close();
  }
}

/** `verlicht review init|import|dedup|screen|conflicts|agreement|prisma|simulate|export`. */
export function registerReview(program: Command, run: Runner): void {
  const review = program.command("review").description("living systematic reviews (one SQLite file per review)");
  registerReviewVerify(review, run);

  review
    .command("init")
    .description("create a review file")
    .argument("<review>", "review file (e.g. review.sqlite)")
    .action(
      run(async (ctx: CliContext, file: string) => {
        if (existsSync(file))
          throw new CliError(ctx.t(`${file} bestaat al`, `${file} exists already`), {
            file,
            fix: ctx.t("kies een andere naam", "choose another name"),
          });
        checkOutputFile(ctx, file);
        try {
          openReview(file).close();
        } catch (error) {
          throw writeError(ctx.t, file, error);
        }
        ctx.result({ review: file }, ctx.t(`review gemaakt: ${file}`, `review created: ${file}`));
      }),
    );

  review
    .command("import")
    .description("import a search export (RIS, MEDLINE, BibTeX, CSV, EndNote XML) as a search round")
    .argument("<review>", "review file")
    .argument("<file>", "search export")
    .requiredOption("--round <n>", "search round number (created when new)")
    .option("--date <date>", "date the search was run")
    .option("--database <name>", "database searched")
    .option("--query <query>", "the search query")
    .action(
      run(
        async (
          ctx: CliContext,
          file: string,
          input: string,
          opts: { round: string; date?: string; database?: string; query?: string },
        ) => {
          readTextFile(input, ctx.t);
          if (!/^\d+$/.test(opts.round))
            throw new CliError(
              ctx.t(
                `--round verwacht een getal, niet "${opts.round}"`,
                `--round expects a number, not "${opts.round}"`,
              ),
              { fix: "--round 1" },
            );
          withReview(ctx, file, (r) => {
            const id = `round-${opts.round}`;
            if (!r.rounds().some((x) => x.id === id))
              r.addRound({
                id,
                label: `Ronde ${opts.round}`,
                date: opts.date,
                database: opts.database,
                query: opts.query,
                as: ACTOR,
              });
            const result = importFile(r, input, { round: id, as: ACTOR });
            ctx.messages(
              result.messages.filter((m) => m.severity !== "info"),
              input,
            );
            if (result.messages.some((m) => m.severity === "error")) ctx.fail(EXIT_CODES.findings);
            ctx.result(
              { round: id, imported: result.ids.length, hash: result.hash },
              ctx.t(
                `${result.ids.length} records geïmporteerd in ${id}`,
                `${result.ids.length} records imported into ${id}`,
              ),
            );
          });
        },
      ),
    );

  review
    .command("dedup")
    .description("cluster duplicates (nothing is deleted; earlier rounds stay canonical)")
    .argument("<review>", "review file")
    .action(
      run(async (ctx: CliContext, file: string) => {
        withReview(ctx, file, (r) => {
          const result = r.deduplicate({ as: ACTOR });
          ctx.result(
            result,
            ctx.t(
              `${result.linked} dubbele records gekoppeld, ${result.maybe} twijfelgevallen voor een mens`,
              `${result.linked} duplicates linked, ${result.maybe} maybe pairs for a human`,
            ),
          );
        });
      }),
    );

  review
    .command("screen")
    .description(
      "apply screening votes from a CSV (round,doi,stage,reviewer,decision,reason; reviewer `lead` resolves conflicts)",
    )
    .argument("<review>", "review file")
    .argument("<votes>", "votes CSV")
    .action(
      run(async (ctx: CliContext, file: string, votesFile: string) => {
        const rows = readScreeningCsv(ctx, votesFile);
        withReview(ctx, file, (r) => {
          applyScreening(ctx, r, rows, votesFile);
          ctx.result({ votes: rows.length }, ctx.t(`${rows.length} stemmen verwerkt`, `${rows.length} votes applied`));
        });
      }),
    );

  review
    .command("conflicts")
    .description("records in conflict at a stage (exit 1 when there are any)")
    .argument("<review>", "review file")
    .option("--stage <stage>", "stage", "title-abstract")
    .action(
      run(async (ctx: CliContext, file: string, opts: { stage: string }) => {
        withReview(ctx, file, (r) => {
          const ids = conflicts(r, { stage: opts.stage });
          const rows = ids.map((id) => ({ id, title: r.record(id).record.title ?? "" }));
          ctx.result(
            rows,
            rows.length ? rows.map((x) => `${x.id}: ${x.title}`).join("\n") : ctx.t("geen conflicten", "no conflicts"),
          );
          if (rows.length) ctx.fail(EXIT_CODES.findings);
        });
      }),
    );

  review
    .command("agreement")
    .description("agreement between reviewers per stage and round (Cohen's kappa, PABAK, Krippendorff's alpha)")
    .argument("<review>", "review file")
    .action(
      run(async (ctx: CliContext, file: string) => {
        withReview(ctx, file, (r) => {
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
    .description("PRISMA 2020 counts per round and cumulative")
    .argument("<review>", "review file")
    .action(
      run(async (ctx: CliContext, file: string) => {
        withReview(ctx, file, (r) => {
          const counts = countRounds(r);
          ctx.result(
            counts,
            counts
              .map(
                (c) =>
                  `${ctx.t("ronde", "round")} ${c.round}: ${c.identified} ${ctx.t("gevonden", "identified")}, ${c.duplicates} ${ctx.t("dubbel", "duplicates")}, ${c.screened} ${ctx.t("gescreend", "screened")}, ${c.excludedScreening} ${ctx.t("uitgesloten", "excluded")}, ${c.fullText} ${ctx.t("volledige tekst", "full text")}, ${c.excludedFullText} ${ctx.t("uitgesloten", "excluded")}, ${c.included} ${ctx.t("ingesloten", "included")} (${ctx.t("totaal", "total")} ${c.cumulativeIncluded})`,
              )
              .join("\n"),
          );
        });
      }),
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
          return v === "1";
        });
        const result = simulate(
          records as never,
          labels as never,
          { seed: Number(opts.seed) } as never,
        ) as unknown as Record<string, unknown>;
        const { recall: _recall, ...figures } = result;
        ctx.result(
          figures,
          Object.entries(figures)
            .filter(([, v]) => typeof v === "number")
            .map(([k, v]) => `${k}: ${(v as number).toFixed(3)}`)
            .join("\n"),
        );
      }),
    );

  review
    .command("export")
    .description("export records (RIS, CSV, CSL-JSON) or the duplicate clusters")
    .argument("<review>", "review file")
    .option("--format <format>", "csv | ris | csl-json | asreview", "csv")
    .option("--out <file>", "file to write (default: stdout)")
    .action(
      run(async (ctx: CliContext, file: string, opts: { format: string; out?: string }) => {
        const text = withReview(ctx, file, (r) => {
          const stored = r.records();
          const records = stored.map((s) => ({ ...s.record, id: s.id }));
          switch (opts.format) {
            case "ris":
              return exportRis(records);
            case "csl-json":
              return `${JSON.stringify(exportCslJson(records), null, 2)}\n`;
            case "asreview":
              return exportAsreviewCsv(r, { guard: ctx.csvGuard });
            case "csv":
              return exportCsv(records, {
                guard: ctx.csvGuard,
                extra: (_record, i) => ({ round: stored[i]!.roundId, duplicateOf: stored[i]!.duplicateOf ?? "" }),
              });
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
