import {
  type CsvDelimiter,
  forEachCsvRow,
  location,
  type Message,
  type ParseResult,
  type Position,
} from "@verlicht/core";
import { reviewMessages } from "./messages.js";
import { extractDoi, extractYear, oneLine, setOnce, splitAuthors } from "./record-fields.js";
import { emptyRecord, type ReviewRecord } from "./review-record.js";

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** Field separator; sniffed from the header line (`,`, `;`, tab) when absent. */
  delimiter?: string | undefined;
}

interface Cell {
  value: string;
  start: number;
  end: number;
}

/** Column-name synonyms (lower-case, after trimming), ASReview's list extended with common exports. */
const COLUMNS: Record<string, string[]> = {
  title: ["title", "primary_title", "article title", "document title", "ti"],
  abstract: ["abstract", "abstract note", "abstract_note", "ab"],
  authors: ["authors", "author", "author names", "first_authors", "au"],
  keywords: ["keywords", "author keywords", "manual tags", "kw"],
  doi: ["doi", "di"],
  url: ["url", "link"],
  year: ["year", "publication_year", "publication year", "py", "date", "publication_date"],
  journal: ["journal", "source title", "publication title", "secondary_title", "container-title", "so", "t2"],
  volume: ["volume", "vl"],
  issue: ["issue", "number", "is"],
  pages: ["pages", "page", "page start"],
  pmid: ["pmid", "pubmed_id", "pubmed id"],
  label: [
    "final_included",
    "label",
    "label_included",
    "included_label",
    "included_final",
    "included",
    "included_flag",
    "include",
  ],
};

/**
 * Parse CSV or TSV (RFC 4180 quoting, multi-line quoted cells, delimiter sniffed; read by core's
 * `forEachCsvRow`) with a header row.
 * Columns are mapped by ASReview's synonyms (`title`/`primary_title`, `authors`, `abstract`, `doi`,
 * `label_included`…); every cell is kept as a raw tag named after its column header.
 */
export function parseCsv(text: string, options?: ParseCsvOptions | null): ParseResult<ReviewRecord[]> {
  const messages: Message[] = [];
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstLine = text.slice(start, text.search(/\r?\n|$/));
  const rows: Cell[][] = [];
  const delimiter = options?.delimiter as CsvDelimiter | undefined;
  forEachCsvRow(text, { delimiter }, (row) => {
    rows.push(row.cells.map((c) => ({ value: c.text, start: c.start, end: c.end })));
  });
  const loc = location(text);
  const pos = (a: number, b: number): Position =>
    loc.toPosition(a, b) ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const header = rows.shift()?.map((c) => c.value.trim()) ?? [];
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.toLowerCase();
    for (const [field, names] of Object.entries(COLUMNS)) {
      if (names.includes(key) && !index.has(field)) index.set(field, i);
    }
  });
  if (!index.has("title") && !index.has("abstract")) {
    messages.push(
      reviewMessages.create("csv-no-title-column", {
        severity: "error",
        expected: [...(COLUMNS.title ?? []), ...(COLUMNS.abstract ?? [])],
        place: pos(start, start + firstLine.length),
      }),
    );
  }
  const records: ReviewRecord[] = [];
  for (const row of rows) {
    if (row.length === 1 && row[0]?.value.trim() === "") continue;
    if (row.length !== header.length) {
      messages.push(
        reviewMessages.create("csv-column-count", {
          params: { cells: row.length, header: header.length },
          place: pos(row[0]?.start ?? 0, row.at(-1)?.end ?? 0),
        }),
      );
    }
    const record = emptyRecord(records.length, "csv", pos(row[0]?.start ?? 0, row.at(-1)?.end ?? 0));
    row.forEach((cell, i) => {
      record.raw.push({ tag: header[i] ?? `column${i + 1}`, value: cell.value, position: pos(cell.start, cell.end) });
    });
    const get = (field: string) => {
      const i = index.get(field);
      const v = i === undefined ? undefined : row[i]?.value;
      return v === undefined ? undefined : oneLine(v) || undefined;
    };
    setOnce(record, "title", get("title"));
    setOnce(record, "abstract", get("abstract"));
    const authors = get("authors");
    if (authors) record.authors.push(...splitAuthors(authors));
    const keywords = get("keywords");
    if (keywords) record.keywords.push(...keywords.split(/\s*;\s*/).filter(Boolean));
    setOnce(record, "doi", extractDoi(get("doi")));
    setOnce(record, "url", get("url"));
    record.year = extractYear(get("year"));
    setOnce(record, "journal", get("journal"));
    setOnce(record, "volume", get("volume"));
    setOnce(record, "issue", get("issue"));
    setOnce(record, "pages", get("pages"));
    setOnce(record, "pmid", get("pmid"));
    const label = get("label");
    if (label !== undefined) {
      if (/^(1|1\.0|true|yes|y|included?)$/i.test(label)) record.label = 1;
      else if (/^(0|0\.0|false|no|n|excluded?)$/i.test(label)) record.label = 0;
    }
    records.push(record);
  }
  return { value: records, messages };
}
