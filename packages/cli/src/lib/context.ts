import { type Message, messageStart } from "@verlicht/core";
import cliProgress from "cli-progress";
import { type CliError, EXIT_CODES, type ExitCode } from "./cli-error.js";
import { cliMessages, formatLocalized } from "./messages.js";
import { createTranslate, type Lang, type Translate } from "./translate.js";

/** Where the CLI writes and what it knows about its terminal; replaceable in tests. */
export interface CliIo {
  /** Write to standard output. */
  stdout: (text: string) => void;
  /** Write to standard error. */
  stderr: (text: string) => void;
  /** Is standard error a terminal (progress bars are drawn only then)? */
  isTTY: boolean;
}

/** The default {@link CliIo}: the process's streams. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

/** Global options of every command. */
export interface GlobalOptions {
  /** Output language. */
  lang: Lang;
  /** Print machine-readable JSON on stdout instead of text. */
  json: boolean;
  /** Print only errors. */
  quiet: boolean;
  /** Draw progress bars (only on a terminal). */
  progress: boolean;
  /** Replace existing output files and folders (`--force`); default false: refuse them. */
  force?: boolean | undefined;
  /** Guard CSV cells against formula injection (default true; `--no-csv-guard` turns it off). */
  csvGuard?: boolean | undefined;
}

/** A progress bar, or a no-op when none is drawn. */
export interface Progress {
  /** Advance by one (or `n`). */
  tick: (n?: number) => void;
  /** Remove the bar. */
  stop: () => void;
}

/** What a command gets: output helpers in the chosen language, and the exit code it builds up. */
export class CliContext {
  /** Output language. */
  readonly lang: Lang;
  /** Pick the Dutch or the English text. */
  readonly t: Translate;
  /** JSON output mode. */
  readonly json: boolean;
  /** Quiet mode. */
  readonly quiet: boolean;
  /** Replace existing output (`--force`). */
  readonly force: boolean;
  /** Guard CSV text cells against formula injection (default true). */
  readonly csvGuard: boolean;
  private readonly io: CliIo;
  private readonly progressOn: boolean;
  /** The exit code so far (the worst outcome wins). */
  exitCode: ExitCode = EXIT_CODES.ok;

  constructor(io: CliIo, options: GlobalOptions) {
    this.io = io;
    this.lang = options.lang;
    this.t = createTranslate(options.lang);
    this.json = options.json;
    this.quiet = options.quiet;
    this.force = options.force ?? false;
    this.csvGuard = options.csvGuard ?? true;
    this.progressOn = options.progress && io.isTTY && !options.json && !options.quiet;
  }

  /** Raise the exit code to at least `code`. */
  fail(code: ExitCode): void {
    if (code > this.exitCode) this.exitCode = code;
  }

  /** Print a line of human output (suppressed in JSON and quiet mode). */
  say(text: string): void {
    if (!this.json && !this.quiet) this.io.stdout(`${text}\n`);
  }

  /** Print the command's result: JSON in `--json` mode, otherwise the human text (if any). */
  result(data: unknown, human?: string): void {
    if (this.json) this.io.stdout(`${JSON.stringify(data, null, 2)}\n`);
    else if (human !== undefined && !this.quiet) this.io.stdout(human.endsWith("\n") ? human : `${human}\n`);
  }

  /** Print a warning or note on stderr (not in quiet mode, unless it is an error). */
  warn(text: string): void {
    if (!this.quiet) this.io.stderr(`${text}\n`);
  }

  /**
   * Print diagnostics on stderr as `file:line:column: severity reason`, each worded in the CLI's language
   * through the catalogue of the package that made it.
   */
  messages(messages: ReadonlyArray<Message>, file?: string): void {
    for (const m of messages) {
      if (this.quiet && m.severity !== "error") continue;
      this.io.stderr(`${formatLocalized(m, this.lang, file)}\n`);
    }
  }

  /** A word or sentence of the CLI's own frame, in the CLI's language. */
  frame(id: Parameters<typeof cliMessages.format>[0], params?: Record<string, string>): string {
    return cliMessages.format(id, params ?? null, this.lang);
  }

  /** Print a user error (never a stack trace). */
  error(error: CliError): void {
    const where = [error.file, error.line, error.line !== undefined ? (error.column ?? 1) : undefined]
      .filter((x) => x !== undefined)
      .join(":");
    this.io.stderr(`${where ? `${where}: ` : ""}${this.frame("frame-error")}: ${error.message}\n`);
    for (const m of error.messages) this.io.stderr(`${formatLocalized(m, this.lang, error.file)}\n`);
    if (error.fix) this.io.stderr(`  ${this.frame("frame-fix")}: ${error.fix}\n`);
  }

  /** Write raw text to stdout (also in JSON mode; for exports sent to stdout). */
  raw(text: string): void {
    this.io.stdout(text);
  }

  /** Start a progress bar on stderr (a no-op when not on a terminal, in JSON or quiet mode). */
  progress(total: number, label: string): Progress {
    if (!this.progressOn || total < 2) return { tick: () => {}, stop: () => {} };
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, clearOnComplete: true, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { tick: (n = 1) => bar.increment(n), stop: () => bar.stop() };
  }
}

/** The first line of a message, for errors that carry positions. */
export function lineOf(message: Message): number | undefined {
  return messageStart(message)?.line;
}
