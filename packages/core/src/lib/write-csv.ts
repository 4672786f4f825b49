import type { CsvDelimiter } from "./read-csv.js";

/** A value for one CSV cell: text, a number, a boolean, or empty (`null`/`undefined`). */
export type CsvValue = string | number | boolean | null | undefined;

/** Options of {@link writeCsv} and {@link csvCell}. */
export interface CsvWriteOptions {
  /** The delimiter (default `,`). */
  delimiter?: CsvDelimiter | undefined;
  /**
   * Guard against formula injection (default `true`): a text cell that starts with `=`, `+`, `-`, `@`,
   * a tab or a carriage return gets a `'` in front, so a spreadsheet shows it as text instead of running
   * it as a formula. Numbers, and text that is a plain number (`-1`, `+2.5`, `1e-3`), are not formulas
   * and are left as they are. Turn it off only for files that no spreadsheet will open.
   */
  guard?: boolean | undefined;
  /** Line ending (default `\n`). */
  eol?: "\n" | "\r\n" | undefined;
  /** Start with a byte order mark, which older Excel versions need to read UTF-8 (default `false`). */
  bom?: boolean | undefined;
  /** Quote every text cell, not only those that need it (default `false`). */
  quoteText?: boolean | undefined;
}

/** The first characters that make a spreadsheet read a cell as a formula (or run DDE). */
export const CSV_FORMULA_TRIGGERS: readonly string[] = ["=", "+", "-", "@", "\t", "\r"];

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Would a spreadsheet read this text cell as a formula? True when it starts with one of
 * {@link CSV_FORMULA_TRIGGERS} and is not a plain number.
 */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && CSV_FORMULA_TRIGGERS.includes(text[0] as string) && !PLAIN_NUMBER.test(text);
}

/**
 * One cell as CSV text: guarded against formula injection (unless `guard: false`), then quoted when it
 * holds the delimiter, a quote, a line break, or leading or trailing white space (RFC 4180).
 *
 * @param value The cell's value.
 * @param options Delimiter, guard, quoting.
 * @returns The cell as written.
 */
export function csvCell(value: CsvValue, options?: CsvWriteOptions | null): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const delimiter = options?.delimiter ?? ",";
  const text = options?.guard !== false && isFormulaLike(value) ? `'${value}` : value;
  const needs =
    options?.quoteText === true ||
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes("\n") ||
    text.includes("\r") ||
    /^\s|\s$/.test(text);
  return needs ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Write rows as CSV text, every row ended by the line ending. The one CSV writer of VERLICHT: every
 * export (review, rock, networks, indicators) goes through it, so every export is guarded against
 * formula injection the same way.
 *
 * @param rows The rows, the header first.
 * @param options Delimiter, guard, line ending, byte order mark, quoting.
 * @returns CSV text.
 * @example
 * ```ts
 * import { writeCsv } from "@verlicht/core";
 * console.log(writeCsv([["title", "n"], ["=HYPERLINK(\"x\")", -1]]));
 * // title,n
 * // "'=HYPERLINK(""x"")",-1
 * ```
 */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>, options?: CsvWriteOptions | null): string {
  const delimiter = options?.delimiter ?? ",";
  const eol = options?.eol ?? "\n";
  let out = options?.bom ? "\uFEFF" : "";
  for (const row of rows) out += row.map((v) => csvCell(v, options)).join(delimiter) + eol;
  return out;
}
