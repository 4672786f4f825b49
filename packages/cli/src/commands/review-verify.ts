import { existsSync, statSync } from "node:fs";
import { verifyReview } from "@verlicht/review";
import type { Command } from "commander";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import type { Runner } from "../lib/run-cli.js";

/**
 * `verlicht review verify <review>`: check the event log's hash chain, its protective triggers and the
 * state against a replay of the log, without changing the file. Exit 0 when intact, 1 when something was
 * found (named per event or table), 2 when the file is missing or not a review.
 */
export function registerReviewVerify(review: Command, run: Runner): void {
  review
    .command("verify")
    .description("check the event log: hash chain, protective triggers, state (exit 0 intact, 1 findings, 2 no review)")
    .argument("<review>", "review file")
    .action(
      run(async (ctx: CliContext, file: string) => {
        if (!existsSync(file) || !statSync(file).isFile()) {
          throw new CliError(ctx.t(`review niet gevonden: ${file}`, `review not found: ${file}`), {
            file,
            code: "not-found",
          });
        }
        let result: ReturnType<typeof verifyReview>;
        try {
          result = verifyReview(file, { locale: ctx.lang });
        } catch {
          throw new CliError(ctx.t(`${file} is geen reviewbestand`, `${file} is not a review file`), {
            file,
            exitCode: EXIT_CODES.usage,
            fix: ctx.t("geef het .sqlite-bestand van een review", "give the .sqlite file of a review"),
          });
        }
        // Findings go to stderr as `file: severity reason`; the all-clear line to stdout.
        if (!ctx.json)
          ctx.messages(
            result.messages.filter((m) => m.severity !== "info"),
            file,
          );
        const { messages, ...summary } = result;
        ctx.result(
          { ...summary, messages: messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, reason: m.reason })) },
          result.ok ? messages.map((m) => m.reason).join("\n") : undefined,
        );
        if (!result.ok) ctx.fail(EXIT_CODES.findings);
      }),
    );
}
