import { errorPrefix, InvalidArgumentsError } from "@verlicht/core";

/** Screening performance of one ranking. */
export interface ScreeningMetrics {
  /** Records screened (after the priors): `N`. */
  n: number;
  /** Relevant records among them: `R`. */
  relevant: number;
  /**
   * Work saved over sampling at 95 % recall (Cohen et al. 2006): `(N − k)/N − 0.05`, where `k` is the
   * number of records screened until `⌈0.95·R⌉` relevant records were found.
   */
  wss95: number;
  /**
   * WSS@95 as asreview-insights computes it, for comparison with ASReview's published figures: at the
   * last recall point ≤ 95 % (`j = ⌊0.95·R⌋` relevant found), the records a random order
   * (`round(linspace(0, R, N))`) needs minus those the ranking needed, over `N`.
   */
  wss95Insights: number;
  /** Relevant records found after screening 10 %: recall after the first `⌊0.10·N⌋` records. */
  rrf10: number;
  /**
   * Average time to discovery as a fraction (Ferdinands et al. 2023): the mean 1-based position at
   * which each relevant record was screened, divided by `N`.
   */
  atd: number;
  /** The recall curve: `recall[i]` is the share of relevant records found after screening `i + 1` records. */
  recall: number[];
}

/**
 * Metrics of a screening order given the true labels in the order the records were screened
 * (priors left out). All are `NaN` when there is no relevant record.
 *
 * @param labelsInOrder `1`/`true` for relevant, `0`/`false` for irrelevant, in screening order.
 * @returns WSS@95, RRF@10, ATD and the recall curve.
 * @example
 * ```ts
 * screeningMetrics([1, 0, 1, 0, 0, 0, 0, 0, 0, 0]).rrf10; // 0.5
 * ```
 */
export function screeningMetrics(labelsInOrder: ReadonlyArray<0 | 1 | boolean>): ScreeningMetrics {
  if (!Array.isArray(labelsInOrder)) {
    throw new InvalidArgumentsError(
      `${errorPrefix("review", "screeningMetrics")}expected an array of 0/1 labels in screening order, got ${typeof labelsInOrder}`,
    );
  }
  const n = labelsInOrder.length;
  const positions: number[] = [];
  labelsInOrder.forEach((l, i) => {
    if (l === 1 || l === true) positions.push(i + 1);
  });
  const r = positions.length;
  const recall: number[] = new Array(n);
  let found = 0;
  for (let i = 0; i < n; i++) {
    const l = labelsInOrder[i];
    if (l === 1 || l === true) found++;
    recall[i] = r === 0 ? Number.NaN : found / r;
  }
  if (r === 0) {
    const nan = Number.NaN;
    return { n, relevant: 0, wss95: nan, wss95Insights: nan, rrf10: nan, atd: nan, recall };
  }
  const k = positions[Math.ceil(0.95 * r - 1e-9) - 1] as number;
  const tenth = Math.floor(0.1 * n + 1e-9);
  return {
    n,
    relevant: r,
    wss95: (n - k) / n - 0.05,
    wss95Insights: insightsWss(n, r, positions),
    rrf10: tenth === 0 ? 0 : (recall[tenth - 1] as number),
    atd: positions.reduce((s, p) => s + p, 0) / r / n,
    recall,
  };
}

/** asreview-insights' `_wss_values` sliced at 0.95 (see {@link ScreeningMetrics.wss95Insights}). */
function insightsWss(n: number, r: number, positions: ReadonlyArray<number>): number {
  const j = Math.floor(0.95 * r + 1e-9);
  if (j === 0) return 0;
  // First 0-based index where round(linspace(0, R, N)) reaches j.
  let random = n;
  for (let i = 0; i < n; i++) {
    if (roundHalfEven(n === 1 ? r : (r * i) / (n - 1)) >= j) {
      random = i;
      break;
    }
  }
  return (random - ((positions[j - 1] as number) - 1)) / n;
}

/** numpy's `round`: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
