import { type AreaGroup, areaContains, areasOverlap } from "./areas.js";
import { normaliseGroup } from "./check-registers.js";
import { endOf, periodsOverlap, startOf } from "./periods.js";
import { type Activity, type Period, TIMES_PER_YEAR } from "./schemas.js";

/** Options of {@link analyseActivities}. */
export interface AnalyseActivitiesOptions {
  /** The period looked at for over-asking (default: the calendar year of `today`). */
  period?: Period | undefined;
  /** The day "now" is (`YYYY-MM-DD`), for what is planned next (default: the computer's date). */
  today?: string | undefined;
  /** A group in an area is over-asked when more than this many activities ask it in the period (default 3). */
  maxActivities?: number | undefined;
  /** … or when they ask more than this many minutes a year of one person or organisation (default 240). */
  maxMinutesPerYear?: number | undefined;
  /** Custom areas (e.g. Heerlen-Noord and its wijken), so that an activity in HLN-NOORD counts in each wijk. */
  areas?: ReadonlyArray<AreaGroup> | undefined;
}

/** Defaults of {@link analyseActivities}. */
export const DEFAULT_ANALYSE_ACTIVITIES_OPTIONS = { maxActivities: 3, maxMinutesPerYear: 240 } as const;

/** A target group in an area that is asked too much. */
export interface OverAsked {
  /** `residents` or `organisations`. */
  of: "residents" | "organisations";
  group: string;
  area: string;
  /** The activities that ask this group here in the period. */
  activities: string[];
  /** Minutes a year asked of one person or organisation, summed over those activities. */
  minutesPerYear: number;
  /** Which thresholds were passed. */
  reasons: Array<"activities" | "minutes">;
}

/** Two activities with the same target group in overlapping areas and periods: they should coordinate. */
export interface Overlap {
  activities: [string, string];
  groups: string[];
  areas: string[];
}

/** Result of {@link analyseActivities}. */
export interface ActivitiesAnalysis {
  period: Period;
  overAsked: OverAsked[];
  overlaps: Overlap[];
  /** Activities that start after `today`, soonest first. */
  planned: Array<{ id: string; from: string; areas: string[]; targetGroups: string[] }>;
  /** Activities running on `today`. */
  running: string[];
}

/**
 * What the activiteitenloket answers: which target groups in which areas are asked by more than
 * `maxActivities` activities (or more than `maxMinutesPerYear` minutes) in a period (over-asking), which
 * activities share a target group and an area in overlapping periods (coordinate them), and what is
 * planned next. The residents of an area are asked by every activity whose areas hold it (a buurt is
 * asked by activities in the buurt, in its wijk and in Heerlen-Noord as a whole), so over-asking is
 * reported per area named in the register. Two activities overlap when one's area holds the other's.
 *
 * @param activities Activities (e.g. `parseActivities(text).value.entries`).
 * @param options See {@link AnalyseActivitiesOptions}.
 * @returns Over-asked groups, overlaps, planned and running activities.
 */
export function analyseActivities(
  activities: ReadonlyArray<Activity>,
  options?: AnalyseActivitiesOptions | null,
): ActivitiesAnalysis {
  const today = options?.today ?? new Date().toISOString().slice(0, 10);
  const period = options?.period ?? { from: today.slice(0, 4), to: today.slice(0, 4) };
  const maxActivities = options?.maxActivities ?? DEFAULT_ANALYSE_ACTIVITIES_OPTIONS.maxActivities;
  const maxMinutes = options?.maxMinutesPerYear ?? DEFAULT_ANALYSE_ACTIVITIES_OPTIONS.maxMinutesPerYear;
  const groups = options?.areas ?? [];
  const active = activities.filter((a) => periodsOverlap(a.period, period));
  // Who is asked, per activity: (of, group) pairs with the minutes a year.
  const asked = new Map<string, Array<{ of: OverAsked["of"]; group: string; minutes: number }>>();
  for (const a of active) {
    const list: Array<{ of: OverAsked["of"]; group: string; minutes: number }> = [];
    for (const ask of a.asks) {
      for (const group of ask.group ? [ask.group] : a.targetGroups) {
        list.push({ of: ask.of, group: normaliseGroup(group), minutes: ask.minutes * TIMES_PER_YEAR[ask.frequency] });
      }
    }
    asked.set(a.id, list);
  }
  const overAsked: OverAsked[] = [];
  const areaCodes = [...new Set(active.flatMap((a) => a.areas))].sort();
  const pairs = new Set<string>();
  for (const a of active) for (const x of asked.get(a.id) ?? []) pairs.add(`${x.of}\u0000${x.group}`);
  for (const pair of [...pairs].sort()) {
    const [of, group] = pair.split("\u0000") as [OverAsked["of"], string];
    for (const area of areaCodes) {
      const here = active.filter(
        (a) =>
          a.areas.some((b) => areaContains(b, area, groups)) &&
          (asked.get(a.id) ?? []).some((x) => x.of === of && x.group === group),
      );
      const minutes = here.reduce(
        (sum, a) =>
          sum +
          (asked.get(a.id) ?? []).filter((x) => x.of === of && x.group === group).reduce((s, x) => s + x.minutes, 0),
        0,
      );
      const reasons: OverAsked["reasons"] = [];
      if (here.length > maxActivities) reasons.push("activities");
      if (minutes > maxMinutes) reasons.push("minutes");
      if (reasons.length)
        overAsked.push({
          of,
          group,
          area,
          activities: here.map((a) => a.id),
          minutesPerYear: Math.round(minutes),
          reasons,
        });
    }
  }
  // An area held by another reported area with the same activities adds nothing (every wijk of an
  // activity for all of Heerlen-Noord): report the larger area only.
  const same = (x: OverAsked, y: OverAsked) =>
    x.of === y.of && x.group === y.group && x.activities.join() === y.activities.join();
  const kept = overAsked.filter(
    (o) => !overAsked.some((p) => p !== o && same(o, p) && p.area !== o.area && areaContains(p.area, o.area, groups)),
  );
  overAsked.length = 0;
  overAsked.push(...kept);
  const overlaps: Overlap[] = [];
  for (let i = 0; i < activities.length; i++) {
    for (let j = i + 1; j < activities.length; j++) {
      const a = activities[i]!;
      const b = activities[j]!;
      if (!periodsOverlap(a.period, b.period)) continue;
      const bg = new Set(b.targetGroups.map(normaliseGroup));
      const shared = [...new Set(a.targetGroups.map(normaliseGroup))].filter((g) => bg.has(g));
      if (!shared.length) continue;
      const areas = a.areas.filter((x) => b.areas.some((y) => areasOverlap(x, y, groups)));
      if (areas.length) overlaps.push({ activities: [a.id, b.id], groups: shared, areas });
    }
  }
  const planned = activities
    .filter((a) => startOf(a.period.from) > today)
    .sort((a, b) => (startOf(a.period.from) < startOf(b.period.from) ? -1 : 1))
    .map((a) => ({ id: a.id, from: a.period.from, areas: a.areas, targetGroups: a.targetGroups }));
  const running = activities
    .filter((a) => startOf(a.period.from) <= today && endOf(a.period.to) >= today)
    .map((a) => a.id);
  return { period, overAsked, overlaps, planned, running };
}
