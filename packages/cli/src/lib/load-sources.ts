import type { Message } from "@verlicht/core";
import { parseSource, type RockSource } from "@verlicht/rock";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";
import { expandInputs, readTextFile, sourceIdOf } from "./io.js";

/** A ROCK source read from disk. */
export interface LoadedSource {
  /** The file it came from. */
  file: string;
  /** Its text. */
  text: string;
  /** The parsed source. */
  source: RockSource;
  /** Diagnostics, each with `file` set. */
  messages: Message[];
}

/** The extensions of ROCK sources. */
export const ROCK_EXTENSIONS = [".rock", ".txt", ".yml", ".yaml"];

/**
 * Read and parse ROCK sources (files or folders of `.rock` files). The source id is the file name
 * without extension. Diagnostics get the file name, so they print as `file:line:column`.
 */
export function loadSources(ctx: CliContext, inputs: ReadonlyArray<string>): LoadedSource[] {
  const files = expandInputs(inputs, [".rock"], ctx.t);
  const texts = files.map((file) => readTextFile(file, ctx.t));
  const bar = ctx.progress(files.length, ctx.t("bronnen lezen", "reading sources"));
  const loaded = files.map((file, i) => {
    const text = texts[i] ?? "";
    const { value, messages } = parseSource(text, { sourceId: sourceIdOf(file) });
    bar.tick();
    return { file, text, source: value, messages: messages.map((m) => ({ ...m, file })) };
  });
  bar.stop();
  return loaded;
}

/**
 * Stop with exit 2 when any source has an error-level diagnostic; the error lists them with file and line.
 */
export function assertNoErrors(ctx: CliContext, loaded: ReadonlyArray<LoadedSource>): void {
  const errors = loaded.flatMap((l) => l.messages.filter((m) => m.severity === "error"));
  if (errors.length === 0) return;
  const first = errors[0];
  const start = first?.place ? ("start" in first.place ? first.place.start : first.place) : undefined;
  throw new CliError(
    ctx.t(`${errors.length} fout(en) in de ROCK-bronnen`, `${errors.length} error(s) in the ROCK sources`),
    {
      file: first?.file,
      line: start?.line,
      column: start?.column,
      messages: errors,
      fix: ctx.t(
        "herstel de genoemde regels (verlicht rock validate toont alle meldingen)",
        "fix the lines named (verlicht rock validate shows every message)",
      ),
      code: "invalid-source",
    },
  );
}
