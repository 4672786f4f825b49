import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Message } from "@verlicht/core";
import { type CodeTreeNode, parseSources, type RockAttributes, type RockSource } from "@verlicht/rock";
import { CliError, EXIT_CODES } from "./cli-error.js";
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

/** The files rock's `parse_sources()` reads from a folder: `.rock` and `.dct`, in every subfolder. */
export const ROCK_SOURCE_PATTERN = /\.(rock|dct)$/i;

/** Options of {@link loadSources}. */
export interface LoadSourcesOptions {
  /**
   * Stop (exit 2) when the sources hold no utterance at all, so that an empty source never overwrites
   * an existing output with an empty result. Default true; `rock validate` turns it off.
   */
  requireContent?: boolean;
}

/**
 * Read and parse ROCK sources: files, or folders read recursively with rock's file pattern (`.rock`,
 * `.dct`). The source id is the file name without extension. The sources are parsed together, so a uid
 * used in two files is reported with both places. Every warning is printed (`file:line:column`) and
 * makes the exit code 1, as the CLI docs say; errors are left to {@link assertNoErrors}.
 */
export function loadSources(
  ctx: CliContext,
  inputs: ReadonlyArray<string>,
  options?: LoadSourcesOptions,
): LoadedSource[] {
  return loadCorpus(ctx, inputs, options).loaded;
}

/** Sources read together, with what they share: attributes per class instance and the code trees. */
export interface LoadedCorpus {
  /** Each source. */
  loaded: LoadedSource[];
  /** Parsed sources, in the same order, as `@verlicht/rock` types them. */
  sources: RockSource[];
  /** Attribute entries over all sources. */
  attributes: RockAttributes[];
  /** Deductive code trees over all sources (codebooks). */
  deductive: CodeTreeNode[];
}

/** {@link loadSources}, keeping the corpus-wide attributes and code trees. */
export function loadCorpus(ctx: CliContext, inputs: ReadonlyArray<string>, options?: LoadSourcesOptions): LoadedCorpus {
  const files = expandSourceInputs(ctx, inputs);
  const texts = files.map((file) => readTextFile(file, ctx.t));
  const bar = ctx.progress(files.length, ctx.t("bronnen lezen", "reading sources"));
  const ids = uniqueIds(files);
  const { value, messages } = parseSources(
    files.map((_, i) => ({ sourceId: ids[i]!, text: texts[i] ?? "" })),
    { locale: ctx.lang },
  );
  bar.stop();
  const byId = new Map<string, Message[]>();
  for (const m of messages) {
    const list = byId.get(m.file ?? "") ?? [];
    list.push(m);
    byId.set(m.file ?? "", list);
  }
  const loaded = files.map((file, i) => ({
    file,
    text: texts[i] ?? "",
    source: value.sources[i]!,
    messages: (byId.get(ids[i]!) ?? []).map((m) => ({ ...m, file: m.file === ids[i] ? file : m.file })),
  }));
  // Name the other file of a cross-file message by its path, as the user typed it.
  const pathOf = new Map(ids.map((id, i) => [id, files[i]!]));
  for (const l of loaded) {
    for (const m of l.messages) {
      const first = m.params?.firstFile;
      if (typeof first === "string" && pathOf.has(first)) {
        m.reason = m.reason.replace(`"${first}"`, `"${pathOf.get(first)}"`);
        // The parameters too: the CLI words messages again in --lang from them.
        m.params = { ...m.params, firstFile: pathOf.get(first) };
      }
    }
  }
  const notes = loaded.flatMap((l) => l.messages).filter((m) => m.severity !== "error");
  ctx.messages(notes);
  if (notes.some((m) => m.severity === "warning")) ctx.fail(EXIT_CODES.findings);
  if ((options?.requireContent ?? true) && loaded.every((l) => l.source.utterances.every((u) => u.text === ""))) {
    throw new CliError(
      ctx.t(
        "de bronnen bevatten geen enkele uitspraak; er is niets geschreven",
        "the sources hold no utterance at all; nothing was written",
      ),
      {
        file: files[0],
        fix: ctx.t("controleer of dit de goede bestanden zijn", "check that these are the right files"),
        code: "empty-source",
      },
    );
  }
  return { loaded, sources: value.sources, attributes: value.attributes, deductive: value.codeTrees.deductive };
}

/** Source ids from file names; two files with the same name in different folders keep their folder. */
function uniqueIds(files: ReadonlyArray<string>): string[] {
  const ids = files.map((f) => sourceIdOf(f));
  const count = new Map<string, number>();
  for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
  return ids.map((id, i) => ((count.get(id) ?? 0) > 1 ? files[i]!.replace(/\.[^./\\]+$/, "") : id));
}

/** Files as given, and folders expanded recursively to the `.rock` / `.dct` files inside, sorted. */
export function expandSourceInputs(ctx: CliContext, inputs: ReadonlyArray<string>): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const isDir = (() => {
      try {
        return statSync(input).isDirectory();
      } catch {
        return false;
      }
    })();
    if (!isDir) {
      out.push(...expandInputs([input], [".rock"], ctx.t));
      continue;
    }
    const found = walk(input);
    if (found.length === 0) {
      throw new CliError(ctx.t(`geen .rock/.dct-bestanden in ${input}`, `no .rock/.dct files in ${input}`), {
        file: input,
        fix: ctx.t("geef bestanden of een andere map op", "give files or another folder"),
      });
    }
    out.push(...found);
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDir) out.push(...walk(path));
    else if (ROCK_SOURCE_PATTERN.test(extname(name) ? name : "")) out.push(path);
  }
  return out;
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
