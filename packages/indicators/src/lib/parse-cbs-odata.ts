import { createMessage, type Message, type Observation, type ParseResult } from "@verlicht/core";
import { areaLevelOf, normalisePeriod, unitScale } from "./area-level-of.js";
import { SOURCE } from "./constants.js";

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
export interface ParseCbsOdataOptions {
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
}

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
 * factor. CBS's `null` (suppressed) values become `status: 'missing'`. Never throws on bad input.
 *
 * @param text The JSON text of one response (or a file of concatenated pages' `value` arrays).
 * @param options See {@link ParseCbsOdataOptions}.
 * @returns Observations and messages.
 */
export function parseCbsOdata(text: string, options: ParseCbsOdataOptions): ParseResult<Observation[]> {
  const file = options.file;
  const messages: Message[] = [];
  const push = (ruleId: string, severity: Message["severity"], reason: string) =>
    messages.push(createMessage({ ruleId, source: SOURCE, severity, reason, file }));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    push("invalid-json", "error", `Cannot read the file as JSON: ${(error as Error).message}`);
    return { value: [], messages };
  }
  const rows = Array.isArray(json) ? json : (json as { value?: unknown })?.value;
  if (!Array.isArray(rows)) {
    push("not-odata", "error", "Expected an OData response with a `value` array of rows");
    return { value: [], messages };
  }
  const measures = new Map(Object.entries(options.measures));
  const drafts = new Map<string, Draft>();
  const unmapped = new Set<string>();
  const source = `CBS${options.table ? ` ${options.table}` : ""}`;
  rows.forEach((row: unknown, i: number) => {
    if (!row || typeof row !== "object") {
      push("invalid-row", "error", `value[${i}] is not an object`);
      return;
    }
    const record = row as Record<string, unknown>;
    const regionKey = options.regionKey ?? Object.keys(record).find((k) => REGION_KEYS.includes(stripSuffix(k)));
    const rawCode = regionKey ? record[regionKey] : undefined;
    if (typeof rawCode !== "string" || !rawCode.trim()) {
      push("missing-region", "error", `value[${i}] has no region code (looked for ${REGION_KEYS.join(", ")})`);
      return;
    }
    const code = rawCode.trim();
    const rawPeriod = record["Perioden"] ?? options.period;
    if (typeof rawPeriod !== "string" || !rawPeriod.trim()) {
      push("missing-period", "error", `value[${i}] has no Perioden and no period option is given`);
      return;
    }
    const period = normalisePeriod(rawPeriod);
    const nameKey = Object.keys(record).find((k) => /^(Gemeentenaam|WijkenEnBuurtenNaam|Naam)/.test(k));
    const name = nameKey && typeof record[nameKey] === "string" ? (record[nameKey] as string).trim() : undefined;
    const add = (measure: string, raw: unknown, attribute?: unknown) => {
      const mapping = measures.get(measure) ?? measures.get(stripSuffix(measure));
      if (!mapping) {
        unmapped.add(measure);
        return;
      }
      const missing =
        raw === null || raw === undefined || (typeof attribute === "string" && V4_STATUS_MISSING.has(attribute));
      if (!missing && typeof raw !== "number") {
        push(
          "invalid-number",
          "error",
          `value[${i}].${measure} is ${JSON.stringify(raw)}, not a number; kept as missing`,
        );
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
        if (typeof v === "string") continue;
        add(k, v);
      }
    }
  });
  if (unmapped.size) {
    push(
      "unmapped-measure",
      "info",
      `Measures without an indicator mapping were ignored: ${[...unmapped].slice(0, 12).join(", ")}${unmapped.size > 12 ? ", …" : ""}`,
    );
  }
  const value: Observation[] = [];
  for (const d of drafts.values()) {
    let v = d.value ?? null;
    if (d.value === undefined && d.numerator != null && d.denominator != null && d.denominator !== 0) {
      const scale = unitScale(d.unit);
      if (scale !== undefined) v = (d.numerator / d.denominator) * scale;
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
