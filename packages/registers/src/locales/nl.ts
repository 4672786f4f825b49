import type { LocaleTable, MessageParams } from "@verlicht/core";
import type { en } from "./en.js";

const field = (p: MessageParams) => (p["field"] ? `${p["field"]}: ` : "");

/** Nederlandse formulering van elke melding van `@verlicht/registers`, per `ruleId`. */
export const nl: LocaleTable<keyof typeof en> = {
  "invalid-register": {
    reason: "Verwacht {expected}",
    note: "Begin het bestand met `activities:` (activiteitenloket) of `collections:` (dataloket) met een lijst eronder.",
  },
  "invalid-activity": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "invalid-collection": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "duplicate-id": '{where}: de id "{id}" komt twee keer voor; de latere wordt weggelaten',
  "unknown-collection": {
    reason: 'Activiteit "{activity}" noemt dataverzameling "{id}", die niet in het dataloket staat',
    note: "Zet de verzameling in het dataloket, of verbeter de id.",
  },
  "unknown-activity": {
    reason: 'Dataverzameling "{collection}" noemt activiteit "{id}", die niet in het activiteitenloket staat',
    note: "Zet de activiteit in het activiteitenloket, of verbeter de id.",
  },
  "unknown-indicator": {
    reason: '"{owner}" noemt indicator "{id}", die niet in de indicatorencatalogus staat',
    note: "Vergelijk de id met `verlicht indicators goals` en de catalogus, of voeg hem toe in een catalogusbestand.",
  },
  "unknown-goal": {
    reason: '"{owner}" noemt doel "{id}", dat niet in de catalogus staat',
    note: "De doelen heten goal01 … goal12.",
  },
  "unknown-area": {
    reason:
      '"{owner}" noemt gebied "{id}", dat geen CBS-code (GM0917, WK091701, BU09170101) en geen vastgelegd gebied is',
    note: "Gebruik een CBS-code of leg het gebied vast (areas.json).",
  },
  "unknown-logic-model": '"{owner}" noemt logisch model "{id}", dat niet bij de opgegeven modellen zit',
  "period-order": '"{owner}": de periode eindigt ({to}) voordat hij begint ({from})',
  "ask-group": '"{owner}" bevraagt groep "{group}", die niet bij zijn doelgroepen hoort',
  "not-linked": 'Activiteit "{activity}" bevraagt mensen maar noemt geen dataverzameling in het dataloket',
};
