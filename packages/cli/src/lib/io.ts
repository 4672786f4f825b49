import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { CliError } from "./cli-error.js";
import type { Translate } from "./translate.js";

/**
 * Read a user's text file as UTF-8 (a byte-order mark is dropped). A missing file, a folder or bytes that are
 * not UTF-8 become a {@link CliError} naming the file (and the line of the first bad byte).
 */
export function readTextFile(path: string, t: Translate): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) {
      throw new CliError(t(`${path} is een map, geen bestand`, `${path} is a folder, not a file`), {
        file: path,
        fix: t("geef een bestand op", "give a file"),
      });
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new CliError(t(`bestand niet gevonden: ${path}`, `file not found: ${path}`), {
        file: path,
        fix: t("controleer het pad (relatief aan de huidige map)", "check the path (relative to the current folder)"),
        code: "not-found",
      });
    }
    throw new CliError(
      t(`kan ${path} niet lezen (${code ?? "onbekend"})`, `cannot read ${path} (${code ?? "unknown"})`),
      {
        file: path,
        fix: t("controleer de rechten van het bestand", "check the file's permissions"),
      },
    );
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const line = firstBadLine(bytes);
    throw new CliError(t(`${path} is geen UTF-8-tekst`, `${path} is not UTF-8 text`), {
      file: path,
      line,
      fix: t("sla het bestand op als UTF-8 (platte tekst)", "save the file as UTF-8 (plain text)"),
      code: "not-utf8",
    });
  }
}

function firstBadLine(bytes: Buffer): number {
  let line = 1;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

/**
 * Write a file atomically: the content goes to a temporary file next to the target, flushed to disk, which is
 * then renamed over it. A crash or a full disk never leaves half a file where the user's file was. For the
 * CLI's own files inside a folder being written (see `write-output.ts`); a user's `--out` goes through
 * `writeOutputFile`, which also refuses to replace an existing file.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(tmp, "wx");
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw error;
  }
}

/** Is `child` the same as or inside the folder `parent`? */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith("/") && rel !== "..");
}

/**
 * Expand the inputs of a command: files are kept, folders are replaced by the files in them with one of
 * the extensions (sorted), and a missing path is a {@link CliError}.
 */
export function expandInputs(inputs: ReadonlyArray<string>, extensions: ReadonlyArray<string>, t: Translate): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) {
      throw new CliError(t(`bestand niet gevonden: ${input}`, `file not found: ${input}`), {
        file: input,
        fix: t("controleer het pad", "check the path"),
        code: "not-found",
      });
    }
    if (statSync(input).isDirectory()) {
      const inDir = readdirSync(input)
        .filter((f) => extensions.includes(extname(f).toLowerCase()))
        .sort()
        .map((f) => join(input, f));
      if (inDir.length === 0) {
        throw new CliError(
          t(`geen ${extensions.join("/")}-bestanden in ${input}`, `no ${extensions.join("/")} files in ${input}`),
          { file: input, fix: t("geef bestanden of een andere map op", "give files or another folder") },
        );
      }
      files.push(...inDir);
    } else {
      files.push(input);
    }
  }
  if (files.length === 0) {
    throw new CliError(t("geen invoerbestanden opgegeven", "no input files given"), {
      fix: t("geef minstens één bestand op", "give at least one file"),
    });
  }
  return files;
}

/** The file name without folder and extension, used as a source id (`coded/int01.rock` → `int01`). */
export function sourceIdOf(path: string): string {
  return basename(path, extname(path));
}
