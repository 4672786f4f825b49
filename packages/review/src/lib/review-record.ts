import type { Position } from "@verlicht/core";

/** The import formats {@link parseRecords} understands. */
export type RecordFormat = "ris" | "medline" | "wos" | "bibtex" | "csv" | "endnote-xml" | "endnote-tagged";

/** Every format name, in detection order. */
export const RECORD_FORMATS: ReadonlyArray<RecordFormat> = [
  "endnote-xml",
  "bibtex",
  "ris",
  "medline",
  "wos",
  "endnote-tagged",
  "csv",
];

/** One raw field exactly as the file had it: tag (or column / element name), value and where it was. */
export interface RawTag {
  /** The tag (`TI`), the BibTeX field name, the CSV column header or the XML element path. */
  tag: string;
  /** The value, continuation lines joined with `\n`, no other change. */
  value: string;
  /** Where the tag started and its value ended in the input text. */
  position: Position;
}

/**
 * A bibliographic record as read from a search export: canonical fields for deduplication and
 * screening, plus every raw tag with its position so nothing from the file is lost.
 */
export interface ReviewRecord {
  /** 0-based index of the record in its file. */
  index: number;
  /** The format it was read from. */
  format: RecordFormat;
  /** The publication type as given (RIS `TY`, BibTeX entry type, EndNote ref-type name). */
  type?: string | undefined;
  /** The title, continuation lines joined by a space. */
  title?: string | undefined;
  /** Author names as given, one entry per author (`Family, Given` when the file had it). */
  authors: string[];
  /** The publication year (four digits). */
  year?: number | undefined;
  /** The DOI, without `https://doi.org/` or `doi:`, in the case the file had. */
  doi?: string | undefined;
  /** The journal or container title (full form when the file has both). */
  journal?: string | undefined;
  /** The abbreviated journal title, when present. */
  journalAbbreviation?: string | undefined;
  /** Volume. */
  volume?: string | undefined;
  /** Issue / number. */
  issue?: string | undefined;
  /** Pages as `first-last` or `first`. */
  pages?: string | undefined;
  /** Abstract. */
  abstract?: string | undefined;
  /** Keywords / subject terms. */
  keywords: string[];
  /** ISSN / ISBN values. */
  issn: string[];
  /** PubMed ID. */
  pmid?: string | undefined;
  /** First URL. */
  url?: string | undefined;
  /** Language. */
  language?: string | undefined;
  /** Database or provider named in the record (RIS `DB`, `DP`). */
  database?: string | undefined;
  /** The database the file was exported from, as the importer named it (`importFile`'s `database`). */
  searchDatabase?: string | undefined;
  /** A label carried by the file (ASReview CSV `label_included` etc.): 1 relevant, 0 irrelevant. */
  label?: 0 | 1 | undefined;
  /** Every raw tag of the record, in file order. */
  raw: RawTag[];
  /** From the first to the last character of the record in the input. */
  position: Position;
}

/** A fresh record with empty lists, for parsers to fill. */
export function emptyRecord(index: number, format: RecordFormat, position: Position): ReviewRecord {
  return { index, format, authors: [], keywords: [], issn: [], raw: [], position };
}
