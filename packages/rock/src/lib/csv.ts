import { type CsvValue, type CsvWriteOptions, readCsv, writeCsv } from "@verlicht/core";

/** Write a header and rows as CSV text with `\n` line endings, with core's `writeCsv` (formula guard on by default). */
export function toCsv(
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<CsvValue>>,
  options?: Pick<CsvWriteOptions, "guard"> | null,
): string {
  return writeCsv([header, ...rows], { guard: options?.guard ?? true });
}

/** A parsed CSV table, with the line of each row (for messages). */
export interface CsvTable {
  /** Column names from the first record. */
  header: string[];
  /** Records after the header, as objects keyed by column name. */
  rows: Array<{ values: Record<string, string>; line: number }>;
  /** Problems found (e.g. an unclosed quote). */
  errors: Array<{ line: number; reason: string }>;
}

/**
 * Parse CSV text with core's `readCsv` (RFC 4180; delimiter `,`, `;` or tab, detected from the header)
 * into records keyed by the header's column names.
 */
export function parseCsv(text: string): CsvTable {
  const { value } = readCsv(text);
  const [first, ...records] = value.rows;
  const header = (first?.cells ?? []).map((c) => c.text.trim());
  const rows = records.map((r) => ({
    values: Object.fromEntries(header.map((h, k) => [h, r.cells[k]?.text ?? ""])),
    line: r.line,
  }));
  const errors = value.unclosedQuotes.map((p) => ({ line: p.start.line, reason: "a quoted field is never closed" }));
  return { header, rows, errors };
}
