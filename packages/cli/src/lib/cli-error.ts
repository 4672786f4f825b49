import type { Message } from "@verlicht/core";

/** Exit codes of the `verlicht` command. */
export const EXIT_CODES = {
  /** Everything went well. */
  ok: 0,
  /** The command ran and found problems (e.g. validation warnings, a leak, failing checks). */
  findings: 1,
  /** The command could not run: bad arguments or input that cannot be used. */
  usage: 2,
} as const;

/** An exit code of the `verlicht` command. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** Fields of a {@link CliError}. */
export interface CliErrorInit {
  /** The file the problem is in. */
  file?: string | undefined;
  /** The line (1-based) in that file. */
  line?: number | undefined;
  /** The column (1-based). */
  column?: number | undefined;
  /** What the user can do about it. */
  fix?: string | undefined;
  /** Diagnostics behind the error (printed one per line). */
  messages?: ReadonlyArray<Message> | undefined;
  /** Exit code (default 2: usage / unusable input). */
  exitCode?: ExitCode | undefined;
  /** Stable code for `--json` output (default `usage`). */
  code?: string | undefined;
}

/**
 * A problem the user can fix (wrong arguments, a missing or unreadable file, input that does not parse).
 * The CLI prints it as `file:line:column: error: reason` plus the fix, never with a stack trace.
 */
export class CliError extends Error {
  /** The file the problem is in. */
  readonly file: string | undefined;
  /** The line (1-based). */
  readonly line: number | undefined;
  /** The column (1-based). */
  readonly column: number | undefined;
  /** What the user can do about it. */
  readonly fix: string | undefined;
  /** Diagnostics behind the error. */
  readonly messages: ReadonlyArray<Message>;
  /** The process exit code. */
  readonly exitCode: ExitCode;
  /** Stable machine-readable code. */
  readonly code: string;

  constructor(reason: string, init?: CliErrorInit) {
    super(reason);
    this.name = "CliError";
    this.file = init?.file;
    this.line = init?.line;
    this.column = init?.column;
    this.fix = init?.fix;
    this.messages = init?.messages ?? [];
    this.exitCode = init?.exitCode ?? EXIT_CODES.usage;
    this.code = init?.code ?? "usage";
  }
}

/** Is `value` a {@link CliError}? */
export function isCliError(value: unknown): value is CliError {
  return value instanceof CliError;
}
