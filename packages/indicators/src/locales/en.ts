import type { MessageParams } from "@verlicht/core";

const field = (p: MessageParams) => (p["field"] ? `${p["field"]}: ` : "");

/** English wording of every message of `@verlicht/indicators`, keyed by `ruleId`. */
export const en = {
  "invalid-yaml": {
    reason: "Cannot read the file as YAML or JSON: {detail}",
    note: "Check the indentation and quotes around the line named.",
  },
  "yaml-alias": {
    reason: "The alias *{alias} cannot be used: {detail}",
    note: "Define the anchor &{alias} before using it, or write the value out.",
  },
  "yaml-alias-limit": {
    reason: "The file uses aliases more than {limit} times (an alias bomb?); it is not read",
    note: "Write the values out instead of repeating aliases.",
  },
  "yaml-merge": {
    reason: "A merge key (<<) must point to a map or a list of maps: {detail}",
    note: "Remove the << line or point it at a map.",
  },
  "yaml-too-deep": {
    reason: "The file nests {depth} levels deep on one line; at most {limit} are read",
    note: "Flatten the structure; catalogue, link and model files need only a few levels.",
  },
  "invalid-catalogue": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "invalid-area": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "invalid-link": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "invalid-logic-model": (p: MessageParams) => `${field(p)}${p["detail"]}`,
  "not-a-list": "Expected a list of links or {links: [...]}",
  "unknown-goal": 'Indicator "{indicatorId}" names goal "{goal}", which the catalogue does not define',
  "duplicate-id": '{where}: the id "{id}" occurs twice; the later entry is left out',
  "catalogue-override": '{where}: "{id}" replaces the entry of the base catalogue',
  "duplicate-link": "{construct} → {indicatorId} is linked twice; kept once",
  "missing-column": {
    reason: "The header lacks the required column(s) {columns}",
    note: "Add the columns to the first line of the file.",
  },
  "unknown-stage": '{where} names stage "{stage}", which the model does not define',
  "stage-order": "{where} goes backwards, from {from} to {to}",
  "unknown-construct": 'Link {construct} → {indicatorId}: the network has no construct "{construct}"',
  "unknown-indicator": {
    reason: 'Indicator "{indicatorId}" is not in the catalogue',
    note: "Check the spelling, or add the indicator to a catalogue file.",
  },
  "unknown-area": {
    reason: (p: MessageParams) =>
      `Area "${p["code"]}" is not a known area: ${p["why"] === "not-listed" ? "not one of the defined wijken and buurten" : "not a CBS code (NL01, GM0917, WK091701, BU09170101) and not a defined area"}`,
    note: "Check the code, or define the area (areas.json) so that it is known.",
  },
  "unclosed-quote": "A quoted cell is never closed",
  "empty-file": "The file holds no header line and no observations",
  "unknown-column": 'Column "{column}" is not an observation column and is ignored',
  "duplicate-column": 'Column "{column}" occurs twice; the first one is used',
  "invalid-number": {
    reason: '"{raw}" in {column} is not a number',
    note: "Write a number, or leave the cell empty (or write .) for a missing value.",
  },
  "decimal-comma": {
    reason:
      '"{raw}" in {column} has a decimal comma, which this format does not use (12,5 or 12 thousand?); kept as missing',
    note: "Write 12.5 in JSON and in comma-separated CSV; a semicolon-separated CSV is read with decimal commas.",
  },
  "ragged-row": "Line {line} has {cells} cells where the header has {width}",
  "incomplete-row": "Line {line} lacks an indicator id, area code or period and is left out",
  "value-derived": "The value on line {line} is derived from numerator and denominator",
  "invalid-level": 'Area level "{level}" is unknown; "{used}" is used',
  "invalid-status": 'Status "{status}" is unknown; "{used}" is used',
  "missing-value": 'Line {line} has no value but status "{status}"; "missing" is used',
  "duplicate-observation": "{indicatorId} for {code} in {period} occurs more than once; the first is used",
  "monthly-period":
    "Period {raw} is read as {period} ({kind}); yearly and sub-yearly periods are not compared with each other",
  "unknown-period": {
    reason:
      'Period "{raw}" is not a year (2022), a CBS period (2022JJ00, 2022KW01, 2022MM03) or an ISO month (2022-03); kept as written',
    note: "Evaluations compare periods as written; write years as 2022.",
  },
  "invalid-json": "Cannot read the file as JSON: {detail}",
  "not-odata": "Expected an OData response with a `value` array of rows",
  "invalid-row": "value[{row}] is not an object",
  "missing-region": "value[{row}] has no region code (looked for {keys})",
  "missing-period": "value[{row}] has no Perioden and no period option is given",
  "unmapped-measure": "Measures without an indicator mapping were ignored: {measures}",
  "unit-mismatch": "{indicatorId} in {period}: members report different units ({units})",
} as const;
