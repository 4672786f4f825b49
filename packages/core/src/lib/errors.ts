import type { Message } from "./message.js";

/**
 * Typed errors for programmer mistakes (wrong arguments, missing things, bad usage).
 * User input problems are reported as {@link Message}s by parsers, not thrown.
 */

/** Base class of every error the toolkit throws on purpose. */
export class VerlichtError extends Error {
  /** A stable, machine-readable code (e.g. `invalid-arguments`). */
  readonly code: string;

  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "VerlichtError";
    this.code = options?.code ?? "verlicht-error";
  }
}

/** A function was called with arguments it cannot use. */
export class InvalidArgumentsError extends VerlichtError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code: "invalid-arguments" });
    this.name = "InvalidArgumentsError";
  }
}

/** A thing that was asked for (node, record, file, key) does not exist. */
export class NotFoundError extends VerlichtError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code: "not-found" });
    this.name = "NotFoundError";
  }
}

/** An operation is not allowed in the current state or by the caller (e.g. reading blinded votes). */
export class UsageError extends VerlichtError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code: "usage" });
    this.name = "UsageError";
  }
}

/** Input data that cannot be used at all (the whole file is unreadable); carries the messages found. */
export class InvalidInputError extends VerlichtError {
  /** The diagnostics that explain why the input is unusable. */
  readonly messages: ReadonlyArray<Message>;

  constructor(message: string, messages: ReadonlyArray<Message>, options?: { cause?: unknown }) {
    super(message, { ...options, code: "invalid-input" });
    this.name = "InvalidInputError";
    this.messages = messages;
  }
}

/**
 * Build a prefix for error messages: `@verlicht/<pkg>/<fn>: `.
 *
 * @example
 * ```ts
 * const prefix = errorPrefix("qna", "buildNetwork");
 * throw new InvalidArgumentsError(`${prefix}expected an array of sources, got ${typeof x}`);
 * ```
 */
export function errorPrefix(pkg: string, fn: string): string {
  return `@verlicht/${pkg}/${fn}: `;
}

/** Is `value` an error thrown by the toolkit on purpose? */
export function isVerlichtError(value: unknown): value is VerlichtError {
  return value instanceof VerlichtError;
}
