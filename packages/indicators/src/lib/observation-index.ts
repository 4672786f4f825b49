import type { Observation } from "@verlicht/core";
import { normalisePeriod } from "./area-level-of.js";

/** Look up usable values by indicator, area and period. Internal helper. */
export interface ObservationIndex {
  /** The usable value (not missing/incomplete), or `null`. */
  value(indicatorId: string, area: string, period: string): number | null;
  /** Periods with any observation of the indicator in one of the areas, sorted. */
  periods(indicatorId: string, areas: ReadonlyArray<string>): string[];
}

/** Build an {@link ObservationIndex}; the first observation of a key wins. */
export function indexObservations(observations: ReadonlyArray<Observation>): ObservationIndex {
  const map = new Map<string, Observation>();
  const periods = new Map<string, Set<string>>();
  for (const o of observations) {
    const code = o.area.code.trim();
    const period = normalisePeriod(String(o.period));
    const key = `${o.indicatorId}\u0000${code}\u0000${period}`;
    if (!map.has(key)) map.set(key, o);
    const pk = `${o.indicatorId}\u0000${code}`;
    let set = periods.get(pk);
    if (!set) {
      set = new Set();
      periods.set(pk, set);
    }
    set.add(period);
  }
  return {
    value(indicatorId, area, period) {
      const o = map.get(`${indicatorId}\u0000${area}\u0000${period}`);
      if (
        !o ||
        o.status === "missing" ||
        o.status === "incomplete" ||
        typeof o.value !== "number" ||
        !Number.isFinite(o.value)
      )
        return null;
      return o.value;
    },
    periods(indicatorId, areas) {
      const all = new Set<string>();
      for (const a of areas) for (const p of periods.get(`${indicatorId}\u0000${a}`) ?? []) all.add(p);
      return [...all].sort();
    },
  };
}

/** A period option (a string or a year number), normalised like observation periods. */
export function periodOption(period: string | number | undefined | null): string | undefined {
  return period === undefined || period === null ? undefined : normalisePeriod(String(period));
}

/** The code of an area given as a string or `{code}`. */
export function areaCode(area: string | { code: string } | undefined): string | undefined {
  if (area === undefined) return undefined;
  return (typeof area === "string" ? area : area.code).trim();
}
