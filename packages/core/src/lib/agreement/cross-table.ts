import { errorPrefix, InvalidArgumentsError } from "../errors.js";

/** One rating: a category label, or `null`/`undefined` when the rater did not rate this unit. */
export type Rating = string | number | boolean | null | undefined;

/** Contingency table of two raters over the units both of them rated. */
export interface CrossTable {
  /** The categories seen in either rater's ratings, in order of first appearance. */
  categories: Array<Exclude<Rating, null | undefined>>;
  /** `counts[i][j]`: units rated `categories[i]` by the first and `categories[j]` by the second rater. */
  counts: number[][];
  /** Number of units both raters rated. */
  n: number;
}

const isMissing = (r: Rating): r is null | undefined =>
  r === null || r === undefined || (typeof r === "number" && Number.isNaN(r));

/**
 * Cross-tabulate two raters' ratings of the same units (index i of `a` and `b` is the same unit).
 * Units that either rater left unrated (`null`/`undefined`/`NaN`) are skipped.
 *
 * @param fn Name of the calling public function, for the error prefix.
 * @param a The first rater's ratings.
 * @param b The second rater's ratings, same length as `a`.
 * @returns The contingency table.
 */
export function crossTable(fn: string, a: ReadonlyArray<Rating>, b: ReadonlyArray<Rating>): CrossTable {
  const prefix = errorPrefix("core", fn);
  if (!Array.isArray(a) || !Array.isArray(b)) {
    throw new InvalidArgumentsError(`${prefix}expected two arrays of ratings, got ${typeof a} and ${typeof b}`);
  }
  if (a.length !== b.length) {
    throw new InvalidArgumentsError(
      `${prefix}expected two arrays of the same length (one rating per unit), got ${a.length} and ${b.length}; use null for a missing rating`,
    );
  }
  const index = new Map<Exclude<Rating, null | undefined>, number>();
  const categories: Array<Exclude<Rating, null | undefined>> = [];
  const pairs: Array<[number, number]> = [];
  const slot = (r: Exclude<Rating, null | undefined>): number => {
    let i = index.get(r);
    if (i === undefined) {
      i = categories.length;
      index.set(r, i);
      categories.push(r);
    }
    return i;
  };
  for (let u = 0; u < a.length; u++) {
    const x = a[u];
    const y = b[u];
    if (isMissing(x) || isMissing(y)) continue;
    pairs.push([slot(x), slot(y)]);
  }
  const k = categories.length;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const [i, j] of pairs) (counts[i] as number[])[j] = ((counts[i] as number[])[j] as number) + 1;
  return { categories, counts, n: pairs.length };
}

/** The proportion of units on which both raters gave the same category (the diagonal of the table). */
export function observedProportion(table: CrossTable): number {
  let same = 0;
  for (let i = 0; i < table.categories.length; i++) same += table.counts[i]?.[i] ?? 0;
  return same / table.n;
}

/** Row (first rater) and column (second rater) totals of the table. */
export function marginals(table: CrossTable): { rows: number[]; columns: number[] } {
  const k = table.categories.length;
  const rows = new Array<number>(k).fill(0);
  const columns = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const c = table.counts[i]?.[j] ?? 0;
      rows[i] = (rows[i] as number) + c;
      columns[j] = (columns[j] as number) + c;
    }
  }
  return { rows, columns };
}
