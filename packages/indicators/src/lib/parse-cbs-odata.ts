import type { Locale, Message, MessageParams, Observation, ParseResult } from "@verlicht/core";
import { areaLevelOf, cleanNumber, unitScale } from "./area-level-of.js";
import { createReferenceCheck, type ReferenceOptions } from "./check-references.js";
import { type IndicatorsRuleId, indicatorsMessages } from "./messages.js";

/** What one CBS measure (v4 measure code, or v3 column name without its numeric suffix) becomes. */
export interface CbsMeasureMapping {
  /** The indicator the measure feeds. */
  indicatorId: string;
  /** Whether the measure is the indicator's value, numerator or denominator (default `value`). */
  role?: "value" | "numerator" | "denominator" | undefined;
  /** The unit of the indicator's value (default: `count` for counts, else empty). */
  unit?: string | undefined;
}

/** Options of {@link parseCbsOdata}. */
export interface ParseCbsOdataOptions extends ReferenceOptions {
  /** Measure code or v3 column name (suffix `_5` optional) → indicator. Unmapped measures are ignored. */
  measures: Record<string, CbsMeasureMapping>;
  /** The table id, written into `source` (e.g. `85618NED`). */
  table?: string | undefined;
  /** The period for tables without a `Perioden` dimension (the Kerncijfers tables are one per year). */
  period?: string | undefined;
  /** The region dimension; by default the first of `WijkenEnBuurten`, `RegioS`, `Regio`, `Codering_3`. */
  regionKey?: string | undefined;
  /** The file name, for messages. */
  file?: string | undefined;
  /**
   * Area names by code (e.g. the `names` of `areas.json`). CBS data sets name the gemeente of every row
   * (`Gemeentenaam`), not the wijk, so a wijk or buurt gets its name from here or none at all.
   */
  names?: Readonly<Record<string, string>> | undefined;
  /** Language of the messages (default English). */
  locale?: Locale | undefined;
}

/** How CBS marks a suppressed or unknown cell in v3 data sets (`"."`, sometimes padded) and similar markers. */
const SUPPRESSED = new Set([".", "x", "-", "?", ""]);

const REGION_KEYS = ["WijkenEnBuurten", "RegioS", "Regio", "Regios", "Codering"];
const V4_STATUS_MISSING = new Set(["Impossible", "Confidential", "Missing", "NotAvailable", "Unknown"]);

interface Draft {
  indicatorId: string;
  code: string;
  name?: string;
  period: string;
  unit: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  provisional: boolean;
}

/**
 * Read a CBS StatLine OData JSON file into observations: a v3 `TypedDataSet` (`{value: [{ID,
 * WijkenEnBuurten: 'GM0917    ', Perioden: '2022JJ00', AantalInwoners_5: 86762, …}]}`, wide) or a v4
 * `Observations` file (`{value: [{Measure: 'T001036', Value: 86762, ValueAttribute: 'None',
 * WijkenEnBuurten: 'GM0917', Perioden: '2022JJ00'}]}`, long). Region codes are trimmed and their level
 * read from the prefix; periods `2022JJ00` become `2022`. Measures are mapped by code (v4) or by column
 * name with or without the per-year suffix (v3), so one mapping serves every year's table. A measure can
 * feed an indicator's numerator or denominator; the value is then derived when the unit gives its
 * factor. CBS's `null` and `"."` (suppressed) values become observations with `status: 'missing'`; a
 * string that is not a number (e.g. a decimal comma `"12,5"`) is an `invalid-number` warning and kept as
 * missing. A wijk's `area.name` comes from `names` (CBS rows carry the gemeente's name, which is used for
 * the gemeente only). Unknown indicator ids and areas are warnings (see `ReferenceOptions`); monthly and
 * quarterly periods (`2022MM03`, `2022KW01`) are read as `2022-03`, `2022-Q1` with an info message.
 * Never throws on bad input.
 *
 * @param text The JSON text of one response (or a file of concatenated pages' `value` arrays).
 * @param options See {@link ParseCbsOdataOptions}.
 * @returns Observations and messages.
 */
export function parseCbsOdata(text: string, options: ParseCbsOdataOptions): ParseResult<Observation[]> {
  const file = options.file;
  const messages: Message[] = [];
  const locale = options.locale;
  const push = (ruleId: IndicatorsRuleId, severity: Message["severity"], params: MessageParams = {}) =>
    messages.push(indicatorsMessages.create(ruleId, { severity, params, file, locale }));
  const refs = createReferenceCheck(options, messages, file, locale);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    push("invalid-json", "error", { detail: (error as Error).message });
    return { value: [], messages };
  }
  const rows = Array.isArray(json) ? json : (json as { value?: unknown })?.value;
  if (!Array.isArray(rows)) {
    push("not-odata", "error");
    return { value: [], messages };
  }
  const measures = new Map(Object.entries(options.measures ?? {}));
  const drafts = new Map<string, Draft>();
  const unmapped = new Set<string>();
  const source = `CBS${options.table ? ` ${options.table}` : ""}`;
  rows.forEach((row: unknown, i: number) => {
    if (!row || typeof row !== "object") {
      push("invalid-row", "error", { row: i });
      return;
    }
    const record = row as Record<string, unknown>;
    const regionKey = options.regionKey ?? Object.keys(record).find((k) => REGION_KEYS.includes(stripSuffix(k)));
    const rawCode = regionKey ? record[regionKey] : undefined;
    if (typeof rawCode !== "string" || !rawCode.trim()) {
      push("missing-region", "error", { row: i, keys: REGION_KEYS.join(", ") });
      return;
    }
    const code = rawCode.trim();
    const rawPeriod = record["Perioden"] ?? options.period;
    if (typeof rawPeriod !== "string" || !rawPeriod.trim()) {
      push("missing-period", "error", { row: i });
      return;
    }
    const period = refs.period(rawPeriod, undefined);
    const level = areaLevelOf(code);
    refs.area(code, level, undefined);
    const nameKey = Object.keys(record).find((k) => /^(Gemeentenaam|WijkenEnBuurtenNaam|Naam)/.test(k));
    const name = nameOf(code, level, record, nameKey, options.names);
    const add = (measure: string, raw: unknown, attribute?: unknown) => {
      const mapping = measures.get(measure) ?? measures.get(stripSuffix(measure));
      if (!mapping) {
        unmapped.add(measure);
        return;
      }
      refs.indicator(mapping.indicatorId, undefined);
      const suppressed = typeof raw === "string" && SUPPRESSED.has(raw.trim().toLowerCase());
      const missing =
        raw === null ||
        raw === undefined ||
        suppressed ||
        (typeof attribute === "string" && V4_STATUS_MISSING.has(attribute));
      if (!missing && typeof raw !== "number") {
        const comma = typeof raw === "string" && /^\s*[+-]?\d+,\d+\s*$/.test(raw);
        push(comma ? "decimal-comma" : "invalid-number", comma ? "warning" : "error", {
          raw: JSON.stringify(raw),
          column: `value[${i}].${measure}`,
        });
      }
      const n = typeof raw === "number" && !missing ? raw : null;
      const key = `${mapping.indicatorId}\u0000${code}\u0000${period}`;
      let draft = drafts.get(key);
      if (!draft) {
        draft = { indicatorId: mapping.indicatorId, code, period, unit: mapping.unit ?? "", provisional: false };
        if (name) draft.name = name;
        drafts.set(key, draft);
      }
      if (mapping.unit && !draft.unit) draft.unit = mapping.unit;
      if (attribute === "Provisional" || /\*$/.test(String(record["Perioden"] ?? ""))) draft.provisional = true;
      draft[mapping.role ?? "value"] = n;
    };
    if (typeof record["Measure"] === "string" && "Value" in record) {
      add(record["Measure"].trim(), record["Value"], record["ValueAttribute"]);
    } else {
      for (const [k, v] of Object.entries(record)) {
        if (k === regionKey || k === "ID" || k === "Perioden" || k === nameKey) continue;
        // Text columns (names, codes) are not measures, but a mapped measure holding text is read:
        // CBS v3 writes a suppressed value as "." in a numeric column.
        if (typeof v === "string" && !measures.has(k) && !measures.has(stripSuffix(k))) continue;
        add(k, v);
      }
    }
  });
  if (unmapped.size) {
    push("unmapped-measure", "info", {
      measures: `${[...unmapped].slice(0, 12).join(", ")}${unmapped.size > 12 ? ", …" : ""}`,
    });
  }
  const value: Observation[] = [];
  for (const d of drafts.values()) {
    let v = d.value ?? null;
    if (d.value === undefined && d.numerator != null && d.denominator != null && d.denominator !== 0) {
      const scale = unitScale(d.unit);
      if (scale !== undefined) v = cleanNumber((d.numerator / d.denominator) * scale);
    }
    const o: Observation = {
      indicatorId: d.indicatorId,
      area: { code: d.code, level: areaLevelOf(d.code) },
      period: d.period,
      value: v,
      unit: d.unit,
      status: v === null ? "missing" : d.provisional ? "provisional" : "definitive",
      source,
    };
    if (d.name) o.area.name = d.name;
    if (d.numerator !== undefined) o.numerator = d.numerator;
    if (d.denominator !== undefined) o.denominator = d.denominator;
    value.push(o);
  }
  return { value, messages };
}

function stripSuffix(name: string): string {
  return name.replace(/_\d+$/, "");
}

/** The name of an area: from `names`, else the row's gemeente name for a gemeente only (never for a wijk). */
function nameOf(
  code: string,
  level: ReturnType<typeof areaLevelOf>,
  record: Record<string, unknown>,
  nameKey: string | undefined,
  names: Readonly<Record<string, string>> | undefined,
): string | undefined {
  const given = names?.[code];
  if (given) return given;
  if (!nameKey || typeof record[nameKey] !== "string") return undefined;
  const text = (record[nameKey] as string).trim();
  if (!text) return undefined;
  // `Gemeentenaam_1` of the Kerncijfers tables is the gemeente of every row, wijken and buurten included.
  if (/^Gemeentenaam/.test(nameKey) && level !== "GM") return undefined;
  return text;
}
