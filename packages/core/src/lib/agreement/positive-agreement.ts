import { errorPrefix, InvalidArgumentsError } from "../errors.js";
import { type AgreementResult, defined, undefinedResult } from "./agreement-result.js";
import { crossTable, type Rating } from "./cross-table.js";

/** Options of {@link positiveAgreement}. */
export interface PositiveAgreementOptions {
  /**
   * The category that counts as "positive" (e.g. `"include"`). `null` (the default) takes `true`,
   * `1` or `"include"`, whichever occurs in the ratings; with none of them the result is `NaN`
   * with `reason: "no-positive-category"`.
   */
  positive?: string | number | boolean | null | undefined;
}

/** Defaults of {@link positiveAgreement}. */
export const DEFAULT_POSITIVE_AGREEMENT_OPTIONS: Readonly<Required<PositiveAgreementOptions>> = Object.freeze({
  positive: null,
});

const CONVENTIONAL_POSITIVES: ReadonlyArray<string | number | boolean> = [true, 1, "include"];

/**
 * Positive (specific) agreement `p_pos = 2a / (2a + b + c)` (Cicchetti & Feinstein 1990), where `a`
 * counts units both raters rated positive and `b + c` the units only one of them rated positive.
 * Every category other than the positive one counts as negative. In screening this is the
 * agreement on *includes*, which the many easy excludes cannot inflate.
 *
 * @param a The first rater's ratings, one per unit (`null` when not rated).
 * @param b The second rater's ratings of the same units, in the same order.
 * @param options `positive`: the positive category (default: `true`, `1` or `"include"` when present).
 * @returns `{value, reason, n}`; `NaN` with `reason` `"no-pairs"`, `"no-positive-category"` or
 *   `"no-positive-ratings"` (neither rater ever rated a unit positive).
 * @example
 * ```ts
 * positiveAgreement(["include", "include", "exclude"], ["include", "exclude", "exclude"]).value; // 2/3
 * ```
 */
export function positiveAgreement(
  a: ReadonlyArray<Rating>,
  b: ReadonlyArray<Rating>,
  options?: PositiveAgreementOptions | null | undefined,
): AgreementResult {
  const table = crossTable("positiveAgreement", a, b);
  const chosen = options?.positive ?? DEFAULT_POSITIVE_AGREEMENT_OPTIONS.positive;
  if (chosen !== null && !["string", "number", "boolean"].includes(typeof chosen)) {
    throw new InvalidArgumentsError(
      `${errorPrefix("core", "positiveAgreement")}expected \`positive\` to be a category label, got ${typeof chosen}`,
    );
  }
  if (table.n === 0) return undefinedResult("no-pairs", 0);
  const positive = chosen ?? CONVENTIONAL_POSITIVES.find((p) => table.categories.includes(p));
  if (positive === undefined) return undefinedResult("no-positive-category", table.n);
  const p = table.categories.indexOf(positive);
  if (p < 0) return undefinedResult("no-positive-ratings", table.n);
  let both = 0;
  let one = 0;
  for (let i = 0; i < table.categories.length; i++) {
    for (let j = 0; j < table.categories.length; j++) {
      const c = table.counts[i]?.[j] ?? 0;
      if (i === p && j === p) both += c;
      else if (i === p || j === p) one += c;
    }
  }
  if (both + one === 0) return undefinedResult("no-positive-ratings", table.n);
  return defined((2 * both) / (2 * both + one), table.n);
}
