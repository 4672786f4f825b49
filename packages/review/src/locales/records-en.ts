import type { LocaleTable } from "@verlicht/core";

/** English wording of the import messages (parsers and `importFile`). */
export const recordsEn = {
  "empty-input": "The input is empty",
  "file-already-imported": {
    reason: "{file} (same SHA-256) is already in round {round}",
    note: "pass force: true (CLI: --force) to import it again",
  },
  "csv-no-title-column": "No title or abstract column found in the header",
  "csv-column-count": "Row has {cells} cells, the header has {header}",
  "endnote-tagged-unparsed-line": "Line outside a record that is not an EndNote `%` tag",
  "endnote-unclosed-record": "`<record>` without `</record>`",
  "endnote-bad-xml": "Record is not well-formed XML: {error}",
  "endnote-no-records": "No `<record>` element found",
  "medline-unparsed-line": "Line that is neither a MEDLINE tag nor an indented continuation",
  "ris-stray-er": "`ER` without an open record",
  "ris-missing-ty": "Tag `{tag}` before any `TY`: a record was started here",
  "ris-missing-er": (p) =>
    p.where === "end"
      ? "The last record has no `ER` line"
      : "`TY` inside an open record: the previous record was closed here",
  "ris-unparsed-line": "Line outside a record that is not a RIS tag",
  "ris-glued-tag": "Tag `{tag}` glued to the end of the previous value was split off",
  "wos-unparsed-line": "Line outside a record that is not a Web of Science tag",
  "bibtex-unclosed-entry": "Entry `{key}` is not closed",
  "bibtex-bad-field": "Unexpected character in entry `{key}`",
  "bibtex-missing-equals": "Field `{field}` has no `=`",
} satisfies LocaleTable<string>;

/** Rule ids of the import messages. */
export type RecordsRuleId = keyof typeof recordsEn;
