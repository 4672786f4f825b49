import { errorPrefix, InvalidArgumentsError } from "../errors.js";
import { type AgreementResult, defined, undefinedResult } from "./agreement-result.js";
import { crossTable, observedProportion, type Rating } from "./cross-table.js";

/** Options of {@link pabak}. */
export interface PabakOptions {
  /**
   * Number of categories `k` of the rating scale. `null` (the default) uses the number of categories
   * observed, at least 2. Declare it when a category exists on the scale but was never used.
   */
  categories?: number | null | undefined;
}

/** Defaults of {@link pabak}. */
export const DEFAULT_PABAK_OPTIONS: Readonly<Required<PabakOptions>> = Object.freeze({ categories: null });

/**
 * Prevalence- and bias-adjusted kappa (Byrt, Bishop & Carlin 1993): `PABAK = (k·p_o − 1)/(k − 1)`,
 * which is `2·p_o − 1` for the two categories of a screening decision. It is kappa with the chance
 * agreement fixed at `1/k`, so it does not collapse when almost every record is excluded.
 *
 * @param a The first rater's ratings, one per unit (`null` when not rated).
 * @param b The second rater's ratings of the same units, in the same order.
 * @param options `categories`: the size of the rating scale (default: observed, at least 2).
 * @returns `{value, reason, n}`; `NaN` with `reason: "no-pairs"` when no unit was rated by both.
 * @example
 * ```ts
 * pabak([1, 1, 0, 0], [1, 0, 0, 0]).value; // 0.5
 * ```
 */
export function pabak(
  a: ReadonlyArray<Rating>,
  b: ReadonlyArray<Rating>,
  options?: PabakOptions | null | undefined,
): AgreementResult {
  const table = crossTable("pabak", a, b);
  const declared = options?.categories ?? DEFAULT_PABAK_OPTIONS.categories;
  if (declared !== null && (!Number.isInteger(declared) || declared < 2)) {
    throw new InvalidArgumentsError(
      `${errorPrefix("core", "pabak")}expected \`categories\` to be an integer ≥ 2, got ${String(declared)}`,
    );
  }
  if (declared !== null && table.categories.length > declared) {
    throw new InvalidArgumentsError(
      `${errorPrefix("core", "pabak")}the ratings use ${table.categories.length} categories but \`categories\` is ${declared}; raise it or leave it out`,
    );
  }
  if (table.n === 0) return undefinedResult("no-pairs", 0);
  const k = declared ?? Math.max(2, table.categories.length);
  return defined((k * observedProportion(table) - 1) / (k - 1), table.n);
}
