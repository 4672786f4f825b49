import { existsSync } from "node:fs";
import { conflicts, importFile, openReview } from "@verlicht/review";
import type { Command } from "commander";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { withReviewFile } from "../lib/review-file.js";
import { applyScreening, readScreeningCsv } from "../lib/review-votes.js";
import type { Runner } from "../lib/run-cli.js";
import { checkOutputFile, writeError } from "../lib/write-output.js";
import { registerReviewReports } from "./review-reports.js";
import { registerReviewServe } from "./review-serve.js";
import { registerReviewVerify } from "./review-verify.js";
import { registerReviewWork } from "./review-work.js";

/** The actor the CLI writes into events. */
export const ACTOR = "verlicht-cli";

function checkInput(ctx: CliContext, input: string): void {
  if (!existsSync(input))
    throw new CliError(ctx.t(`bestand niet gevonden: ${input}`, `file not found: ${input}`), {
      file: input,
      fix: ctx.t("controleer het pad (relatief aan de huidige map)", "check the path (relative to the current folder)"),
      code: "not-found",
    });
}

/** `verlicht review …`: living systematic reviews, one SQLite file per review. */
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
    .description("import a search export (RIS, MEDLINE, BibTeX, CSV, EndNote XML) into search round n")
    .argument("<review>", "review file")
    .argument("<file>", "search export (UTF-8, UTF-16 with BOM, Latin-1 or Windows-1252)")
    .requiredOption("--round <n>", "your search round number (created with the first import into it)")
    .option("--date <date>", "date the search was run")
    .option("--database <name>", "database this file was exported from (counted per import in PRISMA)")
    .option("--query <query>", "the search query")
    .option("--force", "import a file that is already in this round again")
    .action(
      run(
        async (
          ctx: CliContext,
          file: string,
          input: string,
          opts: { round: string; date?: string; database?: string; query?: string; force?: boolean },
        ) => {
          checkInput(ctx, input);
          if (!/^\d+$/.test(opts.round))
            throw new CliError(
              ctx.t(
                `--round verwacht een getal, niet "${opts.round}"`,
                `--round expects a number, not "${opts.round}"`,
              ),
              { fix: "--round 1" },
            );
          withReviewFile(ctx, file, (r) => {
            const id = `round-${Number(opts.round)}`;
            // The round and its records are one transaction: an import that fails or is killed leaves no round.
            const result = r.transaction(() => {
              if (!r.rounds().some((x) => x.id === id))
                r.addRound({ id, label: `Ronde ${Number(opts.round)}`, date: opts.date, query: opts.query, as: ACTOR });
              return importFile(r, input, { round: id, as: ACTOR, database: opts.database, force: opts.force });
            });
            ctx.messages(
              result.messages.filter((m) => m.severity !== "info" || m.ruleId === "file-already-imported"),
              input,
            );
            if (result.messages.some((m) => m.ruleId === "file-already-imported")) ctx.fail(EXIT_CODES.findings);
            if (result.messages.some((m) => m.severity === "error" || m.severity === "warning"))
              ctx.fail(EXIT_CODES.findings);
            ctx.result(
              {
                round: Number(opts.round),
                imported: result.ids.length,
                first: result.ids[0],
                last: result.ids.at(-1),
                hash: result.hash,
              },
              ctx.t(
                `${result.ids.length} records geïmporteerd in ronde ${Number(opts.round)}${result.ids.length ? ` (id ${result.ids[0]}–${result.ids.at(-1)})` : ""}`,
                `${result.ids.length} records imported into round ${Number(opts.round)}${result.ids.length ? ` (ids ${result.ids[0]}–${result.ids.at(-1)})` : ""}`,
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
        withReviewFile(ctx, file, (r) => {
          const result = r.deduplicate({ as: ACTOR });
          ctx.result(
            result,
            ctx.t(
              `${result.linked} dubbele records gekoppeld, ${result.maybe} twijfelgevallen voor een mens (\`verlicht review maybe-pairs\`)`,
              `${result.linked} duplicates linked, ${result.maybe} maybe pairs for a human (\`verlicht review maybe-pairs\`)`,
            ),
          );
        });
      }),
    );

  review
    .command("screen")
    .description(
      "apply votes from a CSV, all or nothing (columns record or doi, stage, reviewer, decision, optional round, reason, note; reviewer `lead` resolves conflicts)",
    )
    .argument("<review>", "review file")
    .argument("<votes>", "votes CSV")
    .option("--change", "allow changing a vote a reviewer already cast (logged with before and after)")
    .option("--add-reason", "add exclusion reasons that are not yet in the controlled list")
    .action(
      run(async (ctx: CliContext, file: string, votesFile: string, opts: { change?: boolean; addReason?: boolean }) => {
        const rows = readScreeningCsv(ctx, votesFile);
        withReviewFile(ctx, file, (r) => {
          const result = applyScreening(ctx, r, rows, votesFile, { change: opts.change, addReasons: opts.addReason });
          ctx.result(
            result,
            ctx.t(
              `${result.applied} stemmen verwerkt, ${result.changed} gewijzigd, ${result.unchanged} al zo vastgelegd`,
              `${result.applied} votes applied, ${result.changed} changed, ${result.unchanged} already recorded`,
            ),
          );
        });
      }),
    );

  review
    .command("list")
    .description("records with their id (the key for votes), DOI, round, duplicate link and decision per stage")
    .argument("<review>", "review file")
    .option("--round <n>", "only records of this round")
    .action(
      run(async (ctx: CliContext, file: string, opts: { round?: string }) => {
        withReviewFile(ctx, file, (r) => {
          const stages = r.stages();
          const rows = r.records(opts.round ? { round: `round-${Number(opts.round)}` } : null).map((s) => ({
            id: s.id,
            round: s.roundId,
            doi: s.record.doi ?? "",
            duplicateOf: s.duplicateOf,
            decisions: Object.fromEntries(stages.map((st) => [st.id, r.decisionOf(s.id, st.id).status])),
            title: s.record.title ?? "",
          }));
          ctx.result(
            rows,
            rows
              .map(
                (x) =>
                  `${x.id}\t${x.round}\t${x.doi || "–"}\t${x.duplicateOf ? `= ${x.duplicateOf}` : Object.values(x.decisions).join("/")}\t${x.title}`,
              )
              .join("\n"),
          );
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
        withReviewFile(ctx, file, (r) => {
          const ids = conflicts(r, { stage: opts.stage });
          const rows = ids.map((id) => ({
            id,
            doi: r.record(id).record.doi ?? "",
            title: r.record(id).record.title ?? "",
          }));
          ctx.result(
            rows,
            rows.length
              ? rows.map((x) => `${x.id}\t${x.doi || "–"}\t${x.title}`).join("\n")
              : ctx.t("geen conflicten", "no conflicts"),
          );
          if (rows.length) ctx.fail(EXIT_CODES.findings);
        });
      }),
    );

  registerReviewReports(review, run);
  registerReviewWork(review, run);
  registerReviewServe(review, run);
}
