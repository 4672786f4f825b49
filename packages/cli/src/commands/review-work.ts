import { includedStudies, linkReport, markRetrieval, saveExtraction } from "@verlicht/review";
import type { Command } from "commander";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { readTextFile } from "../lib/io.js";
import { withReviewFile } from "../lib/review-file.js";
import { reasonKey } from "../lib/review-votes.js";
import type { Runner } from "../lib/run-cli.js";
import { writeOutputFile } from "../lib/write-output.js";

const ACTOR = "verlicht-cli";

function recordId(ctx: CliContext, value: string, what: string): number {
  if (!/^\d+$/.test(value))
    throw new CliError(ctx.t(`${what} "${value}" is geen record-id`, `${what} "${value}" is not a record id`), {
      fix: ctx.t("gebruik het nummer uit `verlicht review list`", "use the number shown by `verlicht review list`"),
    });
  return Number(value);
}

/** Library errors about the user's input (unknown record, pair not open) become exit 2 without a stack trace. */
function userError<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof CliError) throw error;
    const name = (error as Error)?.name ?? "";
    if (/NotFound|InvalidArguments|Usage/.test(name))
      throw new CliError((error as Error).message.replace(/^@verlicht\/review\/\w+: /, ""));
    throw error;
  }
}

/** `verlicht review maybe-pairs|resolve-pair|retrieval|link|extract|extractions`. */
export function registerReviewWork(review: Command, run: Runner): void {
  review
    .command("log")
    .description("the review's event log (who changed what, when, with before and after)")
    .argument("<review>", "review file")
    .option("--type <type>", "only events of this type (e.g. vote-cast, record-imported)")
    .action(
      run(async (ctx: CliContext, file: string, opts: { type?: string }) => {
        withReviewFile(ctx, file, (r) => {
          const events = r.events().filter((e) => !opts.type || e.type === opts.type);
          ctx.result(
            events,
            events
              .map(
                (e) =>
                  `${e.seq}\t${e.at}\t${e.actor}\t${e.type}${e.before !== undefined && e.before !== null ? `\t${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}` : ""}`,
              )
              .join("\n"),
          );
        });
      }),
    );

  review
    .command("reasons")
    .description("the controlled list of exclusion reasons; --add adds one")
    .argument("<review>", "review file")
    .option("--add <reason>", "add a reason (refused when it matches one already in the list)")
    .action(
      run(async (ctx: CliContext, file: string, opts: { add?: string }) => {
        withReviewFile(ctx, file, (r) => {
          if (opts.add !== undefined) {
            const same = r.exclusionReasons().find((x) => reasonKey(x.code) === reasonKey(opts.add as string));
            if (same)
              throw new CliError(
                ctx.t(
                  `"${opts.add}" staat al in de lijst als "${same.code}"`,
                  `"${opts.add}" is already in the list as "${same.code}"`,
                ),
                {
                  fix: ctx.t(`gebruik "${same.code}"`, `use "${same.code}"`),
                },
              );
            if (!opts.add.trim())
              throw new CliError(ctx.t("lege reden", "empty reason"), { fix: '--add "wrong population"' });
            r.addExclusionReason(opts.add.trim(), { as: ACTOR });
          }
          const reasons = r.exclusionReasons();
          ctx.result(reasons, reasons.map((x) => x.code).join("\n") || ctx.t("(geen redenen)", "(no reasons)"));
        });
      }),
    );

  review
    .command("maybe-pairs")
    .description("possible duplicate pairs that need a human (exit 1 when there are any)")
    .argument("<review>", "review file")
    .action(
      run(async (ctx: CliContext, file: string) => {
        withReviewFile(ctx, file, (r) => {
          const pairs = r.maybePairs().map((p) => ({
            ...p,
            titleA: r.record(p.a).record.title ?? "",
            titleB: r.record(p.b).record.title ?? "",
          }));
          ctx.result(
            pairs,
            pairs.length
              ? pairs
                  .map(
                    (p) =>
                      `${p.a} ~ ${p.b}\t${p.score.toFixed(2)}\t${p.evidence.join(", ")}\n  ${p.a}: ${p.titleA}\n  ${p.b}: ${p.titleB}`,
                  )
                  .join("\n")
              : ctx.t("geen twijfelgevallen", "no maybe pairs"),
          );
          if (pairs.length) ctx.fail(EXIT_CODES.findings);
        });
      }),
    );

  review
    .command("resolve-pair")
    .description("decide a maybe pair: --same (b becomes a duplicate of a) or --different")
    .argument("<review>", "review file")
    .argument("<a>", "first record id")
    .argument("<b>", "second record id")
    .option("--same", "the two records are the same")
    .option("--different", "the two records are different")
    .action(
      run(
        async (ctx: CliContext, file: string, a: string, b: string, opts: { same?: boolean; different?: boolean }) => {
          if (!!opts.same === !!opts.different)
            throw new CliError(ctx.t("geef --same of --different", "pass --same or --different"), {
              fix: "--same | --different",
            });
          const [x, y] = [recordId(ctx, a, "a"), recordId(ctx, b, "b")];
          withReviewFile(ctx, file, (r) => {
            userError(() => r.resolveMaybe(x, y, { as: ACTOR, same: !!opts.same }));
            ctx.result({ a: x, b: y, same: !!opts.same }, ctx.t("vastgelegd", "recorded"));
          });
        },
      ),
    );

  review
    .command("retrieval")
    .description("record whether a record's full-text report was retrieved (PRISMA 'reports not retrieved')")
    .argument("<review>", "review file")
    .argument("<record>", "record id")
    .option("--not-retrieved", "the report could not be retrieved")
    .option("--retrieved", "the report was retrieved after all")
    .action(
      run(
        async (
          ctx: CliContext,
          file: string,
          record: string,
          opts: { notRetrieved?: boolean; retrieved?: boolean },
        ) => {
          if (!!opts.notRetrieved === !!opts.retrieved)
            throw new CliError(ctx.t("geef --retrieved of --not-retrieved", "pass --retrieved or --not-retrieved"), {
              fix: "--retrieved | --not-retrieved",
            });
          const id = recordId(ctx, record, "record");
          withReviewFile(ctx, file, (r) => {
            userError(() => markRetrieval(r, id, { retrieved: !!opts.retrieved, as: ACTOR }));
            ctx.result({ record: id, retrieved: !!opts.retrieved }, ctx.t("vastgelegd", "recorded"));
          });
        },
      ),
    );

  review
    .command("link")
    .description("link a report to the study it reports (several reports of one study count as one study)")
    .argument("<review>", "review file")
    .argument("<report>", "record id of the report")
    .argument("<study>", "record id of the study's main report")
    .action(
      run(async (ctx: CliContext, file: string, report: string, study: string) => {
        const [a, b] = [recordId(ctx, report, "report"), recordId(ctx, study, "study")];
        withReviewFile(ctx, file, (r) => {
          userError(() => linkReport(r, { report: a, study: b, as: ACTOR }));
          ctx.result(
            { report: a, study: b },
            ctx.t(`report ${a} hoort bij studie ${b}`, `report ${a} belongs to study ${b}`),
          );
        });
      }),
    );

  review
    .command("extract")
    .description("save a reviewer's extraction record (a JSON object) for a record")
    .argument("<review>", "review file")
    .argument("<record>", "record id")
    .argument("<json>", "JSON file with one object")
    .requiredOption("--reviewer <id>", "who extracted")
    .action(
      run(async (ctx: CliContext, file: string, record: string, json: string, opts: { reviewer: string }) => {
        const id = recordId(ctx, record, "record");
        let data: unknown;
        try {
          data = JSON.parse(readTextFile(json, ctx.t));
        } catch (error) {
          if (error instanceof CliError) throw error;
          throw new CliError(ctx.t(`${json} is geen geldige JSON`, `${json} is not valid JSON`), {
            file: json,
            fix: (error as Error).message,
          });
        }
        if (!data || typeof data !== "object" || Array.isArray(data))
          throw new CliError(ctx.t("verwacht één JSON-object", "expected one JSON object"), {
            file: json,
            fix: '{"n": 120}',
          });
        withReviewFile(ctx, file, (r) => {
          userError(() =>
            saveExtraction(r, { record: id, reviewer: opts.reviewer, data: data as Record<string, unknown> }),
          );
          ctx.result({ record: id, reviewer: opts.reviewer }, ctx.t("extractie opgeslagen", "extraction saved"));
        });
      }),
    );

  review
    .command("extractions")
    .description("the included studies with their reports and extraction records, as JSON")
    .argument("<review>", "review file")
    .option("--out <file>", "file to write (default: stdout)")
    .action(
      run(async (ctx: CliContext, file: string, opts: { out?: string }) => {
        const text = withReviewFile(ctx, file, (r) => {
          const studies = includedStudies(r).map((s) => ({
            study: s.study,
            reports: s.reports.map((x) => ({
              record: x.record.id,
              doi: x.record.record.doi,
              title: x.record.record.title,
              extractions: x.extractions,
            })),
          }));
          return `${JSON.stringify(studies, null, 2)}\n`;
        });
        if (opts.out) writeOutputFile(ctx, opts.out, text);
        else ctx.raw(text);
      }),
    );
}
