// Publication types across formats: RIS `TY` codes, BibTeX entry types, EndNote / MEDLINE type names,
// mapped to CSL types (CSL 1.0.2) and back to RIS. Data tables.

/** RIS `TY` code → CSL type. */
export const RIS_TO_CSL: Readonly<Record<string, string>> = Object.freeze({
  ABST: "article",
  ADVS: "motion_picture",
  AGGR: "dataset",
  ANCIENT: "manuscript",
  ART: "graphic",
  BILL: "bill",
  BLOG: "post-weblog",
  BOOK: "book",
  CASE: "legal_case",
  CHAP: "chapter",
  CHART: "graphic",
  CLSWK: "book",
  COMP: "software",
  CONF: "paper-conference",
  CPAPER: "paper-conference",
  CTLG: "book",
  DATA: "dataset",
  DBASE: "dataset",
  DICT: "entry-dictionary",
  EBOOK: "book",
  ECHAP: "chapter",
  EDBOOK: "book",
  EJOUR: "article-journal",
  ELEC: "webpage",
  ENCYC: "entry-encyclopedia",
  EQUA: "article",
  FIGURE: "figure",
  GEN: "article",
  GOVDOC: "report",
  GRANT: "article",
  HEAR: "hearing",
  ICOMM: "personal_communication",
  INPR: "article-journal",
  JFULL: "periodical",
  JOUR: "article-journal",
  LEGAL: "legislation",
  MANSCPT: "manuscript",
  MAP: "map",
  MGZN: "article-magazine",
  MPCT: "motion_picture",
  MULTI: "webpage",
  MUSIC: "song",
  NEWS: "article-newspaper",
  PAMP: "pamphlet",
  PAT: "patent",
  PCOMM: "personal_communication",
  RPRT: "report",
  SER: "book",
  SLIDE: "graphic",
  SOUND: "song",
  STAND: "standard",
  STAT: "legislation",
  THES: "thesis",
  UNBILL: "bill",
  UNPB: "manuscript",
  VIDEO: "motion_picture",
  WEB: "webpage",
});

/** BibTeX entry types and EndNote / MEDLINE / WoS type names (lower case) → CSL type. */
const NAMED_TO_CSL: Readonly<Record<string, string>> = Object.freeze({
  article: "article-journal",
  "journal article": "article-journal",
  j: "article-journal",
  inproceedings: "paper-conference",
  conference: "paper-conference",
  proceedings: "book",
  "conference paper": "paper-conference",
  "conference proceedings": "paper-conference",
  "proceedings paper": "paper-conference",
  c: "paper-conference",
  s: "paper-conference",
  book: "book",
  b: "book",
  "edited book": "book",
  inbook: "chapter",
  incollection: "chapter",
  "book section": "chapter",
  "book chapter": "chapter",
  phdthesis: "thesis",
  mastersthesis: "thesis",
  thesis: "thesis",
  techreport: "report",
  report: "report",
  manual: "report",
  unpublished: "manuscript",
  misc: "article",
  online: "webpage",
  "web page": "webpage",
  dataset: "dataset",
  patent: "patent",
  review: "review",
});

/** CSL type → RIS `TY` code, for records that did not come from RIS. */
const CSL_TO_RIS: Readonly<Record<string, string>> = Object.freeze({
  "article-journal": "JOUR",
  "paper-conference": "CONF",
  book: "BOOK",
  chapter: "CHAP",
  thesis: "THES",
  report: "RPRT",
  manuscript: "UNPB",
  webpage: "ELEC",
  dataset: "DATA",
  patent: "PAT",
  "article-newspaper": "NEWS",
  "article-magazine": "MGZN",
  review: "JOUR",
  article: "GEN",
});

/** The CSL type of a record's publication type as given (RIS code, BibTeX type or type name). */
export function cslType(type: string | undefined): string {
  if (!type) return "article-journal";
  const t = type.trim();
  return RIS_TO_CSL[t.toUpperCase()] ?? NAMED_TO_CSL[t.toLowerCase()] ?? "article-journal";
}

/** The RIS `TY` code for a record's publication type (kept when it is a RIS code). */
export function risType(type: string | undefined): string {
  if (type && RIS_TO_CSL[type.trim().toUpperCase()]) return type.trim().toUpperCase();
  return CSL_TO_RIS[cslType(type)] ?? "JOUR";
}
