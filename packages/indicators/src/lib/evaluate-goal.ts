import { InvalidArgumentsError, type Observation } from "@verlicht/core";
import { MONITORING_FRAME } from "../model/monitoring-frame.js";
import { prefix } from "./constants.js";
import { DEFAULT_CATALOGUE } from "./default-catalogue.js";
import { areaCode, indexObservations, periodOption } from "./observation-index.js";
import type { Catalogue, Goal, Indicator } from "./schemas.js";
import { type TrendBreakOptions, type TrendBreakResult, testTrendBreak } from "./test-trend-break.js";

/** Statuses of an indicator (and a goal) against the reference. */
export const GOAL_STATUSES = ["reached", "closing", "stable", "widening", "insufficient-data"] as const;

/** A status. */
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** An indicator named in a goal: its id, or its id and direction (for indicators outside the catalogue). */
export type GoalIndicatorRef = string | { id: string; better?: "higher" | "lower" | undefined };

/** A goal to evaluate: a catalogue goal id, a catalogue goal, or any object with an id and its indicators. */
export type GoalInput =
  | string
  | Goal
  | { id: string; indicators?: ReadonlyArray<GoalIndicatorRef> | undefined; [key: string]: unknown };

/** Options of {@link evaluateGoal}. */
export interface EvaluateGoalOptions {
  /** The area evaluated (code, e.g. `HLN-NOORD`). Required. */
  area: string | { code: string };
  /** The reference area (code, e.g. `NL01`). Required. */
  reference: string | { code: string };
  /** Baseline period (`"2018"` or 2018); default the earliest period in which both areas have a value. */
  baseline?: string | number | undefined;
  /** Latest period; default the latest period in which both areas have a value. */
  latest?: string | number | undefined;
  /** Catalogue for goal indicators and their direction (default the shipped one). */
  catalogue?: Readonly<Catalogue> | undefined;
  /** Relative change of the shortfall that counts as closing or widening (default 0.05 = 5 %). */
  threshold?: number | undefined;
  /**
   * The fewest periods, from baseline to latest, in which both areas have a value, for any status other
   * than `insufficient-data` (default 2: a baseline and a later period). One observation is never enough,
   * not even for `reached`.
   */
  minPeriods?: number | undefined;
  /** Direction for indicators whose direction neither the goal nor the catalogue gives. */
  better?: "higher" | "lower" | undefined;
  /** Options of the trend-break test, or `false` to skip it. */
  trendBreak?: TrendBreakOptions | false | undefined;
}

/** Defaults of {@link evaluateGoal}. */
export const DEFAULT_EVALUATE_GOAL_OPTIONS = { threshold: 0.05, minPeriods: 2 } as const;

/** The gap in one period. */
export interface PeriodGap {
  period: string;
  /** Value in the area (`null` when missing). */
  area: number | null;
  /** Value in the reference (`null` when missing). */
  reference: number | null;
  /** area − reference (`null` when either is missing). */
  gap: number | null;
  /** How far the area is worse than the reference (positive = worse, ≤ 0 = at or better). */
  shortfall: number | null;
}

/** Evaluation of one indicator of a goal. */
export interface IndicatorEvaluation {
  indicatorId: string;
  /** Direction that is better, or `null` when unknown (then the status is `insufficient-data`). */
  better: "higher" | "lower" | null;
  status: GoalStatus;
  /** Why this status: `at-or-better`, `shrank`, `grew`, `opened`, `within-threshold`, `missing-baseline`, `missing-latest`, `too-few-periods`, `unknown-direction`, `no-periods`. */
  reason: string;
  baseline: string | null;
  latest: string | null;
  /** Gap per period in which either area has an observation, sorted by period. */
  gaps: PeriodGap[];
  /** Relative change of the shortfall from baseline to latest ((latest − baseline)/baseline), when defined. */
  change: number | null;
  /** Trend-break flag of the area's series (see `testTrendBreak`). */
  trendBreak: boolean;
  /** The numbers behind the flag, for the area and the reference. */
  trendBreakTest: { area: TrendBreakResult; reference: TrendBreakResult } | null;
  /** Periods with a value in the corona years (`MONITORING_FRAME.coronaPeriods`): a possible trend break. */
  coronaPeriods: string[];
}

/** Result of {@link evaluateGoal}. */
export interface GoalEvaluation {
  goalId: string;
  area: string;
  reference: string;
  /** The goal's status: see {@link goalStatusOf}. */
  status: GoalStatus;
  /** Number of indicators per status. */
  counts: Record<GoalStatus, number>;
  indicators: IndicatorEvaluation[];
}

/**
 * Evaluate a goal: for each of its indicators the gap to the reference per period and a status by
 * this rule (shortfall = how far the area is worse than the reference, in the indicator's `better`
 * direction):
 * - `insufficient-data`: when fewer than `minPeriods` (2) periods from baseline to latest have a value
 *   for both areas, when the area or the reference has no value in the latest period, or when the
 *   indicator's direction is unknown; one observation is never enough;
 * - `reached`: in the latest period the area is at or better than the reference;
 * - `insufficient-data` also when the baseline lacks a value (and the area is not at the reference);
 * - `closing`: the shortfall shrank by at least `threshold` (5 %) from baseline to latest;
 * - `widening`: it grew by at least 5 % (or opened where the area was at or better at baseline);
 * - `stable`: otherwise.
 * While the area is worse than the reference at both ends, the shortfall equals |gap|, so this is the
 * rule "|gap| shrank/grew by ≥ 5 %". Each indicator also gets a trend-break flag (corona, 2020→2021)
 * by {@link testTrendBreak}.
 *
 * @param goal A goal id (`goal05`), a catalogue goal, or `{id, indicators: [id | {id, better}]}`.
 * @param observations Observations of the area and the reference.
 * @param options `{area, reference, baseline?, latest?, catalogue?, threshold?, trendBreak?}`.
 * @returns The goal's status and the evaluation of each indicator.
 */
export function evaluateGoal(
  goal: GoalInput,
  observations: ReadonlyArray<Observation>,
  options: EvaluateGoalOptions,
): GoalEvaluation {
  const area = areaCode(options?.area);
  const reference = areaCode(options?.reference);
  if (!area || !reference) {
    throw new InvalidArgumentsError(
      `${prefix("evaluateGoal")}options.area and options.reference must name area codes (e.g. {area: "HLN-NOORD", reference: "NL01"})`,
    );
  }
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const goalId = typeof goal === "string" ? goal : goal?.id;
  if (typeof goalId !== "string")
    throw new InvalidArgumentsError(
      `${prefix("evaluateGoal")}expected a goal id or an object with an id, got ${JSON.stringify(goal)}`,
    );
  const refs = goalIndicators(goal, goalId, catalogue, options.better);
  const index = indexObservations(observations);
  const threshold = options.threshold ?? DEFAULT_EVALUATE_GOAL_OPTIONS.threshold;
  const minPeriods = options.minPeriods ?? DEFAULT_EVALUATE_GOAL_OPTIONS.minPeriods;
  const corona = new Set<string>(MONITORING_FRAME.coronaPeriods);
  const indicators = refs.map(({ id, better }) => {
    const periods = index.periods(id, [area, reference]);
    const gaps: PeriodGap[] = periods.map((period) => {
      const a = index.value(id, area, period);
      const r = index.value(id, reference, period);
      const gap = a !== null && r !== null ? a - r : null;
      const shortfall = gap === null || better === null ? null : better === "higher" ? -gap : gap;
      return { period, area: a, reference: r, gap, shortfall };
    });
    const complete = gaps.filter((g) => g.gap !== null);
    const baseline = periodOption(options.baseline) ?? complete[0]?.period ?? null;
    const latest = periodOption(options.latest) ?? complete[complete.length - 1]?.period ?? null;
    const evaluation: IndicatorEvaluation = {
      indicatorId: id,
      better,
      status: "insufficient-data",
      reason: "no-periods",
      baseline,
      latest,
      gaps,
      change: null,
      trendBreak: false,
      trendBreakTest: null,
      coronaPeriods: gaps.filter((g) => corona.has(g.period) && g.area !== null).map((g) => g.period),
    };
    if (options.trendBreak !== false) {
      const tb = options.trendBreak || undefined;
      const areaTest = testTrendBreak(
        gaps.map((g) => ({ period: g.period, value: g.area })),
        tb,
      );
      evaluation.trendBreakTest = {
        area: areaTest,
        reference: testTrendBreak(
          gaps.map((g) => ({ period: g.period, value: g.reference })),
          tb,
        ),
      };
      evaluation.trendBreak = areaTest.flag;
    }
    if (better === null) return { ...evaluation, reason: "unknown-direction" };
    const b = gaps.find((g) => g.period === baseline)?.shortfall ?? null;
    const l = gaps.find((g) => g.period === latest)?.shortfall ?? null;
    if (baseline === null || latest === null) return evaluation;
    if (l === null) return { ...evaluation, reason: "missing-latest" };
    const inWindow = complete.filter((g) => g.period >= baseline && g.period <= latest).length;
    if (inWindow < minPeriods) return { ...evaluation, reason: "too-few-periods" };
    const scale = Math.max(1, Math.abs(gaps.find((g) => g.period === latest)!.reference ?? 0));
    const eps = 1e-9 * scale;
    // "Reached" needs only the latest period; every other status compares with the baseline.
    if (l <= eps) return { ...evaluation, status: "reached" as const, reason: "at-or-better" };
    if (b === null) return { ...evaluation, reason: "missing-baseline" };
    if (b <= eps) return { ...evaluation, status: "widening" as const, reason: "opened" };
    const change = (l - b) / b;
    const status: GoalStatus =
      change <= -threshold + 1e-9 ? "closing" : change >= threshold - 1e-9 ? "widening" : "stable";
    return {
      ...evaluation,
      status,
      change,
      reason: status === "closing" ? "shrank" : status === "widening" ? "grew" : "within-threshold",
    };
  });
  const counts = Object.fromEntries(GOAL_STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const i of indicators) counts[i.status]++;
  return { goalId, area, reference, status: goalStatusOf(indicators.map((i) => i.status)), counts, indicators };
}

/**
 * The status of a goal from its indicators' statuses: `insufficient-data` when no indicator has data;
 * `reached` when every indicator with data is reached; otherwise the most frequent status among the
 * indicators with data, ties going to the less favourable (widening, then stable, closing, reached).
 *
 * @param statuses The indicators' statuses.
 * @returns The goal's status.
 */
export function goalStatusOf(statuses: ReadonlyArray<GoalStatus>): GoalStatus {
  const withData = statuses.filter((s) => s !== "insufficient-data");
  if (withData.length === 0) return "insufficient-data";
  if (withData.every((s) => s === "reached")) return "reached";
  const order: GoalStatus[] = ["widening", "stable", "closing", "reached"];
  let best: GoalStatus = "widening";
  let bestCount = -1;
  for (const s of order) {
    const n = withData.filter((x) => x === s).length;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}

function goalIndicators(
  goal: GoalInput,
  goalId: string,
  catalogue: Readonly<Catalogue>,
  fallback: "higher" | "lower" | undefined,
): Array<{ id: string; better: "higher" | "lower" | null }> {
  const byId = new Map<string, Indicator>(catalogue.indicators.map((i) => [i.id, i]));
  const g = (typeof goal === "object" ? goal : {}) as {
    indicators?: unknown;
    indicatorIds?: unknown;
    better?: unknown;
  };
  const listed = Array.isArray(g.indicators)
    ? g.indicators
    : Array.isArray(g.indicatorIds)
      ? g.indicatorIds
      : undefined;
  const goalBetter = g.better === "higher" || g.better === "lower" ? g.better : undefined;
  if (listed) {
    return (listed as GoalIndicatorRef[]).map((ref) => {
      const id = typeof ref === "string" ? ref : ref.id;
      const better =
        (typeof ref === "object" ? ref.better : undefined) ?? byId.get(id)?.better ?? goalBetter ?? fallback ?? null;
      return { id, better };
    });
  }
  const known = catalogue.goals.some((c) => c.id === goalId);
  const matched = catalogue.indicators.filter((i) => i.goals.includes(goalId));
  if (!known && matched.length === 0) {
    throw new InvalidArgumentsError(
      `${prefix("evaluateGoal")}goal "${goalId}" is not in the catalogue and names no indicators; pass {id, indicators: [...]} or a catalogue that defines it`,
    );
  }
  return matched.map((i) => ({ id: i.id, better: i.better }));
}
