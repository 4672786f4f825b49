import { type AgreementResult, defined, undefinedResult } from "./agreement-result.js";
import { crossTable, observedProportion, type Rating } from "./cross-table.js";

/**
 * Observed (percentage) agreement `p_o` of two raters: the share of units both rated on which
 * they gave the same category. Undefined (`NaN`, `reason: "no-pairs"`) when no unit was rated by both.
 *
 * @param a The first rater's ratings, one per unit (`null` when not rated).
 * @param b The second rater's ratings of the same units, in the same order.
 * @returns `{value, reason, n}` with `value` in [0, 1].
 * @example
 * ```ts
 * observedAgreement([1, 1, 0, 0], [1, 0, 0, 0]).value; // 0.75
 * ```
 */
export function observedAgreement(a: ReadonlyArray<Rating>, b: ReadonlyArray<Rating>): AgreementResult {
  const table = crossTable("observedAgreement", a, b);
  if (table.n === 0) return undefinedResult("no-pairs", 0);
  return defined(observedProportion(table), table.n);
}
