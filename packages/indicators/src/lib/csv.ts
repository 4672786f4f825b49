import { type Location, location, type Position } from "@verlicht/core";

/** One CSV cell; its position is computed only when asked for (files can hold millions of cells). */
export class CsvCell {
  /** The unquoted text of the cell. */
  readonly text: string;
  /** Offset of the cell's first character (its opening quote, if quoted). */
  readonly start: number;
  /** Offset just after the cell. */
  readonly end: number;
  readonly #loc: () => Location;

  constructor(text: string, start: number, end: number, loc: () => Location) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.#loc = loc;
  }

  /** Where the cell is in the input (quotes included), as core's `location(text)` gives it. */
  get position(): Position {
    return this.#loc().toPosition(this.start, this.end)!;
  }
}

/** One CSV record (row) with its cells. */
export interface CsvRow {
  /** Cells in order. */
  cells: CsvCell[];
  /** The line the record starts on, from 1. */
  line: number;
}

/** Result of {@link readCsv}. */
export interface CsvTable {
  /** The delimiter used (detected from the first line unless given). */
  delimiter: string;
  /** All non-empty records, the header included. */
  rows: CsvRow[];
  /** Offsets of quoted cells that were never closed. */
  unclosedQuotes: Position[];
}

/**
 * Read RFC 4180 CSV (quoted cells, doubled quotes, CRLF or LF), keeping the position of every cell.
 * The delimiter is `,`, `;` or tab; when not given, the one most frequent in the first line wins.
 * Blank lines are skipped. Internal helper; not exported from the package.
 */
export function readCsv(text: string, delimiter?: string): CsvTable {
  const rows: CsvRow[] = [];
  const { delimiter: used, unclosedQuotes } = forEachCsvRow(text, delimiter, (row) => {
    rows.push(row);
  });
  return { delimiter: used, rows, unclosedQuotes };
}

/**
 * Stream the records of a CSV text to `onRow` (header first), so large files need not be held as
 * cells all at once. Returns the delimiter used and the unclosed quotes.
 */
export function forEachCsvRow(
  text: string,
  delimiter: string | undefined,
  onRow: (row: CsvRow) => void,
): Omit<CsvTable, "rows"> {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const src = text;
  const delim = delimiter ?? detectDelimiter(text);
  const d = delim.charCodeAt(0);
  const unclosedQuotes: Position[] = [];
  const n = src.length;
  let cached: Location | undefined;
  const loc = () => {
    cached ??= location(text);
    return cached;
  };
  let line = 1;
  let i = shift;
  const isBreak = (c: number) => c === 10 || c === 13;
  const newline = (at: number) => {
    // `at` is the offset of a \n or \r; returns the offset after the line ending.
    const next = src.charCodeAt(at) === 13 && src.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
    line++;
    return next;
  };
  while (i < n) {
    const rowLine = line;
    const cells: CsvCell[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      const start = i;
      let value: string;
      if (src.charCodeAt(i) === 34) {
        i++;
        let buffer = "";
        let closed = false;
        let from = i;
        while (i < n) {
          const c = src.charCodeAt(i);
          if (c === 34) {
            buffer += src.slice(from, i);
            if (src.charCodeAt(i + 1) === 34) {
              buffer += '"';
              i += 2;
              from = i;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (isBreak(c)) {
            buffer += src.slice(from, i);
            const after = newline(i);
            buffer += src.slice(i, after);
            i = after;
            from = i;
            continue;
          }
          i++;
        }
        if (!closed) {
          buffer += src.slice(from, i);
          unclosedQuotes.push(loc().toPosition(start, i)!);
        }
        // Text after a closing quote up to the delimiter is kept (lenient).
        const rest = i;
        while (i < n && src.charCodeAt(i) !== d && !isBreak(src.charCodeAt(i))) i++;
        value = buffer + src.slice(rest, i);
      } else {
        const from = i;
        while (i < n && src.charCodeAt(i) !== d && !isBreak(src.charCodeAt(i))) i++;
        value = src.slice(from, i);
      }
      cells.push(new CsvCell(value, start, i, loc));
      if (i >= n) endOfRecord = true;
      else if (src.charCodeAt(i) === d) i++;
      else {
        i = newline(i);
        endOfRecord = true;
      }
    }
    const blank = cells.length === 1 && cells[0]!.text.trim() === "";
    if (!blank) onRow({ cells, line: rowLine });
  }
  return { delimiter: delim, unclosedQuotes };
}

/** The delimiter (`,`, `;` or tab) most frequent in the first line; `,` when none occurs. */
export function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const first = end === -1 ? text : text.slice(0, end);
  let best = ",";
  let bestCount = 0;
  for (const d of [",", ";", "\t"]) {
    const count = first.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Quote a CSV cell when it holds the delimiter, a quote or a line break. */
export function quoteCsv(value: string, delimiter = ","): string {
  if (value.includes(delimiter) || value.includes('"') || value.includes("\n") || value.includes("\r")) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

/** Normalise a header name for matching: lower case, without spaces, `_`, `-` or `.`. */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, "");
}
