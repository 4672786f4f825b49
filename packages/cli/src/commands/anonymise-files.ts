import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type AnonymisationKey, openKey, type SealedKey, sealKey } from "@verlicht/anonymise";
import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { expandInputs, readTextFile } from "../lib/io.js";

/** The passphrase of the key: `VERLICHT_PASSPHRASE`, or the first line of `--passphrase-file`. */
export function passphrase(ctx: CliContext, file: string | undefined): string {
  const value = file ? (readTextFile(file, ctx.t).split(/\r?\n/)[0] ?? "") : (process.env["VERLICHT_PASSPHRASE"] ?? "");
  if (value.length < 8) {
    throw new CliError(
      ctx.t("geen (of een te korte) wachtzin voor de sleutel", "no (or too short a) passphrase for the key"),
      {
        file,
        fix: ctx.t(
          "zet VERLICHT_PASSPHRASE (minstens 8 tekens) of geef --passphrase-file <bestand>",
          "set VERLICHT_PASSPHRASE (at least 8 characters) or give --passphrase-file <file>",
        ),
      },
    );
  }
  return value;
}

/** Open the sealed key at `path` (undefined when there is none yet). */
export async function readKey(ctx: CliContext, path: string, secret: string): Promise<AnonymisationKey | undefined> {
  if (!existsSync(path)) return undefined;
  const text = readTextFile(path, ctx.t);
  let sealed: unknown;
  try {
    sealed = JSON.parse(text);
  } catch {
    sealed = undefined;
  }
  try {
    return await openKey(sealed as SealedKey, secret);
  } catch {
    throw new CliError(ctx.t("kan de sleutel niet openen", "cannot open the key"), {
      file: path,
      fix: ctx.t(
        "controleer de wachtzin, of kies een nieuw --key-bestand",
        "check the passphrase, or choose a new --key file",
      ),
    });
  }
}

/**
 * Seal and write the key durably (temporary file, fsync, rename, fsync of the folder). It is written before
 * anything else; when it cannot be written, this throws a {@link CliError} naming the key path and the caller
 * writes nothing else.
 */
export async function writeKeyFirst(
  ctx: CliContext,
  path: string,
  key: AnonymisationKey,
  secret: string,
): Promise<void> {
  const content = JSON.stringify(await sealKey(key, secret));
  const folder = dirname(resolve(path));
  const tmp = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    const fd = openSync(tmp, "wx", 0o600);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    const dir = openSync(folder, "r");
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch (error) {
    try {
      if (existsSync(tmp)) unlinkSync(tmp);
    } catch {
      // the temporary file could not be removed either; nothing more to do
    }
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(
      ctx.t(
        `kan de sleutel niet schrijven (${reason}); er is niets anders geschreven`,
        `cannot write the key (${reason}); nothing else was written`,
      ),
      {
        file: path,
        fix: ctx.t(
          "kies voor --key een map waarin je mag schrijven",
          "choose a --key location in a folder you can write to",
        ),
      },
    );
  }
}

/** Does this text look like a transcript, not a word list: a line of five words or more, a speaker label
 * (`R:`) or a sentence ending? */
export function looksLikeTranscript(text: string): boolean {
  return text
    .split(/\r?\n/)
    .some((line) => line.trim().split(/\s+/).length >= 5 || /^\s*[\p{L}\d]+:/u.test(line) || /[.?!]\s*$/.test(line));
}

/**
 * The transcripts among the inputs: folders expanded to .txt/.rock/.vtt files; the keep list, files named like a
 * keep list (`keep.txt`, `*.keep.txt`) and files without a line of five words are skipped with a warning.
 */
export function transcriptInputs(ctx: CliContext, files: string[], keepFile: string | undefined): string[] {
  const out: string[] = [];
  const named = new Set(files.map((f) => resolve(f)));
  for (const f of expandInputs(files, [".txt", ".rock", ".vtt"], ctx.t)) {
    const name = basename(f).toLowerCase();
    const isKeep = keepFile !== undefined && resolve(f) === resolve(keepFile);
    // a file found in a folder must look like a transcript; a file named on the command line is taken as one
    const listLike =
      !named.has(resolve(f)) &&
      (/^keep([-_.].*)?\.txt$|\.keep\.txt$/.test(name) || !looksLikeTranscript(readTextFile(f, ctx.t)));
    if (isKeep || listLike) {
      ctx.warn(
        ctx.t(
          `${f}: overgeslagen, dit is geen transcript (een lijst of de keep-lijst)`,
          `${f}: skipped, not a transcript (a list or the keep list)`,
        ),
      );
      continue;
    }
    out.push(f);
  }
  return out;
}
