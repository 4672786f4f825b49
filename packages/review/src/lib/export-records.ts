import { csvCell as coreCsvCell } from "@verlicht/core";
import { cslType, risType } from "./record-types.js";
import type { RawTag, ReviewRecord } from "./review-record.js";

type Exportable = Pick<
  ReviewRecord,
  | "type"
  | "title"
  | "authors"
  | "year"
  | "doi"
  | "journal"
  | "journalAbbreviation"
  | "volume"
  | "issue"
  | "pages"
  | "abstract"
  | "keywords"
  | "issn"
  | "pmid"
  | "url"
  | "language"
> & {
  id?: number | string | undefined;
  format?: ReviewRecord["format"] | undefined;
  raw?: ReadonlyArray<Pick<RawTag, "tag" | "value">> | undefined;
};

/**
 * Write records as RIS (LF line ends, one `ER  - ` per record). A record read from RIS is written
 * with every raw tag it had, in its order and with its value unchanged (continuation lines kept), so
 * re-importing the export gives the same raw tags. Other records are written from their canonical
 * fields (2011 tag set), with `ID` the review's record id.
 */
export function exportRis(records: ReadonlyArray<Exportable>): string {
  const out: string[] = [];
  const tag = (t: string, v: string | number | undefined) => {
    if (v !== undefined && v !== "") out.push(`${t}  - ${String(v).replace(/\s*\n\s*/g, " ")}`);
  };
  for (const r of records) {
    if (r.format === "ris" && r.raw?.some((t) => t.tag === "TY")) {
      for (const t of r.raw) if (t.tag !== "ER") out.push(`${t.tag}  - ${t.value.replace(/\r\n?/g, "\n")}`);
      out.push("ER  - ", "");
      continue;
    }
    tag("TY", risType(r.type));
    if (r.id !== undefined) tag("ID", r.id);
    tag("TI", r.title);
    for (const a of r.authors) tag("AU", a);
    tag("PY", r.year);
    tag("T2", r.journal);
    tag("J2", r.journalAbbreviation);
    tag("VL", r.volume);
    tag("IS", r.issue);
    const [sp, ep] = (r.pages ?? "").split("-");
    tag("SP", sp);
    tag("EP", ep);
    tag("DO", r.doi);
    tag("AB", r.abstract);
    for (const k of r.keywords) tag("KW", k);
    for (const s of r.issn) tag("SN", s);
    tag("C2", r.pmid);
    tag("UR", r.url);
    tag("LA", r.language);
    out.push("ER  - ", "");
  }
  return out.join("\n");
}

/** A CSL-JSON item (the fields this library fills). */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { "date-parts": [[number]] };
  "container-title"?: string;
  "container-title-short"?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  ISSN?: string;
  URL?: string;
  abstract?: string;
  keyword?: string;
  language?: string;
}

/**
 * Convert records to CSL-JSON items (an export view: raw tags are not carried). The CSL type follows
 * the record's type: RIS `CONF` → `paper-conference`, `CHAP` → `chapter`, BibTeX `inproceedings` →
 * `paper-conference`, and so on; an unknown type is `article-journal`.
 */
export function exportCslJson(records: ReadonlyArray<Exportable>): CslItem[] {
  return records.map((r, i) => {
    const item: CslItem = { id: String(r.id ?? i + 1), type: cslType(r.type) };
    if (r.title) item.title = r.title;
    if (r.authors.length) {
      item.author = r.authors.map((a) => {
        const comma = a.indexOf(",");
        return comma > 0 ? { family: a.slice(0, comma).trim(), given: a.slice(comma + 1).trim() } : { literal: a };
      });
    }
    if (r.year) item.issued = { "date-parts": [[r.year]] };
    if (r.journal) item["container-title"] = r.journal;
    if (r.journalAbbreviation) item["container-title-short"] = r.journalAbbreviation;
    if (r.volume) item.volume = r.volume;
    if (r.issue) item.issue = r.issue;
    if (r.pages) item.page = r.pages;
    if (r.doi) item.DOI = r.doi;
    if (r.pmid) item.PMID = r.pmid;
    if (r.issn[0]) item.ISSN = r.issn[0];
    if (r.url) item.URL = r.url;
    if (r.abstract) item.abstract = r.abstract;
    if (r.keywords.length) item.keyword = r.keywords.join(", ");
    if (r.language) item.language = r.language;
    return item;
  });
}

/** Options of the CSV exports. */
export interface CsvExportOptions {
  /** Guard text cells against formula injection (`'` before `=`, `+`, `-`, `@`, tab, CR); default `true`. */
  guard?: boolean | undefined;
}

/** One CSV cell through core's `csvCell` (RFC 4180 quoting, formula guard unless `guard: false`). */
export function csvCell(value: unknown, options?: CsvExportOptions | null): string {
  if (value === undefined || value === null) return "";
  const cell = typeof value === "number" || typeof value === "boolean" ? value : String(value);
  return coreCsvCell(cell, { guard: options?.guard ?? true });
}

/** Write records as CSV with the given extra columns per record. */
export function exportCsv(
  records: ReadonlyArray<Exportable>,
  options?:
    | ({ extra?: ((record: Exportable, index: number) => Record<string, unknown>) | undefined } & CsvExportOptions)
    | null,
): string {
  const base = [
    "id",
    "title",
    "authors",
    "year",
    "journal",
    "volume",
    "issue",
    "pages",
    "doi",
    "pmid",
    "abstract",
    "keywords",
  ];
  const extras = records.map((r, i) => options?.extra?.(r, i) ?? {});
  const extraKeys = [...new Set(extras.flatMap((e) => Object.keys(e)))];
  const lines = [[...base, ...extraKeys].map((h) => csvCell(h, options)).join(",")];
  records.forEach((r, i) => {
    const row = [
      r.id ?? i + 1,
      r.title,
      r.authors.join("; "),
      r.year,
      r.journal,
      r.volume,
      r.issue,
      r.pages,
      r.doi,
      r.pmid,
      r.abstract,
      r.keywords.join("; "),
      ...extraKeys.map((k) => (extras[i] as Record<string, unknown>)[k]),
    ];
    lines.push(row.map((v) => csvCell(v, options)).join(","));
  });
  return `${lines.join("\n")}\n`;
}
