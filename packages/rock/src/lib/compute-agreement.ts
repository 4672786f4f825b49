/**
 * Agreement statistics for binary (present/absent) codings: Cohen's kappa for two coders and
 * Krippendorff's alpha (nominal) for any number of coders with missing values.
 */

/**
 * Cohen's kappa of two coders' binary ratings of the same units.
 *
 * @param a Ratings of coder A (0 or 1 per unit).
 * @param b Ratings of coder B, same length and order.
 * @returns Kappa, or `null` when it is undefined (no units, or chance agreement is 1).
 * @example
 * ```ts
 * cohensKappa([1, 1, 0, 0], [1, 0, 0, 0]); // 0.5
 * ```
 */
export function cohensKappa(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number | null {
  const n = Math.min(a.length, b.length);
  if (n === 0) return null;
  let agree = 0;
  let a1 = 0;
  let b1 = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i] ? 1 : 0;
    const y = b[i] ? 1 : 0;
    if (x === y) agree++;
    a1 += x;
    b1 += y;
  }
  const po = agree / n;
  const pe = (a1 / n) * (b1 / n) + (1 - a1 / n) * (1 - b1 / n);
  if (pe === 1) return null;
  return (po - pe) / (1 - pe);
}

/**
 * Krippendorff's alpha for nominal data. Each unit holds the values the coders gave it; missing
 * values are simply absent; units with fewer than two values are not pairable and are skipped.
 *
 * @param units Per unit, the values given (e.g. `[[1, 1], [0, 1, 0]]`).
 * @returns Alpha, or `null` when it is undefined (fewer than two pairable values or no variation).
 * @example
 * ```ts
 * krippendorffAlpha([[1, 1], [0, 0], [1, 0]]); // ≈ 0.444
 * ```
 */
export function krippendorffAlpha(units: ReadonlyArray<ReadonlyArray<number | string>>): number | null {
  const coincidence = new Map<string, number>();
  const totals = new Map<string | number, number>();
  let n = 0;
  let disagreeing = 0;
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    const counts = new Map<string | number, number>();
    for (const v of unit) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [c, nc] of counts) {
      totals.set(c, (totals.get(c) ?? 0) + nc);
      n += nc;
      for (const [k, nk] of counts) {
        if (c === k) continue;
        const pairs = (nc * nk) / (m - 1);
        disagreeing += pairs;
        const key = `${c}\u0000${k}`;
        coincidence.set(key, (coincidence.get(key) ?? 0) + pairs);
      }
    }
  }
  if (n < 2) return null;
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  expected /= n * (n - 1);
  if (expected === 0) return null;
  return 1 - disagreeing / n / expected;
}
