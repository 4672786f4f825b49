import { type AgreementResult, defined, undefinedResult } from "./agreement-result.js";
import { crossTable, marginals, observedProportion, type Rating } from "./cross-table.js";

/**
 * Cohen's kappa for two raters on a nominal scale: `κ = (p_o − p_e) / (1 − p_e)`, where
 * `p_e = Σ_k p_{1k}·p_{2k}` uses each rater's own marginal proportions (Cohen 1960).
 *
 * Only units that both raters rated enter (use `null` for "not rated"). Kappa is undefined, and
 * `value` is `NaN`, when no unit was rated by both (`reason: "no-pairs"`) or when `p_e = 1`, i.e.
 * both raters used one and the same category only (`reason: "single-category"`). Beware the
 * prevalence paradox in screening: with 99 % agreement kappa can still be about 0.5; report
 * {@link observedAgreement}, {@link positiveAgreement} and {@link pabak} beside it.
 *
 * @param a The first rater's ratings, one per unit (`null` when not rated).
 * @param b The second rater's ratings of the same units, in the same order.
 * @returns `{value, reason, n}` with `n` the number of units both rated.
 * @example
 * ```ts
 * cohensKappa(["in", "in", "out", "out"], ["in", "out", "out", "out"]).value; // 0.5
 * ```
 */
export function cohensKappa(a: ReadonlyArray<Rating>, b: ReadonlyArray<Rating>): AgreementResult {
  const table = crossTable("cohensKappa", a, b);
  if (table.n === 0) return undefinedResult("no-pairs", 0);
  const { rows, columns } = marginals(table);
  let pe = 0;
  for (let i = 0; i < rows.length; i++) pe += ((rows[i] as number) / table.n) * ((columns[i] as number) / table.n);
  const po = observedProportion(table);
  // p_e = 1 only when both raters used one and the same category; allow for rounding.
  if (pe >= 1 - 1e-12) return undefinedResult("single-category", table.n);
  return defined((po - pe) / (1 - pe), table.n);
}
