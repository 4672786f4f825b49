import type { Locale } from "./locale.js";
import type { Message, ParseResult } from "./message.js";
import { coreMessages } from "./messages.js";
import { type Location, location, type Position } from "./position.js";

/** The delimiters a CSV file may use: comma, semicolon (spreadsheets in Dutch locales) or tab. */
export const CSV_DELIMITERS = [",", ";", "\t"] as const;

/** A CSV delimiter. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** One CSV cell; its position is computed only when asked for (files can hold millions of cells). */
export class CsvCell {
  /** The unquoted text of the cell. */
  readonly text: string;
  /** Offset of the cell's first character (its opening quote, if quoted), in UTF-16 code units. */
  readonly start: number;
  /** Offset just after the cell. */
  readonly end: number;
  /** Whether the cell was written in quotes. */
  readonly quoted: boolean;
  readonly #loc: () => Location;

  /**
   * @param text The unquoted text.
   * @param start Offset of the first character.
   * @param end Offset after the last character.
   * @param loc The location index of the whole text (built once, on first use).
   * @param quoted Whether the cell was quoted.
   */
  constructor(text: string, start: number, end: number, loc: () => Location, quoted = false) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.quoted = quoted;
    this.#loc = loc;
  }

  /** Where the cell is in the input (quotes included). */
  get position(): Position {
    return this.#loc().toPosition(this.start, this.end) as Position;
  }
}

/** One CSV record (row) with its cells. */
export interface CsvRow {
  /** Cells in order. */
  cells: CsvCell[];
  /** The line the record starts on, from 1. */
  line: number;
}

/** Options of {@link readCsv} and {@link forEachCsvRow}. */
export interface CsvReadOptions {
  /** The delimiter; `"auto"` or absent: the one of {@link CSV_DELIMITERS} most frequent in the first line. */
  delimiter?: CsvDelimiter | "auto" | undefined;
  /** The file, put on messages. */
  file?: string | undefined;
  /** The language of the messages (default English). */
  locale?: Locale | null | undefined;
}

/** What {@link forEachCsvRow} found besides the rows. */
export interface CsvScan {
  /** The delimiter used. */
  delimiter: CsvDelimiter;
  /** Whether the text starts with a byte order mark (skipped). */
  bom: boolean;
  /** Quoted cells that are never closed (the rest of the text became that cell). */
  unclosedQuotes: Position[];
  /** Cells with text after their closing quote (`"a"b`); the text is kept in the cell. */
  textAfterQuote: Position[];
}

/** The result of {@link readCsv}. */
export interface CsvTable extends CsvScan {
  /** All non-blank records, the header included. */
  rows: CsvRow[];
}

/** The delimiter of {@link CSV_DELIMITERS} most frequent in the first line (outside quotes not checked); `,` when none occurs. */
export function detectDelimiter(text: string): CsvDelimiter {
  const end = text.search(/\r|\n/);
  const first = end === -1 ? text : text.slice(0, end);
  let best: CsvDelimiter = ",";
  let bestCount = 0;
  for (const d of CSV_DELIMITERS) {
    const count = first.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Stream the records of a CSV text to `onRow` (header first), so large files need not be held as cells
 * all at once. RFC 4180: quoted cells may hold delimiters, doubled quotes and line breaks; records end at
 * LF, CRLF or CR; a byte order mark is skipped; blank lines are skipped. Lenient where RFC 4180 is strict:
 * a quote inside an unquoted cell is kept as text, and text after a closing quote is kept (and reported).
 * Never throws.
 *
 * @param text The CSV text.
 * @param options The delimiter (detected when absent).
 * @param onRow Called once per non-blank record.
 * @returns The delimiter used and the problems found, with positions.
 */
export function forEachCsvRow(
  text: string,
  options: CsvReadOptions | null | undefined,
  onRow: (row: CsvRow) => void,
): CsvScan {
  const bom = text.charCodeAt(0) === 0xfeff;
  const src = text;
  const delim =
    !options?.delimiter || options.delimiter === "auto" ? detectDelimiter(text.slice(bom ? 1 : 0)) : options.delimiter;
  const d = delim.charCodeAt(0);
  const unclosedQuotes: Position[] = [];
  const textAfterQuote: Position[] = [];
  const n = src.length;
  let cached: Location | undefined;
  const loc = () => {
    cached ??= location(text);
    return cached;
  };
  let line = 1;
  let i = bom ? 1 : 0;
  const isBreak = (c: number) => c === 10 || c === 13;
  const newline = (at: number) => {
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
      const quoted = src.charCodeAt(i) === 34;
      if (quoted) {
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
          unclosedQuotes.push(loc().toPosition(start, i) as Position);
        }
        const rest = i;
        while (i < n && src.charCodeAt(i) !== d && !isBreak(src.charCodeAt(i))) i++;
        if (i > rest) textAfterQuote.push(loc().toPosition(start, i) as Position);
        value = buffer + src.slice(rest, i);
      } else {
        const from = i;
        while (i < n && src.charCodeAt(i) !== d && !isBreak(src.charCodeAt(i))) i++;
        value = src.slice(from, i);
      }
      cells.push(new CsvCell(value, start, i, loc, quoted));
      if (i >= n) endOfRecord = true;
      else if (src.charCodeAt(i) === d) i++;
      else {
        i = newline(i);
        endOfRecord = true;
      }
    }
    const blank = cells.length === 1 && !cells[0]?.quoted && cells[0]?.text.trim() === "";
    if (!blank) onRow({ cells, line: rowLine });
  }
  return { delimiter: delim, bom, unclosedQuotes, textAfterQuote };
}

/**
 * Read a CSV text into records with the position of every cell (see {@link forEachCsvRow} for the
 * dialect). Never throws: an unclosed quote is an error message (`csv-unclosed-quote`), text after a
 * closing quote a warning (`csv-text-after-quote`), each with its position.
 *
 * @param text The CSV text.
 * @param options Delimiter (`,`, `;`, tab, or detected), file name and message language.
 * @returns The records (header included) and the messages.
 * @example
 * ```ts
 * import { readCsv } from "@verlicht/core";
 * const { value } = readCsv('naam;opmerking\r\nAnna;"zei: ""ja"""\r\n');
 * console.log(value.delimiter, value.rows[1]?.cells[1]?.text); // ; zei: "ja"
 * ```
 */
export function readCsv(text: string, options?: CsvReadOptions | null): ParseResult<CsvTable> {
  const rows: CsvRow[] = [];
  const scan = forEachCsvRow(text, options, (row) => {
    rows.push(row);
  });
  const file = options?.file;
  const locale = options?.locale;
  const messages: Message[] = [
    ...scan.unclosedQuotes.map((place) =>
      coreMessages.create("csv-unclosed-quote", { severity: "error", place, file, locale }),
    ),
    ...scan.textAfterQuote.map((place) => coreMessages.create("csv-text-after-quote", { place, file, locale })),
  ];
  return { value: { ...scan, rows }, messages };
}
