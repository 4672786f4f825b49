/**
 * Shared result shape of the agreement statistics.
 *
 * Every statistic returns a plain object instead of a bare number so that an undefined case
 * (for example Cohen's kappa when both reviewers used one category only) can say *why* it is NaN.
 */

/** Why a statistic could not be computed. Stable codes; tests and callers compare these, not wording. */
export type AgreementUndefinedReason =
  | "no-pairs"
  | "no-pairable-values"
  | "single-category"
  | "no-positive-category"
  | "no-positive-ratings"
  | "no-expected-disagreement"
  | "not-two-raters";

/** The value of one agreement statistic plus the counts it rests on. */
export interface AgreementResult {
  /** The statistic; `NaN` when it is undefined for this input (see `reason`). */
  value: number;
  /** `null` when `value` is a number; otherwise a stable code saying why it is undefined. */
  reason: AgreementUndefinedReason | null;
  /** Number of units (pairs for two raters, units with ≥ 2 ratings for Krippendorff) that entered the statistic. */
  n: number;
}

/** Build a defined result. */
export function defined(value: number, n: number): AgreementResult {
  return { value, reason: null, n };
}

/** Build an undefined (NaN) result with its reason. */
export function undefinedResult(reason: AgreementUndefinedReason, n: number): AgreementResult {
  return { value: Number.NaN, reason, n };
}
