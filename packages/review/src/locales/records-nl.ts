import type { LocaleTable } from "@verlicht/core";
import type { RecordsRuleId } from "./records-en.js";

/** Nederlandse tekst van de importmeldingen (parsers en `importFile`). */
export const recordsNl: LocaleTable<RecordsRuleId> = {
  "empty-input": "De invoer is leeg",
  "file-already-imported": {
    reason: "{file} (dezelfde SHA-256) zit al in ronde {round}",
    note: "geef force: true (CLI: --force) om het nog eens te importeren",
  },
  "csv-no-title-column": "Geen kolom voor titel of samenvatting in de kopregel",
  "csv-column-count": "Deze rij heeft {cells} cellen, de kopregel {header}",
  "endnote-tagged-unparsed-line": "Regel buiten een record die geen EndNote-`%`-tag is",
  "endnote-unclosed-record": "`<record>` zonder `</record>`",
  "endnote-bad-xml": "Dit record is geen geldige XML: {error}",
  "endnote-no-records": "Geen `<record>`-element gevonden",
  "medline-unparsed-line": "Regel die geen MEDLINE-tag is en ook geen ingesprongen vervolgregel",
  "ris-stray-er": "`ER` terwijl er geen record open is",
  "ris-missing-ty": "Tag `{tag}` vóór een `TY`: hier is een record begonnen",
  "ris-missing-er": (p) =>
    p.where === "end"
      ? "Het laatste record heeft geen `ER`-regel"
      : "`TY` in een record dat nog open is: het vorige record is hier gesloten",
  "ris-unparsed-line": "Regel buiten een record die geen RIS-tag is",
  "ris-glued-tag": "Tag `{tag}` zat vast aan het eind van de vorige waarde en is losgemaakt",
  "wos-unparsed-line": "Regel buiten een record die geen Web of Science-tag is",
  "bibtex-unclosed-entry": "Item `{key}` wordt niet gesloten",
  "bibtex-bad-field": "Onverwacht teken in item `{key}`",
  "bibtex-missing-equals": "Veld `{field}` heeft geen `=`",
};
