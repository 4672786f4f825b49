import type { CsvDelimiter } from "@verlicht/core";
import {
  AREA_LEVELS,
  type AreaLevel,
  type Locale,
  type Message,
  type MessageParams,
  OBSERVATION_STATUSES,
  type Observation,
  type ObservationStatus,
  type ParseResult,
  type Position,
} from "@verlicht/core";
import { areaLevelOf, cleanNumber, unitScale } from "./area-level-of.js";
import { createReferenceCheck, type ReferenceCheck, type ReferenceOptions } from "./check-references.js";
import { type CsvRow, detectDelimiter, forEachCsvRow, normaliseHeader } from "./csv.js";
import { type IndicatorsRuleId, indicatorsMessages } from "./messages.js";

/** Options of {@link parseObservationsCsv}. */
export interface ParseObservationsCsvOptions extends ReferenceOptions {
  /** The file name, for messages. */
  file?: string | undefined;
  /** Force a delimiter (`,`, `;` or tab); detected from the header line by default. */
  delimiter?: string | undefined;
  /** The decimal separator; by default `,` when the delimiter is `;` (Dutch spreadsheets), else `.`. */
  decimal?: "." | "," | undefined;
  /** Source written into observations whose row has none. */
  defaultSource?: string | undefined;
  /** Language of the messages (default English). */
  locale?: Locale | undefined;
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
 * `teller`, `noemer`). `;`-separated files with decimal commas are read too. Indicator ids outside the
 * catalogue and area codes that are not known (see `ReferenceOptions`) are `unknown-indicator` /
 * `unknown-area` warnings at their first line; the rows are kept.
 *
 * Missing cells (empty, `.`, `-`, `NA`) give `value: null` and `status: 'missing'`. A value that is
 * not a number is reported (`invalid-number`, warning) and kept as missing, never guessed. The level is
 * taken from the code prefix when the column is absent; periods `2022JJ00` become `2022`, `2022MM03`
 * `2022-03` (`monthly-period`, info) and unknown period forms are kept with an `unknown-period` warning. When the
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
  const messages: Message[] = [];
  const locale = options?.locale;
  const message: Reporter = (ruleId, severity, params, place) =>
    messages.push(indicatorsMessages.create(ruleId, { severity, params, place, file, locale }));
  const refs = createReferenceCheck(options, messages, file, locale);
  const value: Observation[] = [];
  let header: CsvRow | undefined;
  let ctx: RowContext | undefined;
  let unusable = false;
  const delimiter = options?.delimiter as CsvDelimiter | undefined;
  const table = forEachCsvRow(text, { delimiter }, (row) => {
    if (unusable) return;
    if (!header) {
      header = row;
      ctx = readHeader(row, options?.delimiter ?? detectDelimiter(text), options, message, refs);
      if (!ctx) unusable = true;
      return;
    }
    const observation = readRow(row, ctx!);
    if (observation) value.push(observation);
  });
  for (const place of table.unclosedQuotes) message("unclosed-quote", "error", {}, place);
  if (!header) message("empty-file", "error", {});
  return { value: unusable ? [] : value, messages };
}

function readHeader(
  header: CsvRow,
  delimiter: string,
  options: ParseObservationsCsvOptions | null | undefined,
  message: Reporter,
  refs: ReferenceCheck,
): RowContext | undefined {
  const decimal = options?.decimal ?? (delimiter === ";" ? "," : ".");
  const index = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const column = ALIASES[normaliseHeader(cell.text)];
    if (!column) {
      message("unknown-column", "info", { column: cell.text }, cell.position);
    } else if (index.has(column)) {
      message("duplicate-column", "error", { column: cell.text }, cell.position);
    } else index.set(column, i);
  });
  const required: Column[] = ["indicatorId", "areaCode", "period"];
  const absent = required.filter((c) => !index.has(c));
  if (!index.has("value") && !(index.has("numerator") && index.has("denominator"))) absent.push("value");
  if (absent.length) {
    message("missing-column", "error", { columns: absent.join(", ") }, header.cells[0]?.position);
    return undefined;
  }
  const col = (c: Column) => index.get(c) ?? -1;
  return {
    cols: Object.fromEntries(OBSERVATION_CSV_COLUMNS.map((c) => [c, col(c)])) as Record<Column, number>,
    width: header.cells.length,
    decimal,
    defaultSource: options?.defaultSource ?? "",
    message,
    refs,
    seen: new Set<string>(),
  };
}

type Reporter = (
  ruleId: IndicatorsRuleId,
  severity: Message["severity"],
  params: MessageParams,
  place?: Position,
) => void;

interface RowContext {
  cols: Record<Column, number>;
  width: number;
  decimal: "." | ",";
  defaultSource: string;
  message: Reporter;
  refs: ReferenceCheck;
  seen: Set<string>;
}

function textAt(row: CsvRow, i: number): string {
  return i === -1 ? "" : (row.cells[i]?.text.trim() ?? "");
}

/** A number, `null` for a missing cell, `undefined` for text that is not a number (reported). */
function numberAt(row: CsvRow, column: Column, ctx: RowContext): number | null | undefined {
  const i = ctx.cols[column];
  const raw = textAt(row, i);
  if (MISSING.has(raw.toLowerCase())) return null;
  const n = toNumber(raw, ctx.decimal);
  if (n === undefined) {
    // A decimal comma where the file uses decimal points is ambiguous (12,5 or 12 thousand): kept as
    // missing with a warning; any other text is an error (the CLI stops on it).
    const comma = ctx.decimal === "." && /^[+-]?\d+,\d+$/.test(raw);
    ctx.message(
      comma ? "decimal-comma" : "invalid-number",
      comma ? "warning" : "error",
      { raw, column: `column ${column}` },
      row.cells[i]?.position,
    );
  }
  return n;
}

function readRow(row: CsvRow, ctx: RowContext): Observation | undefined {
  const { cols, message } = ctx;
  const first = row.cells[0]!;
  if (row.cells.length !== ctx.width) {
    message("ragged-row", "warning", { line: row.line, cells: row.cells.length, width: ctx.width }, first.position);
  }
  const indicatorId = textAt(row, cols.indicatorId);
  const code = textAt(row, cols.areaCode);
  const rawPeriod = textAt(row, cols.period);
  if (!indicatorId || !code || !rawPeriod) {
    message("incomplete-row", "error", { line: row.line }, first.position);
    return undefined;
  }
  const v = cols.value === -1 ? null : numberAt(row, "value", ctx);
  const num = cols.numerator === -1 ? undefined : (numberAt(row, "numerator", ctx) ?? null);
  const den = cols.denominator === -1 ? undefined : (numberAt(row, "denominator", ctx) ?? null);
  const unit = textAt(row, cols.unit);
  let obsValue = v ?? null;
  if (v === null && num != null && den != null && den !== 0) {
    const scale = unitScale(unit);
    if (scale !== undefined) {
      obsValue = cleanNumber((num / den) * scale);
      message("value-derived", "info", { line: row.line }, first.position);
    }
  }
  let level: AreaLevel = areaLevelOf(code);
  const levelText = textAt(row, cols.areaLevel).toUpperCase();
  if (levelText) {
    if ((AREA_LEVELS as readonly string[]).includes(levelText)) level = levelText as AreaLevel;
    else message("invalid-level", "warning", { level: levelText, used: level }, row.cells[cols.areaLevel]?.position);
  }
  let status: ObservationStatus = obsValue === null ? "missing" : "definitive";
  const statusText = textAt(row, cols.status).toLowerCase();
  if (statusText) {
    if ((OBSERVATION_STATUSES as readonly string[]).includes(statusText)) status = statusText as ObservationStatus;
    else message("invalid-status", "warning", { status: statusText, used: status }, row.cells[cols.status]?.position);
  }
  if (obsValue === null && status !== "missing" && status !== "incomplete") {
    message("missing-value", "warning", { line: row.line, status }, first.position);
    status = "missing";
  }
  ctx.refs.indicator(indicatorId, row.cells[cols.indicatorId]?.position);
  ctx.refs.area(code, level, row.cells[cols.areaCode]?.position);
  const period = ctx.refs.period(rawPeriod, row.cells[cols.period]?.position);
  const key = `${indicatorId}\u0000${code}\u0000${period}`;
  if (ctx.seen.has(key)) {
    message("duplicate-observation", "warning", { indicatorId, code, period }, first.position);
  }
  ctx.seen.add(key);
  const name = textAt(row, cols.areaName);
  const observation: Observation = {
    indicatorId,
    area: name ? { code, level, name } : { code, level },
    period,
    value: obsValue,
    unit,
    status,
    source: textAt(row, cols.source) || ctx.defaultSource,
  };
  if (num !== undefined) observation.numerator = num;
  if (den !== undefined) observation.denominator = den;
  return observation;
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
