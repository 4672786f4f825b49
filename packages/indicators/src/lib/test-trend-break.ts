/** Options of {@link testTrendBreak}. */
export interface TrendBreakOptions {
  /** The last period before the suspected break (default `2020`). */
  from?: string | undefined;
  /** The first period after it (default `2021`). */
  to?: string | undefined;
  /** How many standard deviations of the earlier yearly changes the break change may depart (default 2). */
  k?: number | undefined;
  /** A floor on the allowed departure, as a share of the level in `from` (default 0.02 = 2 %). */
  minRelative?: number | undefined;
}

/** Defaults of {@link testTrendBreak}: the corona years. */
export const DEFAULT_TREND_BREAK_OPTIONS = { from: "2020", to: "2021", k: 2, minRelative: 0.02 } as const;

/** Outcome of {@link testTrendBreak}. */
export interface TrendBreakResult {
  /** `true` when the change from `from` to `to` departs from the earlier trend; `false` otherwise or when untestable. */
  flag: boolean;
  /** Whether the test could be run (`false`: fewer than 3 yearly values up to `from`, or no value in `to`). */
  testable: boolean;
  /** Expected change per year (mean of the earlier yearly changes). */
  expected: number | null;
  /** Observed change per year from `from` to `to`. */
  observed: number | null;
  /** |observed − expected|. */
  departure: number | null;
  /** The departure allowed: max(k × SD of the earlier changes, minRelative × |value in from|). */
  threshold: number | null;
}

/**
 * Test whether the change over a suspected break (by default 2020 → 2021, corona) departs from the
 * earlier trend. The earlier trend is the mean of the yearly changes between the values up to and
 * including `from` (at least 3 values, so at least 2 changes; gaps between years are divided out);
 * the allowed departure is the larger of `k` sample standard deviations of those changes and
 * `minRelative` × the level in `from` (a floor, because two or three changes give an unstable SD).
 * Flagged when |observed − expected| > allowed. A screening rule, not a significance test.
 *
 * @param series Values per period (years as `YYYY`); `null` values are skipped.
 * @param options See {@link TrendBreakOptions}.
 * @returns The flag and the numbers behind it.
 */
export function testTrendBreak(
  series: ReadonlyArray<{ period: string; value: number | null }>,
  options?: TrendBreakOptions | null,
): TrendBreakResult {
  const from = Number(options?.from ?? DEFAULT_TREND_BREAK_OPTIONS.from);
  const to = Number(options?.to ?? DEFAULT_TREND_BREAK_OPTIONS.to);
  const k = options?.k ?? DEFAULT_TREND_BREAK_OPTIONS.k;
  const minRelative = options?.minRelative ?? DEFAULT_TREND_BREAK_OPTIONS.minRelative;
  const untestable: TrendBreakResult = {
    flag: false,
    testable: false,
    expected: null,
    observed: null,
    departure: null,
    threshold: null,
  };
  const points = series
    .filter((p) => typeof p.value === "number" && /^\d{4}$/.test(p.period.trim()))
    .map((p) => ({ year: Number(p.period.trim()), value: p.value as number }))
    .sort((a, b) => a.year - b.year);
  const before = points.filter((p) => p.year <= from);
  const atFrom = before[before.length - 1];
  const atTo = points.find((p) => p.year === to);
  if (
    !Number.isFinite(from) ||
    !Number.isFinite(to) ||
    to <= from ||
    before.length < 3 ||
    atFrom?.year !== from ||
    !atTo
  ) {
    return untestable;
  }
  const changes: number[] = [];
  for (let i = 1; i < before.length; i++) {
    changes.push((before[i]!.value - before[i - 1]!.value) / (before[i]!.year - before[i - 1]!.year));
  }
  const expected = changes.reduce((s, c) => s + c, 0) / changes.length;
  const variance = changes.reduce((s, c) => s + (c - expected) ** 2, 0) / (changes.length - 1);
  const observed = (atTo.value - atFrom.value) / (to - from);
  const departure = Math.abs(observed - expected);
  const threshold = Math.max(k * Math.sqrt(variance), minRelative * Math.abs(atFrom.value));
  return { flag: departure > threshold + 1e-12, testable: true, expected, observed, departure, threshold };
}
