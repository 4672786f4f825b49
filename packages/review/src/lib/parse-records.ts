import { errorPrefix, InvalidArgumentsError, type Locale, localizeMessage, type ParseResult } from "@verlicht/core";
import { detectFormat } from "./detect-format.js";
import { reviewMessages } from "./messages.js";
import { parseBibtex } from "./parse-bibtex.js";
import { parseCsv } from "./parse-csv.js";
import { parseEndnoteTagged } from "./parse-endnote-tagged.js";
import { parseEndnoteXml } from "./parse-endnote-xml.js";
import { parseMedline } from "./parse-medline.js";
import { parseRis } from "./parse-ris.js";
import { parseWos } from "./parse-wos.js";
import { RECORD_FORMATS, type RecordFormat, type ReviewRecord } from "./review-record.js";

/** Options of {@link parseRecords}. */
export interface ParseRecordsOptions {
  /** The format; detected from the text when absent. */
  format?: RecordFormat | undefined;
  /** The language of the messages (default English). */
  locale?: Locale | undefined;
}

/** Defaults of {@link parseRecords}: detect the format. */
export const DEFAULT_PARSE_RECORDS_OPTIONS: Readonly<ParseRecordsOptions> = Object.freeze({});

const PARSERS: Record<RecordFormat, (text: string) => ParseResult<ReviewRecord[]>> = {
  ris: parseRis,
  medline: parseMedline,
  wos: parseWos,
  bibtex: parseBibtex,
  csv: parseCsv,
  "endnote-xml": parseEndnoteXml,
  "endnote-tagged": parseEndnoteTagged,
};

/**
 * Parse a search export into records, losslessly: every raw tag is kept with its position, and the
 * canonical fields (title, authors, year, DOI, journal, pages…) are mapped per format and dialect.
 * Never throws on bad input; problems come back as messages.
 *
 * @param text The file's text (a leading BOM is allowed).
 * @param options `format`: `ris`, `medline`, `wos`, `bibtex`, `csv`, `endnote-xml` or `endnote-tagged`; detected when absent.
 * @returns `{value: records, messages}`.
 * @throws {InvalidArgumentsError} when `text` is not a string or `format` is unknown.
 * @example
 * ```ts
 * const {value} = parseRecords("TY  - JOUR\nTI  - A title\nPY  - 2024\nER  - \n");
 * value[0].title; // "A title"
 * ```
 */
export function parseRecords(text: string, options?: ParseRecordsOptions | null): ParseResult<ReviewRecord[]> {
  const prefix = errorPrefix("review", "parseRecords");
  if (typeof text !== "string")
    throw new InvalidArgumentsError(`${prefix}expected the file's text as a string, got ${typeof text}`);
  const format = options?.format ?? detectFormat(text);
  if (format !== undefined && !RECORD_FORMATS.includes(format)) {
    throw new InvalidArgumentsError(
      `${prefix}unknown format ${JSON.stringify(format)}; expected one of ${RECORD_FORMATS.join(", ")}`,
    );
  }
  if (format === undefined) {
    return {
      value: [],
      messages: [reviewMessages.create("empty-input", { locale: options?.locale })],
    };
  }
  const result = PARSERS[format](text);
  const locale = options?.locale;
  if (!locale || locale === "en") return result;
  return { value: result.value, messages: result.messages.map((m) => localizeMessage(m, [reviewMessages], locale)) };
}
