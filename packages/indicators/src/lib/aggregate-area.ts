import {
  InvalidArgumentsError,
  type Locale,
  type Message,
  type Observation,
  type ObservationStatus,
} from "@verlicht/core";
import { areaLevelOf, cleanNumber, unitScale } from "./area-level-of.js";
import { prefix } from "./constants.js";
import { DEFAULT_CATALOGUE } from "./default-catalogue.js";
import { indicatorsMessages } from "./messages.js";
import type { Catalogue } from "./schemas.js";

/** The area to build: a code that is not a CBS region, a name, and the member areas' codes. */
export interface AggregateAreaSpec {
  /** Codes of the member areas (e.g. the wijken of Heerlen-Noord), or objects with a `code`. */
  members: ReadonlyArray<string | { code: string }>;
  /** The new area's code, e.g. `HLN-NOORD`. */
  code: string;
  /** The new area's name, e.g. `Heerlen-Noord`. */
  name?: string | undefined;
}

/** Options of {@link aggregateArea}. */
export interface AggregateAreaOptions {
  /** Catalogue that says per indicator how it aggregates (`ratio`, `sum`, `none`); default the shipped one. */
  catalogue?: Readonly<Catalogue> | undefined;
  /** What to do with a period in which a member is missing: `mark` (default) emits an observation with
   * `value: null, status: 'incomplete'`; `omit` leaves it out. Either way it is listed in `missing`. */
  incomplete?: "mark" | "omit" | undefined;
  /** Language of the messages (default English). */
  locale?: Locale | undefined;
}

/** Defaults of {@link aggregateArea}. */
export const DEFAULT_AGGREGATE_OPTIONS: Required<Omit<AggregateAreaOptions, "catalogue" | "locale">> = {
  incomplete: "mark",
};

/** Why an aggregate of one indicator and period could not be computed. */
export type MissingReason = "missing-member" | "not-aggregatable" | "unit-mismatch" | "zero-denominator";

/** One indicator and period of the aggregate that could not be computed. */
export interface MissingAggregate {
  indicatorId: string;
  period: string;
  /** The member codes without a usable observation (all members for `not-aggregatable`). */
  members: string[];
  reason: MissingReason;
}

/** Result of {@link aggregateArea}. */
export interface AggregateAreaResult {
  /** One observation per indicator and period seen among the members. */
  observations: Observation[];
  /** Indicator-periods that could not be computed, with the missing members. */
  missing: MissingAggregate[];
  /** Warnings (duplicate member observations, unit mismatches). */
  messages: Message[];
}

const COUNT_UNITS = new Set([
  "count",
  "aantal",
  "number",
  "n",
  "persons",
  "personen",
  "inwoners",
  "households",
  "huishoudens",
  "dwellings",
  "woningen",
  "pupils",
  "leerlingen",
]);

/**
 * Build an area that is not a CBS region (Heerlen-Noord = a set of wijken) from its members.
 *
 * Shares and rates are aggregated by **summing numerators and denominators** and dividing once
 * (`value = Σ numerator / Σ denominator × factor`, the factor from the unit: `%` → 100, `per 1000` →
 * 1000, else inferred from the members' own values), never by averaging the members' shares. Counts
 * (catalogue `aggregation: 'sum'`, or a count unit) are summed. Means and scores (`none`) cannot be
 * aggregated. A period in which any member lacks a usable observation is **not computed from the
 * members present**: it is marked `status: 'incomplete'` with `value: null` (or left out) and listed
 * in `missing` with the missing members. The status of a computed aggregate is the weakest of its
 * members' (`estimated` < `provisional` < `definitive`).
 *
 * @param observations Observations of (at least) the members.
 * @param area The area to build: `{members, code, name}`.
 * @param options See {@link AggregateAreaOptions}.
 * @returns `{observations, missing, messages}`.
 * @example
 * ```ts
 * const {observations, missing} = aggregateArea(obs, {code: "HLN-NOORD", name: "Heerlen-Noord", members: ["WK091701", "WK091702"]});
 * ```
 */
export function aggregateArea(
  observations: ReadonlyArray<Observation>,
  area: AggregateAreaSpec,
  options?: AggregateAreaOptions | null,
): AggregateAreaResult {
  if (!area || typeof area.code !== "string" || !area.code.trim() || !Array.isArray(area.members)) {
    throw new InvalidArgumentsError(
      `${prefix("aggregateArea")}expected {members: string[], code: string, name?}, got ${JSON.stringify(area)}`,
    );
  }
  const members = [...new Set(area.members.map((m) => (typeof m === "string" ? m : m.code).trim()))];
  if (members.length === 0)
    throw new InvalidArgumentsError(`${prefix("aggregateArea")}\`members\` is empty; name at least one area code`);
  const catalogue = options?.catalogue ?? DEFAULT_CATALOGUE;
  const mode = options?.incomplete ?? DEFAULT_AGGREGATE_OPTIONS.incomplete;
  const kinds = new Map(catalogue.indicators.map((i) => [i.id, i.aggregation]));
  const memberSet = new Set(members);
  const messages: Message[] = [];
  // indicator → period → member → observation (first one wins)
  const groups = new Map<string, Map<string, Map<string, Observation>>>();
  for (const o of observations) {
    const code = o.area.code.trim();
    if (!memberSet.has(code)) continue;
    let byPeriod = groups.get(o.indicatorId);
    if (!byPeriod) {
      byPeriod = new Map();
      groups.set(o.indicatorId, byPeriod);
    }
    let byMember = byPeriod.get(o.period);
    if (!byMember) {
      byMember = new Map();
      byPeriod.set(o.period, byMember);
    }
    if (byMember.has(code)) {
      messages.push(
        indicatorsMessages.create("duplicate-observation", {
          severity: "warning",
          params: { indicatorId: o.indicatorId, code, period: o.period },
          locale: options?.locale,
        }),
      );
      continue;
    }
    byMember.set(code, o);
  }
  const out: Observation[] = [];
  const missing: MissingAggregate[] = [];
  const level = areaLevelOf(area.code);
  const areaOut = area.name ? { code: area.code, level, name: area.name } : { code: area.code, level };
  for (const [indicatorId, byPeriod] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const [period, byMember] of [...byPeriod].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const present = members.map((m) => byMember.get(m)).filter((o): o is Observation => o !== undefined);
      const unit = present[0]!.unit;
      const fail = (reason: MissingReason, codes: string[]) => {
        missing.push({ indicatorId, period, members: codes, reason });
        if (mode === "mark")
          out.push({
            indicatorId,
            area: { ...areaOut },
            period,
            value: null,
            unit,
            status: "incomplete",
            source: sourceOf(present),
            numerator: null,
            denominator: null,
          });
      };
      if (present.some((o) => o.unit !== unit)) {
        messages.push(
          indicatorsMessages.create("unit-mismatch", {
            severity: "error",
            params: { indicatorId, period, units: [...new Set(present.map((o) => o.unit))].join(", ") },
            locale: options?.locale,
          }),
        );
        fail("unit-mismatch", members);
        continue;
      }
      const hasRatio = (o: Observation) => typeof o.numerator === "number" && typeof o.denominator === "number";
      const kind =
        kinds.get(indicatorId) ??
        (present.some(hasRatio) ? "ratio" : COUNT_UNITS.has(unit.trim().toLowerCase()) ? "sum" : "none");
      if (kind === "none" || (kind === "ratio" && !present.some(hasRatio))) {
        fail("not-aggregatable", members);
        continue;
      }
      const usable = (o: Observation | undefined): o is Observation =>
        o !== undefined &&
        o.status !== "missing" &&
        o.status !== "incomplete" &&
        (kind === "ratio" ? hasRatio(o) : typeof o.value === "number");
      const absent = members.filter((m) => !usable(byMember.get(m)));
      if (absent.length) {
        fail("missing-member", absent);
        continue;
      }
      const status = weakest(present.map((o) => o.status));
      if (kind === "sum") {
        const total = present.reduce((s, o) => s + (o.value as number), 0);
        out.push({
          indicatorId,
          area: { ...areaOut },
          period,
          value: cleanNumber(total),
          unit,
          status,
          source: sourceOf(present),
        });
        continue;
      }
      const numerator = present.reduce((s, o) => s + (o.numerator as number), 0);
      const denominator = present.reduce((s, o) => s + (o.denominator as number), 0);
      if (denominator === 0) {
        fail("zero-denominator", []);
        continue;
      }
      const scale = unitScale(unit) ?? inferScale(present);
      out.push({
        indicatorId,
        area: { ...areaOut },
        period,
        value: cleanNumber((numerator / denominator) * scale),
        unit,
        status,
        source: sourceOf(present),
        numerator,
        denominator,
      });
    }
  }
  return { observations: out, missing, messages };
}

/** The power of ten between the members' values and their numerator/denominator (1 when unknown). */
function inferScale(present: Observation[]): number {
  const ratios: number[] = [];
  for (const o of present) {
    if (typeof o.value === "number" && o.value !== 0 && o.numerator && o.denominator) {
      ratios.push(Math.round(Math.log10((o.value * o.denominator) / o.numerator)));
    }
  }
  if (ratios.length === 0) return 1;
  ratios.sort((a, b) => a - b);
  return 10 ** ratios[Math.floor(ratios.length / 2)]!;
}

function weakest(statuses: ObservationStatus[]): ObservationStatus {
  if (statuses.includes("estimated")) return "estimated";
  if (statuses.includes("provisional")) return "provisional";
  return "definitive";
}

function sourceOf(present: Observation[]): string {
  const sources = [...new Set(present.map((o) => o.source).filter(Boolean))];
  return sources.length ? `aggregate of ${sources.join("; ")}` : "aggregate";
}
