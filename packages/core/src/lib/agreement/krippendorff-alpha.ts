import { errorPrefix, InvalidArgumentsError } from "../errors.js";
import { type AgreementResult, defined, undefinedResult } from "./agreement-result.js";

/** Measurement level of Krippendorff's alpha; it chooses the difference function δ². */
export type AlphaLevel = "nominal" | "ordinal" | "interval" | "ratio";

/** One value in a unit: a category or number, `null`/`undefined` when that coder did not code the unit. */
export type AlphaValue = string | number | boolean | null | undefined;

/** Options of {@link krippendorffAlpha}. */
export interface KrippendorffAlphaOptions {
  /** Measurement level (default `"nominal"`). `interval` and `ratio` need numbers; ratio needs numbers ≥ 0. */
  level?: AlphaLevel | undefined;
  /**
   * For `ordinal` data with non-numeric labels: the labels from lowest to highest. Numbers are
   * ordered numerically without it.
   */
  order?: ReadonlyArray<string | number | boolean> | null | undefined;
}

/** Defaults of {@link krippendorffAlpha}. */
export const DEFAULT_KRIPPENDORFF_ALPHA_OPTIONS: Readonly<{ level: AlphaLevel; order: null }> = Object.freeze({
  level: "nominal",
  order: null,
});

type Present = Exclude<AlphaValue, null | undefined>;
const LEVELS: ReadonlyArray<AlphaLevel> = ["nominal", "ordinal", "interval", "ratio"];
const prefix = errorPrefix("core", "krippendorffAlpha");
const isMissing = (v: AlphaValue): v is null | undefined =>
  v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));

/** Sorted distinct values of the pairable units and, per unit, its value counts. */
function collect(
  units: ReadonlyArray<ReadonlyArray<AlphaValue>>,
  level: AlphaLevel,
  order: ReadonlyArray<Present> | null,
) {
  const values: Present[] = [];
  const seen = new Set<Present>();
  const pairable: Array<Map<Present, number>> = [];
  for (const unit of units) {
    if (!Array.isArray(unit)) {
      throw new InvalidArgumentsError(`${prefix}expected each unit to be an array of values, got ${typeof unit}`);
    }
    const counts = new Map<Present, number>();
    let m = 0;
    for (const v of unit as ReadonlyArray<AlphaValue>) {
      if (isMissing(v)) continue;
      if (level !== "nominal" && order === null && (typeof v !== "number" || !Number.isFinite(v))) {
        throw new InvalidArgumentsError(
          `${prefix}the ${level} level needs finite numbers, got ${JSON.stringify(v)}; pass \`order\` for ordinal labels`,
        );
      }
      if (order !== null && !order.includes(v)) {
        throw new InvalidArgumentsError(`${prefix}value ${JSON.stringify(v)} is not in \`order\``);
      }
      if (level === "ratio" && (v as number) < 0) {
        throw new InvalidArgumentsError(`${prefix}the ratio level needs values ≥ 0, got ${String(v)}`);
      }
      counts.set(v, (counts.get(v) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue; // a unit coded once cannot show (dis)agreement
    pairable.push(counts);
    for (const v of counts.keys()) {
      if (!seen.has(v)) {
        seen.add(v);
        values.push(v);
      }
    }
  }
  if (order !== null) values.sort((x, y) => order.indexOf(x) - order.indexOf(y));
  else if (level !== "nominal") values.sort((x, y) => (x as number) - (y as number));
  return { values, pairable };
}

/** δ²(c, k) for every pair of value indices, given the value marginals `nc`. */
function differences(level: AlphaLevel, values: ReadonlyArray<Present>, nc: ReadonlyArray<number>): number[][] {
  const v = values.length;
  const d = Array.from({ length: v }, () => new Array<number>(v).fill(0));
  for (let c = 0; c < v; c++) {
    for (let k = c + 1; k < v; k++) {
      let delta: number;
      if (level === "nominal") delta = 1;
      else if (level === "ordinal") {
        let sum = 0;
        for (let g = c; g <= k; g++) sum += nc[g] as number;
        delta = (sum - ((nc[c] as number) + (nc[k] as number)) / 2) ** 2;
      } else {
        const x = values[c] as number;
        const y = values[k] as number;
        delta = level === "interval" ? (x - y) ** 2 : x + y === 0 ? 0 : ((x - y) / (x + y)) ** 2;
      }
      (d[c] as number[])[k] = delta;
      (d[k] as number[])[c] = delta;
    }
  }
  return d;
}

/**
 * Krippendorff's alpha, `α = 1 − D_o / D_e`, computed from the coincidence matrix (Krippendorff 2011,
 * "Computing Krippendorff's alpha-reliability"). It takes any number of coders, missing values and
 * four measurement levels. Each unit with `m ≥ 2` values adds `1/(m − 1)` per ordered pair of its values;
 * units with fewer than two values are left out. `D_e` uses the `n − 1` small-sample correction.
 *
 * Undefined (`NaN`) when no unit has two values (`reason: "no-pairable-values"`) or when only one
 * value occurs, so no disagreement is expected (`reason: "no-expected-disagreement"`).
 *
 * @param units One array per unit (record) with the value each coder gave, `null` where a coder gave none.
 * @param options `level`: `"nominal"` (default), `"ordinal"`, `"interval"` or `"ratio"`; `order` for ordinal labels.
 * @returns `{value, reason, n}` with `n` the number of pairable units.
 * @example
 * ```ts
 * krippendorffAlpha([[1, 1], [2, 2], [1, 2]], { level: "nominal" }).value;
 * ```
 */
export function krippendorffAlpha(
  units: ReadonlyArray<ReadonlyArray<AlphaValue>>,
  options?: KrippendorffAlphaOptions | null | undefined,
): AgreementResult {
  if (!Array.isArray(units)) {
    throw new InvalidArgumentsError(
      `${prefix}expected an array of units (one array of values per unit), got ${typeof units}`,
    );
  }
  const level = options?.level ?? DEFAULT_KRIPPENDORFF_ALPHA_OPTIONS.level;
  if (!LEVELS.includes(level)) {
    throw new InvalidArgumentsError(
      `${prefix}expected \`level\` to be one of ${LEVELS.join(", ")}, got ${String(level)}`,
    );
  }
  const order = options?.order ?? null;
  if (order !== null && level !== "ordinal") {
    throw new InvalidArgumentsError(`${prefix}\`order\` applies to the ordinal level only, not to ${level}`);
  }
  const { values, pairable } = collect(units, level, order);
  if (pairable.length === 0) return undefinedResult("no-pairable-values", 0);
  const index = new Map(values.map((v, i) => [v, i] as const));
  const o = Array.from({ length: values.length }, () => new Array<number>(values.length).fill(0));
  for (const counts of pairable) {
    let m = 0;
    for (const c of counts.values()) m += c;
    for (const [x, cx] of counts) {
      for (const [y, cy] of counts) {
        const row = o[index.get(x) as number] as number[];
        const j = index.get(y) as number;
        row[j] = (row[j] as number) + (cx * (x === y ? cy - 1 : cy)) / (m - 1);
      }
    }
  }
  const nc = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = nc.reduce((s, x) => s + x, 0);
  const delta = differences(level, values, nc);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      const d = (delta[c] as number[])[k] as number;
      observed += ((o[c] as number[])[k] as number) * d;
      expected += (nc[c] as number) * (nc[k] as number) * d;
    }
  }
  if (expected === 0) return undefinedResult("no-expected-disagreement", pairable.length);
  return defined(1 - ((n - 1) * observed) / expected, pairable.length);
}
