import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { writeOutputFile } from "../lib/write-output.js";

/**
 * Write `content` to `path` with the CLI's one write helper (atomic, refusing an existing file unless this
 * command's or the global `--force`); without a path, print it.
 */
export function writeOutput(
  ctx: CliContext,
  path: string | undefined,
  content: string | Uint8Array,
  force = false,
): void {
  if (path === undefined) {
    ctx.raw(typeof content === "string" ? content : Buffer.from(content).toString("base64"));
    return;
  }
  writeOutputFile(ctx, path, content, { force: force || ctx.force });
  ctx.say(ctx.t(`geschreven: ${path}`, `written: ${path}`));
}

/** A required output path, for binary formats that cannot go to the terminal. */
export function needOut(ctx: CliContext, out: string | undefined, example: string): string {
  if (out) return out;
  throw new CliError(ctx.t("geef --out <bestand> op", "give --out <file>"), { fix: example });
}
