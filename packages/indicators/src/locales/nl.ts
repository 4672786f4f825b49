import type { LocaleTable, MessageParams } from "@verlicht/core";
import type { en } from "./en.js";

const field = (p: MessageParams) => (p["field"] ? `${p["field"]}: ` : "");

/** Nederlandse formulering van elke melding van `@verlicht/indicators`, per `ruleId`. */
export const nl: LocaleTable<keyof typeof en> = {
  "invalid-yaml": {
    reason: "Het bestand is niet te lezen als YAML of JSON: {detail}",
    note: "Controleer het inspringen en de aanhalingstekens rond de genoemde regel.",
  },
  "yaml-alias": {
    reason: "De alias *{alias} is niet te gebruiken: {detail}",
    note: "Zet het anker &{alias} vóór het gebruik, of schrijf de waarde uit.",
  },
  "yaml-alias-limit": {
    reason: "Het bestand gebruikt aliassen meer dan {limit} keer (een aliasbom?); het wordt niet gelezen",
    note: "Schrijf de waarden uit in plaats van aliassen te herhalen.",
  },
  "yaml-merge": {
    reason: "Een samenvoegsleutel (<<) moet naar een map of een lijst van maps wijzen: {detail}",
    note: "Haal de regel met << weg of laat hem naar een map wijzen.",
  },
  "yaml-too-deep": {
    reason: "Het bestand nest {depth} niveaus diep op één regel; er worden er hoogstens {limit} gelezen",
    note: "Maak de structuur platter; catalogus-, koppel- en modelbestanden hebben maar een paar niveaus nodig.",
  },
  "invalid-catalogue": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "invalid-area": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "invalid-link": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "invalid-logic-model": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "not-a-list": "Verwacht een lijst van koppelingen of {links: [...]}",
  "unknown-goal": 'Indicator "{indicatorId}" noemt doel "{goal}", dat niet in de catalogus staat',
  "duplicate-id": '{where}: de id "{id}" komt twee keer voor; de latere wordt weggelaten',
  "catalogue-override": '{where}: "{id}" vervangt het item uit de basiscatalogus',
  "duplicate-link": "{construct} → {indicatorId} is twee keer gekoppeld; één keer bewaard",
  "missing-column": {
    reason: "De kopregel mist de verplichte kolom(men) {columns}",
    note: "Zet de kolommen in de eerste regel van het bestand.",
  },
  "unknown-stage": '{where} noemt fase "{stage}", die het model niet kent',
  "stage-order": "{where} gaat terug, van {from} naar {to}",
  "unknown-construct": 'Koppeling {construct} → {indicatorId}: het netwerk kent geen construct "{construct}"',
  "unknown-indicator": {
    reason: 'Indicator "{indicatorId}" staat niet in de catalogus',
    note: "Controleer de spelling, of voeg de indicator toe in een catalogusbestand.",
  },
  "unknown-area": {
    reason: (p: MessageParams) =>
      `Gebied "${p["code"]}" is geen bekend gebied: ${p["why"] === "not-listed" ? "niet een van de vastgelegde wijken en buurten" : "geen CBS-code (NL01, GM0917, WK091701, BU09170101) en geen vastgelegd gebied"}`,
    note: "Controleer de code, of leg het gebied vast (areas.json) zodat het bekend is.",
  },
  "unclosed-quote": "Een cel tussen aanhalingstekens wordt nergens gesloten",
  "empty-file": "Het bestand heeft geen kopregel en geen waarnemingen",
  "unknown-column": 'Kolom "{column}" is geen waarnemingskolom en wordt overgeslagen',
  "duplicate-column": 'Kolom "{column}" komt twee keer voor; de eerste wordt gebruikt',
  "invalid-number": {
    reason: '"{raw}" in {column} is geen getal',
    note: "Schrijf een getal, of laat de cel leeg (of schrijf .) voor een ontbrekende waarde.",
  },
  "decimal-comma": {
    reason:
      '"{raw}" in {column} heeft een decimale komma, die dit formaat niet kent (12,5 of 12 duizend?); bewaard als ontbrekend',
    note: "Schrijf 12.5 in JSON en in CSV met komma's; een CSV met puntkomma's wordt met decimale komma's gelezen.",
  },
  "ragged-row": "Regel {line} heeft {cells} cellen, de kopregel {width}",
  "incomplete-row": "Regel {line} mist een indicator, gebiedscode of periode en wordt weggelaten",
  "value-derived": "De waarde op regel {line} is berekend uit teller en noemer",
  "invalid-level": 'Gebiedsniveau "{level}" is onbekend; "{used}" wordt gebruikt',
  "invalid-status": 'Status "{status}" is onbekend; "{used}" wordt gebruikt',
  "missing-value": 'Regel {line} heeft geen waarde maar status "{status}"; "missing" wordt gebruikt',
  "duplicate-observation": "{indicatorId} voor {code} in {period} komt meer dan eens voor; de eerste telt",
  "monthly-period": (p: MessageParams) =>
    `Periode ${p["raw"]} wordt gelezen als ${p["period"]} (${p["kind"] === "month" ? "maand" : "kwartaal"}); jaren en kortere perioden worden niet met elkaar vergeleken`,
  "unknown-period": {
    reason:
      'Periode "{raw}" is geen jaar (2022), CBS-periode (2022JJ00, 2022KW01, 2022MM03) of ISO-maand (2022-03); bewaard zoals geschreven',
    note: "Evaluaties vergelijken perioden zoals ze geschreven zijn; schrijf jaren als 2022.",
  },
  "invalid-json": "Het bestand is niet te lezen als JSON: {detail}",
  "not-odata": "Verwacht een OData-antwoord met een lijst `value` van rijen",
  "invalid-row": "value[{row}] is geen object",
  "missing-region": "value[{row}] heeft geen regiocode (gezocht naar {keys})",
  "missing-period": "value[{row}] heeft geen Perioden en er is geen periode opgegeven",
  "unmapped-measure": "Maatstaven zonder koppeling aan een indicator zijn overgeslagen: {measures}",
  "unit-mismatch": "{indicatorId} in {period}: de deelgebieden gebruiken verschillende eenheden ({units})",
};
