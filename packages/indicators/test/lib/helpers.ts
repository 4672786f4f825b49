// Small builders for FICTIONAL observations used across the tests.
import { type Observation, ObservationSchema } from "@verlicht/core";

/** A share observation (value in %, with numerator and denominator). */
export function share(
  indicatorId: string,
  code: string,
  period: string,
  numerator: number | null,
  denominator: number | null,
  extra: Partial<Observation> = {},
): Observation {
  const value = numerator === null || denominator === null ? null : (numerator / denominator) * 100;
  return ObservationSchema.parse({
    indicatorId,
    area: {
      code,
      level: code.startsWith("WK") ? "WK" : code.startsWith("GM") ? "GM" : code.startsWith("NL") ? "NL" : "CUSTOM",
    },
    period,
    value,
    unit: "%",
    status: value === null ? "missing" : "definitive",
    source: "fictional",
    numerator,
    denominator,
    ...extra,
  });
}

/** A plain value observation. */
export function obs(indicatorId: string, code: string, period: string, value: number | null, unit = "%"): Observation {
  return ObservationSchema.parse({
    indicatorId,
    area: { code, level: code.startsWith("WK") ? "WK" : code.startsWith("NL") ? "NL" : "CUSTOM" },
    period,
    value,
    unit,
    status: value === null ? "missing" : "definitive",
    source: "fictional",
  });
}

/** A series of plain observations for consecutive years from 2018. */
export function series(indicatorId: string, code: string, values: Array<number | null>, unit = "%"): Observation[] {
  return values.map((v, i) => obs(indicatorId, code, String(2018 + i), v, unit));
}
