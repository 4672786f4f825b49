import { type CsvValue, readCsv, writeCsv } from "@verlicht/core";

/** Options of the CLI's CSV output. */
export interface CsvOutputOptions {
  /** Guard text cells against formula injection (`'` before `=`, `+`, `-`, `@`, tab, CR); default true, `--no-csv-guard` turns it off. */
  guard?: boolean | undefined;
}

/** Rows to CSV text with a final newline, through core's `writeCsv` (guarded unless `guard: false`). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>, options?: CsvOutputOptions | null): string {
  return writeCsv(rows, { guard: options?.guard ?? true });
}

/** A parsed CSV row with the line it started on. */
export interface CsvRow {
  /** Field values. */
  fields: string[];
  /** 1-based line number of the row's start. */
  line: number;
}

/**
 * Parse CSV text with core's `readCsv` (RFC 4180; `,`, `;` or tab, detected). Returns the rows with their
 * line numbers, and the line of the first unterminated quote.
 */
export function parseCsv(text: string): { rows: CsvRow[]; unterminatedAt?: number } {
  const { value } = readCsv(text);
  const rows = value.rows.map((r) => ({ fields: r.cells.map((c) => c.text), line: r.line }));
  const open = value.unclosedQuotes[0];
  return open ? { rows, unterminatedAt: open.start.line } : { rows };
}
