import type { MessageParams } from "@verlicht/core";

const field = (p: MessageParams) => (p["field"] ? `${p["field"]}: ` : "");

/** English wording of every message of `@verlicht/registers`, keyed by `ruleId`. */
export const en = {
  "invalid-register": {
    reason: "Expected {expected}",
    note: "Start the file with `activities:` (activiteitenloket) or `collections:` (dataloket) and a list under it.",
  },
  "invalid-activity": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "invalid-collection": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "duplicate-id": '{where}: the id "{id}" occurs twice; the later entry is left out',
  "unknown-collection": {
    reason: 'Activity "{activity}" names data collection "{id}", which the dataloket does not hold',
    note: "Add the collection to the dataloket, or correct the id.",
  },
  "unknown-activity": {
    reason: 'Data collection "{collection}" names activity "{id}", which the activiteitenloket does not hold',
    note: "Add the activity to the activiteitenloket, or correct the id.",
  },
  "unknown-indicator": {
    reason: '"{owner}" names indicator "{id}", which the indicator catalogue does not hold',
    note: "Check the id against `verlicht indicators goals` and the catalogue, or add it to a catalogue file.",
  },
  "unknown-goal": {
    reason: '"{owner}" names goal "{id}", which the catalogue does not hold',
    note: "Goals are goal01 … goal12.",
  },
  "unknown-area": {
    reason: '"{owner}" names area "{id}", which is no CBS code (GM0917, WK091701, BU09170101) and no defined area',
    note: "Use a CBS code or define the area (areas.json).",
  },
  "unknown-logic-model": '"{owner}" names logic model "{id}", which is not among the logic models given',
  "period-order": '"{owner}": the period ends ({to}) before it starts ({from})',
  "ask-group": '"{owner}" asks group "{group}", which is not one of its target groups',
  "not-linked": 'Activity "{activity}" asks people but names no data collection in the dataloket',
} as const;
