import type { Position } from "@verlicht/core";

/** One CSV cell with its place in the text. */
export interface CsvCell {
  /** The unquoted text of the cell. */
  text: string;
  /** Where the cell is in the input (quotes included). */
  position: Position;
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
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - src.length;
  const delim = delimiter ?? detectDelimiter(src);
  const rows: CsvRow[] = [];
  const unclosedQuotes: Position[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const point = () => ({ line, column, offset: i + shift });
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) {
      const c = src[i];
      i++;
      if (c === "\n" || (c === "\r" && src[i] !== "\n")) {
        line++;
        column = 1;
      } else if (c !== "\r") column++;
      else column++;
    }
  };
  while (i < src.length) {
    const rowLine = line;
    const cells: CsvCell[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      const start = point();
      let value = "";
      if (src[i] === '"') {
        advance(1);
        let closed = false;
        while (i < src.length) {
          if (src[i] === '"') {
            if (src[i + 1] === '"') {
              value += '"';
              advance(2);
              continue;
            }
            advance(1);
            closed = true;
            break;
          }
          value += src[i];
          advance(1);
        }
        if (!closed) unclosedQuotes.push({ start, end: point() });
        // Text after a closing quote up to the delimiter is kept (lenient).
        while (i < src.length && src[i] !== delim && src[i] !== "\n" && src[i] !== "\r") {
          value += src[i];
          advance(1);
        }
      } else {
        while (i < src.length && src[i] !== delim && src[i] !== "\n" && src[i] !== "\r") {
          value += src[i];
          advance(1);
        }
      }
      cells.push({ text: value, position: { start, end: point() } });
      if (i >= src.length) endOfRecord = true;
      else if (src[i] === delim) advance(1);
      else {
        advance(src[i] === "\r" && src[i + 1] === "\n" ? 2 : 1);
        endOfRecord = true;
      }
    }
    const blank = cells.length === 1 && cells[0]!.text.trim() === "";
    if (!blank) rows.push({ cells, line: rowLine });
  }
  return { delimiter: delim, rows, unclosedQuotes };
}

function detectDelimiter(text: string): string {
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
