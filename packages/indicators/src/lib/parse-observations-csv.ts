import {
  AREA_LEVELS,
  type AreaLevel,
  createMessage,
  type Message,
  OBSERVATION_STATUSES,
  type Observation,
  type ObservationStatus,
  type ParseResult,
  type Position,
} from "@verlicht/core";
import { areaLevelOf, normalisePeriod, unitScale } from "./area-level-of.js";
import { SOURCE } from "./constants.js";
import { type CsvCell, normaliseHeader, readCsv } from "./csv.js";

/** Options of {@link parseObservationsCsv}. */
export interface ParseObservationsCsvOptions {
  /** The file name, for messages. */
  file?: string | undefined;
  /** Force a delimiter (`,`, `;` or tab); detected from the header line by default. */
  delimiter?: string | undefined;
  /** The decimal separator; by default `,` when the delimiter is `;` (Dutch spreadsheets), else `.`. */
  decimal?: "." | "," | undefined;
  /** Source written into observations whose row has none. */
  defaultSource?: string | undefined;
}

/** Columns of the tidy observation CSV, in the order {@link toObservationsCsv} writes them. */
export const OBSERVATION_CSV_COLUMNS = [
  "indicatorId",
  "areaCode",
  "areaLevel",
  "areaName",
  "period",
  "value",
  "unit",
  "status",
  "source",
  "numerator",
  "denominator",
] as const;

type Column = (typeof OBSERVATION_CSV_COLUMNS)[number];

const ALIASES: Record<string, Column> = {};
for (const [column, names] of Object.entries({
  indicatorId: ["indicatorid", "indicator", "measure", "indicatorcode"],
  areaCode: [
    "areacode",
    "area",
    "regioncode",
    "region",
    "regio",
    "regiocode",
    "refarea",
    "code",
    "gebied",
    "gebiedscode",
  ],
  areaLevel: ["arealevel", "level", "regionlevel", "niveau"],
  areaName: ["areaname", "name", "regionname", "naam", "gebiedsnaam"],
  period: ["period", "year", "timeperiod", "periode", "jaar", "perioden"],
  value: ["value", "obsvalue", "waarde"],
  unit: ["unit", "unitmeasure", "eenheid"],
  status: ["status", "obsstatus"],
  source: ["source", "bron"],
  numerator: ["numerator", "teller"],
  denominator: ["denominator", "noemer"],
} as Record<Column, string[]>)) {
  for (const name of names) ALIASES[name] = column as Column;
}

/** Cells that mean "no value": empty, CBS's `.` (suppressed/unknown), `-`, `NA`, `NaN`, `null`, `x`. */
const MISSING = new Set(["", ".", "-", "na", "n/a", "nan", "null", "x", "?"]);

/**
 * Read a tidy observation CSV: one observation per row with the columns `indicatorId, areaCode,
 * areaLevel, areaName, period, value, unit, status, source, numerator, denominator` (header names are
 * matched case-insensitively, with Dutch and SDMX aliases such as `regio`, `jaar`, `OBS_VALUE`,
 * `teller`, `noemer`). `;`-separated files with decimal commas are read too.
 *
 * Missing cells (empty, `.`, `-`, `NA`) give `value: null` and `status: 'missing'`. A value that is
 * not a number is reported (`invalid-number`, error) and kept as missing, never guessed. The level is
 * taken from the code prefix when the column is absent; periods `2022JJ00` become `2022`. When the
 * value is empty but numerator and denominator are present and the unit says its factor (`%`,
 * `per 1000`), the value is derived and an `info` message says so.
 *
 * @param text The CSV text.
 * @param options See {@link ParseObservationsCsvOptions}.
 * @returns Observations (core `ObservationSchema`) and messages with positions.
 */
export function parseObservationsCsv(
  text: string,
  options?: ParseObservationsCsvOptions | null,
): ParseResult<Observation[]> {
  const file = options?.file;
  const table = readCsv(text, options?.delimiter);
  const messages: Message[] = [];
  const message = (ruleId: string, severity: Message["severity"], reason: string, place?: Position) =>
    messages.push(createMessage({ ruleId, source: SOURCE, severity, reason, place, file }));
  for (const place of table.unclosedQuotes) message("unclosed-quote", "error", "A quoted cell is never closed", place);
  const [header, ...rows] = table.rows;
  if (!header) {
    message("empty-file", "error", "The file holds no header line and no observations");
    return { value: [], messages };
  }
  const decimal = options?.decimal ?? (table.delimiter === ";" ? "," : ".");
  const index = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const column = ALIASES[normaliseHeader(cell.text)];
    if (!column) {
      message(
        "unknown-column",
        "info",
        `Column "${cell.text}" is not an observation column and is ignored`,
        cell.position,
      );
    } else if (index.has(column)) {
      message("duplicate-column", "error", `Column "${cell.text}" occurs twice; the first one is used`, cell.position);
    } else index.set(column, i);
  });
  const required: Column[] = ["indicatorId", "areaCode", "period"];
  const absent = required.filter((c) => !index.has(c));
  if (!index.has("value") && !(index.has("numerator") && index.has("denominator"))) absent.push("value");
  if (absent.length) {
    message(
      "missing-column",
      "error",
      `The header lacks the required column(s) ${absent.join(", ")}`,
      header.cells[0]?.position,
    );
    return { value: [], messages };
  }
  const value: Observation[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const cell = (c: Column): CsvCell | undefined => {
      const i = index.get(c);
      return i === undefined ? undefined : row.cells[i];
    };
    const text = (c: Column) => cell(c)?.text.trim() ?? "";
    const rowPlace = row.cells[0]!.position;
    if (row.cells.length !== header.cells.length) {
      message(
        "ragged-row",
        "warning",
        `Line ${row.line} has ${row.cells.length} cells where the header has ${header.cells.length}`,
        rowPlace,
      );
    }
    const indicatorId = text("indicatorId");
    const code = text("areaCode");
    const rawPeriod = text("period");
    if (!indicatorId || !code || !rawPeriod) {
      message(
        "incomplete-row",
        "error",
        `Line ${row.line} lacks an indicator id, area code or period and is left out`,
        rowPlace,
      );
      continue;
    }
    const number = (c: Column): { n: number | null; bad: boolean } => {
      const raw = text(c);
      if (MISSING.has(raw.toLowerCase())) return { n: null, bad: false };
      const n = toNumber(raw, decimal);
      if (n === undefined) {
        message(
          "invalid-number",
          "error",
          `"${raw}" in column ${c} is not a number; kept as missing`,
          cell(c)?.position,
        );
        return { n: null, bad: true };
      }
      return { n, bad: false };
    };
    const v = number("value");
    const num = index.has("numerator") ? number("numerator") : undefined;
    const den = index.has("denominator") ? number("denominator") : undefined;
    const unit = text("unit");
    let obsValue = v.n;
    if (obsValue === null && !v.bad && num?.n != null && den?.n != null && den.n !== 0) {
      const scale = unitScale(unit);
      if (scale !== undefined) {
        obsValue = (num.n / den.n) * scale;
        message(
          "value-derived",
          "info",
          `The value on line ${row.line} is derived from numerator and denominator`,
          rowPlace,
        );
      }
    }
    let level: AreaLevel = areaLevelOf(code);
    const levelText = text("areaLevel").toUpperCase();
    if (levelText) {
      if ((AREA_LEVELS as readonly string[]).includes(levelText)) level = levelText as AreaLevel;
      else {
        message(
          "invalid-level",
          "warning",
          `Area level "${levelText}" is unknown; "${level}" is used`,
          cell("areaLevel")?.position,
        );
      }
    }
    let status: ObservationStatus = obsValue === null ? "missing" : "definitive";
    const statusText = text("status").toLowerCase();
    if (statusText) {
      if ((OBSERVATION_STATUSES as readonly string[]).includes(statusText)) status = statusText as ObservationStatus;
      else {
        message(
          "invalid-status",
          "warning",
          `Status "${statusText}" is unknown; "${status}" is used`,
          cell("status")?.position,
        );
      }
    }
    if (obsValue === null && status !== "missing" && status !== "incomplete") {
      message(
        "missing-value",
        "warning",
        `Line ${row.line} has no value but status "${status}"; "missing" is used`,
        rowPlace,
      );
      status = "missing";
    }
    const period = normalisePeriod(rawPeriod);
    const key = `${indicatorId}\u0000${code}\u0000${period}`;
    if (seen.has(key)) {
      message(
        "duplicate-observation",
        "warning",
        `Line ${row.line} repeats ${indicatorId} for ${code} in ${period}; both are kept, later steps use the first`,
        rowPlace,
      );
    }
    seen.add(key);
    const observation: Observation = {
      indicatorId,
      area: { code, level },
      period,
      value: obsValue,
      unit,
      status,
      source: text("source") || options?.defaultSource || "",
    };
    const name = text("areaName");
    if (name) observation.area.name = name;
    if (num) observation.numerator = num.n;
    if (den) observation.denominator = den.n;
    value.push(observation);
  }
  return { value, messages };
}

/** Parse a number with `.` or `,` as decimal separator; thousands separators are not accepted. */
function toNumber(raw: string, decimal: "." | ","): number | undefined {
  let s = raw.replace(/\s+/g, "");
  if (decimal === ",") {
    if (s.includes(".") && s.includes(",")) return undefined;
    s = s.replace(",", ".");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}
