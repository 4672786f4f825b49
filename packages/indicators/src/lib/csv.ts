/** The CSV reader of `@verlicht/core` (the one of the toolkit), and this package's header matching. */
export { type CsvRow, type CsvTable, detectDelimiter, forEachCsvRow, readCsv } from "@verlicht/core";

/** Normalise a header name for matching: lower case, without spaces, `_`, `-` or `.`. */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, "");
}
