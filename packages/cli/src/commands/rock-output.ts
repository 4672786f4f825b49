import { existsSync } from "node:fs";
import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { writeFileAtomic } from "../lib/io.js";

/** Write `content` to `path` (atomically), refusing an existing file unless `force`; without a path, print it. */
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
  if (existsSync(path) && !force) {
    throw new CliError(ctx.t(`bestaat al: ${path}`, `already exists: ${path}`), {
      file: path,
      fix: ctx.t("kies een ander pad of geef --force", "choose another path or pass --force"),
      code: "exists",
    });
  }
  writeFileAtomic(path, content);
  ctx.say(ctx.t(`geschreven: ${path}`, `written: ${path}`));
}

/** A required output path, for binary formats that cannot go to the terminal. */
export function needOut(ctx: CliContext, out: string | undefined, example: string): string {
  if (out) return out;
  throw new CliError(ctx.t("geef --out <bestand> op", "give --out <file>"), { fix: example });
}
