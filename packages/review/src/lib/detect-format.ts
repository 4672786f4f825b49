import type { RecordFormat } from "./review-record.js";

/**
 * Guess the format of a search export from its text: EndNote XML (`<?xml`/`<xml>`/`<records>`), BibTeX
 * (`@type{`), RIS (`TY  -` at a line start), MEDLINE (`PMID-`), Web of Science tagged (`FN `/`PT `), EndNote tagged (`%0 `),
 * otherwise CSV/TSV. Returns `undefined` for an empty text.
 */
export function detectFormat(text: string): RecordFormat | undefined {
  const head = text.replace(/^\uFEFF/, "").slice(0, 20_000);
  const trimmed = head.trimStart();
  if (trimmed === "") return undefined;
  if (/^<(\?xml|xml|records)\b/i.test(trimmed) || /<records>\s*<record>/.test(head)) return "endnote-xml";
  if (/^\s*@[A-Za-z]+\s*[{(]/m.test(head) && !/^TY {2}-/m.test(head)) return "bibtex";
  if (/^(\uFEFF)?TY {1,2}-/m.test(head)) return "ris";
  if (/^PMID- ?\S/m.test(head)) return "medline";
  if (/^(FN |PT [A-Z]$)/m.test(head)) return "wos";
  if (/^[A-Z][A-Z0-9] {2}- /m.test(head)) return "ris";
  if (/^%0 \S/m.test(head)) return "endnote-tagged";
  return "csv";
}
