import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./cli-error.js";
import type { Translate } from "./translate.js";

/**
 * The one way the CLI writes a user's output. Every `--out` goes through these functions, which
 *
 * - refuse a path that exists already (exit 2, naming it) unless `force` (`--force`) is given;
 * - write a file to a temporary file next to it, flush it to disk (fsync) and rename it into place, so a
 *   crash or a full disk never leaves half a file;
 * - write a folder as a whole: everything goes into a temporary folder next to it, which is renamed into
 *   place at the end (or removed when anything failed), so there is the old folder or the new one, never
 *   a mixture;
 * - turn a missing or read-only folder into exit 2 naming the user's path (never the temporary file) and
 *   saying how to fix it.
 */

/** Options of the write functions. */
export interface WriteOutputOptions {
  /** Replace an existing file or folder (the `--force` flag). */
  force?: boolean | undefined;
}

/** What the write functions need of the command's context. */
export interface WriteContext {
  /** Pick the Dutch or English text. */
  t: Translate;
  /** Whether `--force` was given. */
  force?: boolean | undefined;
}

/** One file of a set written together. */
export interface OutputFile {
  /** Where the user wants it. */
  path: string;
  /** Its content. */
  content: string | Uint8Array;
}

let counter = 0;
const tempName = (path: string, kind: "tmp" | "old") =>
  join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${Date.now()}.${counter++}.${kind}`);

/** Turn a file system error while writing `userPath` into a {@link CliError} (exit 2) naming that path. */
export function writeError(t: Translate, userPath: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? "unknown";
  const folder = dirname(resolve(userPath));
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return new CliError(
      t(
        `kan ${userPath} niet schrijven: geen schrijfrechten in ${folder}`,
        `cannot write ${userPath}: no permission to write in ${folder}`,
      ),
      {
        file: userPath,
        fix: t(
          "kies een map waarin u mag schrijven, of geef uzelf schrijfrechten op deze map",
          "choose a folder you can write to, or give yourself write permission on this one",
        ),
        code: "not-writable",
      },
    );
  }
  if (code === "ENOSPC" || code === "EDQUOT") {
    return new CliError(
      t(`kan ${userPath} niet schrijven: de schijf is vol`, `cannot write ${userPath}: the disk is full`),
      {
        file: userPath,
        fix: t("maak ruimte vrij of kies een andere schijf", "free some space or choose another disk"),
        code: "disk-full",
      },
    );
  }
  return new CliError(t(`kan ${userPath} niet schrijven (${code})`, `cannot write ${userPath} (${code})`), {
    file: userPath,
    fix: t("controleer het pad en de rechten van de map", "check the path and the folder's permissions"),
    code: "not-writable",
  });
}

/** Stop (exit 2) when `path` exists and may not be replaced, or when its folder does not exist. */
function checkTarget(ctx: WriteContext, path: string, force: boolean, kind: "file" | "folder"): void {
  const { t } = ctx;
  const folder = dirname(resolve(path));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new CliError(t(`de map ${dirname(path)} bestaat niet`, `the folder ${dirname(path)} does not exist`), {
      file: path,
      fix: t(
        `maak de map eerst (mkdir -p ${dirname(path)}) of kies een ander pad`,
        `create it first (mkdir -p ${dirname(path)}) or choose another path`,
      ),
      code: "missing-folder",
    });
  }
  if (!existsSync(path)) return;
  const isDir = statSync(path).isDirectory();
  if (kind === "file" && isDir) {
    throw new CliError(
      t(`${path} is een map; hier hoort een bestand`, `${path} is a folder; a file is expected here`),
      {
        file: path,
        fix: t("geef een bestandsnaam", "give a file name"),
        code: "exists",
      },
    );
  }
  if (kind === "folder" && !isDir) {
    throw new CliError(
      t(`${path} is een bestand; hier hoort een map`, `${path} is a file; a folder is expected here`),
      {
        file: path,
        fix: t("geef de naam van een (nieuwe) map", "give the name of a (new) folder"),
        code: "exists",
      },
    );
  }
  if (!force) {
    throw new CliError(
      t(
        `${path} bestaat al; VERLICHT overschrijft niets zonder het te vragen`,
        `${path} exists already; VERLICHT overwrites nothing without being asked`,
      ),
      {
        file: path,
        fix: t(
          kind === "folder"
            ? "kies een andere map, of geef --force om de hele map te vervangen"
            : "kies een ander pad, of geef --force om het te vervangen",
          kind === "folder"
            ? "choose another folder, or give --force to replace the whole folder"
            : "choose another path, or give --force to replace it",
        ),
        code: "exists",
      },
    );
  }
  if (kind === "folder") {
    const cwd = resolve(process.cwd());
    const target = resolve(path);
    if (cwd === target || cwd.startsWith(`${target}/`) || cwd.startsWith(`${target}\\`)) {
      throw new CliError(
        t(
          `${path} bevat de huidige map; die wordt niet vervangen`,
          `${path} holds the current folder; it is not replaced`,
        ),
        {
          file: path,
          fix: t("kies een nieuwe map voor de uitvoer", "choose a new folder for the output"),
          code: "exists",
        },
      );
    }
  }
}

/** Write `content` to `file` and flush it to disk. */
function writeDurably(file: string, content: string | Uint8Array): void {
  const fd = openSync(file, "wx");
  try {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flush a folder's entry list to disk (after a rename), where the platform allows it. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, "r");
    fsyncSync(fd);
  } catch {
    // Not every platform can fsync a folder (Windows); the rename itself is atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Write several files as one step: every target is checked first (none may exist without `force`, every
 * folder must exist), then all are written to temporary files and flushed, then renamed into place. When
 * anything fails before the renames, nothing of the user's is touched.
 *
 * @throws {CliError} exit 2 naming the user's path.
 */
export function writeOutputFiles(
  ctx: WriteContext,
  files: ReadonlyArray<OutputFile>,
  options?: WriteOutputOptions,
): void {
  const force = options?.force ?? ctx.force ?? false;
  for (const f of files) checkTarget(ctx, f.path, force, "file");
  const temps: Array<{ tmp: string; path: string }> = [];
  try {
    for (const f of files) {
      const tmp = tempName(f.path, "tmp");
      temps.push({ tmp, path: f.path });
      try {
        writeDurably(tmp, f.content);
      } catch (error) {
        throw writeError(ctx.t, f.path, error);
      }
    }
    for (const { tmp, path } of temps) {
      try {
        renameSync(tmp, path);
      } catch (error) {
        throw writeError(ctx.t, path, error);
      }
      syncFolder(dirname(resolve(path)));
    }
  } finally {
    for (const { tmp } of temps) if (existsSync(tmp)) unlinkSync(tmp);
  }
}

/**
 * Write one file of the user's (see {@link writeOutputFiles}): refused when it exists unless `--force`.
 *
 * @throws {CliError} exit 2 naming `path`.
 */
export function writeOutputFile(
  ctx: WriteContext,
  path: string,
  content: string | Uint8Array,
  options?: WriteOutputOptions,
): void {
  writeOutputFiles(ctx, [{ path, content }], options);
}

/** A folder being written: fill `tmp`, then {@link OutputFolder.commit} or {@link OutputFolder.discard}. */
export interface OutputFolder {
  /** The user's folder. */
  readonly path: string;
  /** The temporary folder next to it that receives the files. */
  readonly tmp: string;
  /** Map a path inside the temporary folder to the same path inside the user's folder (for messages). */
  userPath(tmpPath: string): string;
  /** Move the temporary folder into place (replacing the old folder as a whole under `--force`). */
  commit(): void;
  /** Remove the temporary folder (after a failure). */
  discard(): void;
}

/** Check early (before long work) that {@link beginOutputFolder} will accept `path`; exit 2 when not. */
export function checkOutputFolder(ctx: WriteContext, path: string, options?: WriteOutputOptions): void {
  checkTarget(ctx, path, options?.force ?? ctx.force ?? false, "folder");
}

/** Check early (before long work) that {@link writeOutputFile} will accept `path`; exit 2 when not. */
export function checkOutputFile(ctx: WriteContext, path: string, options?: WriteOutputOptions): void {
  checkTarget(ctx, path, options?.force ?? ctx.force ?? false, "file");
}

/**
 * Start writing a folder as a whole. Refused (exit 2) when it exists and `--force` is not given, or when
 * its parent folder is missing or read-only; nothing is written then.
 */
export function beginOutputFolder(ctx: WriteContext, path: string, options?: WriteOutputOptions): OutputFolder {
  const force = options?.force ?? ctx.force ?? false;
  checkTarget(ctx, path, force, "folder");
  const parent = dirname(resolve(path));
  let tmp: string;
  try {
    tmp = mkdtempSync(join(parent, `.${basename(resolve(path))}.${process.pid}.`));
  } catch (error) {
    throw writeError(ctx.t, path, error);
  }
  const target = resolve(path);
  return {
    path,
    tmp,
    userPath: (p) => (resolve(p).startsWith(tmp) ? join(path, resolve(p).slice(tmp.length)) : p),
    commit() {
      let old: string | undefined;
      try {
        if (existsSync(target)) {
          old = tempName(target, "old");
          renameSync(target, old);
        }
        renameSync(tmp, target);
      } catch (error) {
        if (old && !existsSync(target) && existsSync(old)) renameSync(old, target);
        throw writeError(ctx.t, path, error);
      }
      syncFolder(parent);
      if (old) rmSync(old, { recursive: true, force: true });
    },
    discard() {
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * Write a folder of files as a whole (see {@link beginOutputFolder}); `files` are paths relative to the folder.
 *
 * @throws {CliError} exit 2 naming the user's path.
 */
export function writeOutputFolder(
  ctx: WriteContext,
  path: string,
  files: ReadonlyArray<OutputFile>,
  options?: WriteOutputOptions,
): void {
  const folder = beginOutputFolder(ctx, path, options);
  try {
    for (const f of files) {
      const file = join(folder.tmp, f.path);
      mkdirSync(dirname(file), { recursive: true });
      try {
        writeDurably(file, f.content);
      } catch (error) {
        throw writeError(ctx.t, join(path, f.path), error);
      }
    }
    folder.commit();
  } catch (error) {
    folder.discard();
    throw error;
  }
}
