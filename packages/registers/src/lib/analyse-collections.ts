import { type Catalogue, DEFAULT_CATALOGUE, type IndicatorLink, type MonitoringGap } from "@verlicht/indicators";
import { type AreaGroup, areasOverlap } from "./areas.js";
import { periodsOverlap } from "./periods.js";
import type { AccessLevel, Collection } from "./schemas.js";

/** Options of {@link analyseCollections}. */
export interface AnalyseCollectionsOptions {
  /** The catalogue whose indicators should be collected (default the shipped one). */
  catalogue?: Readonly<Catalogue> | undefined;
  /** `key` (default): only the report's key indicators count as gaps; `all`: every catalogue indicator. */
  indicators?: "key" | "all" | undefined;
  /** Custom areas, so that a collection for HLN-NOORD and one for a wijk of it are seen to overlap. */
  areas?: ReadonlyArray<AreaGroup> | undefined;
  /** Constructs on assumption paths without an indicator (`assessAssumptions(...).monitoringGaps`), to join in. */
  assumptionGaps?: ReadonlyArray<MonitoringGap> | undefined;
  /** Construct → indicator links, to find constructs whose indicators are never collected. */
  links?: ReadonlyArray<IndicatorLink> | undefined;
}

/** Defaults of {@link analyseCollections}. */
export const DEFAULT_ANALYSE_COLLECTIONS_OPTIONS = { indicators: "key" } as const;

/** One indicator collected more than once for overlapping areas and periods. */
export interface DuplicateCollection {
  indicatorId: string;
  collections: string[];
  /** Who collects it. */
  by: string[];
  areas: string[];
}

/** Result of {@link analyseCollections}. */
export interface CollectionsAnalysis {
  duplicates: DuplicateCollection[];
  /** Catalogue indicators no collection delivers. */
  uncollected: Array<{ indicatorId: string; key: boolean; goals: string[] }>;
  /** Constructs on assumption paths to the goals that no indicator measures (from `@verlicht/indicators`). */
  constructsWithoutIndicator: MonitoringGap[];
  /** Constructs that are linked to indicators, none of which any collection delivers. */
  constructsWithoutCollection: Array<{ construct: string; indicators: string[] }>;
}

/**
 * What the dataloket answers: which indicators are collected twice (the same indicator by two
 * collections for overlapping areas and periods: duplicate collection), which catalogue indicators no
 * collection delivers (monitoring gaps), joined with the gaps `@verlicht/indicators` finds on assumption
 * paths (constructs with no indicator) and the constructs whose indicators nobody collects.
 *
 * @param collections Data collections (e.g. `parseCollections(text).value.entries`).
 * @param options See {@link AnalyseCollectionsOptions}.
 * @returns Duplicates and gaps.
 */
export function analyseCollections(
  collections: ReadonlyArray<Collection>,
  options?: AnalyseCollectionsOptions | null,
): CollectionsAnalysis {
  const catalogue = options?.catalogue ?? DEFAULT_CATALOGUE;
  const groups = options?.areas ?? [];
  const duplicates: DuplicateCollection[] = [];
  const byIndicator = new Map<string, Collection[]>();
  for (const c of collections) {
    for (const id of new Set(c.indicators)) byIndicator.set(id, [...(byIndicator.get(id) ?? []), c]);
  }
  const open = { from: "0000" };
  for (const [indicatorId, list] of [...byIndicator].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const twice = list.filter((c) =>
      list.some(
        (d) =>
          d !== c &&
          periodsOverlap(c.period ?? open, d.period ?? open) &&
          c.areas.some((x) => d.areas.some((y) => areasOverlap(x, y, groups))),
      ),
    );
    if (twice.length > 1)
      duplicates.push({
        indicatorId,
        collections: twice.map((c) => c.id),
        by: [...new Set(twice.map((c) => c.by))],
        areas: [...new Set(twice.flatMap((c) => c.areas))],
      });
  }
  const which = options?.indicators ?? DEFAULT_ANALYSE_COLLECTIONS_OPTIONS.indicators;
  const uncollected = catalogue.indicators
    .filter((i) => (which === "all" || i.key === true) && !byIndicator.has(i.id))
    .map((i) => ({ indicatorId: i.id, key: i.key === true, goals: [...i.goals] }));
  const byConstruct = new Map<string, string[]>();
  for (const l of options?.links ?? [])
    byConstruct.set(l.construct, [...(byConstruct.get(l.construct) ?? []), l.indicatorId]);
  const constructsWithoutCollection = [...byConstruct]
    .filter(([, ids]) => ids.every((id) => !byIndicator.has(id)))
    .map(([construct, indicators]) => ({ construct, indicators }));
  return {
    duplicates,
    uncollected,
    constructsWithoutIndicator: [...(options?.assumptionGaps ?? [])],
    constructsWithoutCollection,
  };
}

/** What one partner may get from the dataloket. */
export interface PartnerAccess {
  partner: string;
  /** Open to everyone. */
  open: string[];
  /** Shared with partners, this one included. */
  granted: string[];
  /** To be requested, under the named agreement. */
  onRequest: Array<{ id: string; agreement: string | null; by: string }>;
  /** Closed to this partner (closed, or shared with other partners only). */
  closed: string[];
}

/**
 * Which data a partner may request: open collections, collections shared with partners (all partners,
 * or a list that names this one), collections on request (with the agreement to ask under) and the ones
 * closed to it. The partner that collects a data set always has access to it.
 *
 * @param collections Data collections.
 * @param partner The partner's name, as the registers spell it (compared case-insensitively).
 * @returns The collections per access level for this partner.
 */
export function partnerAccess(collections: ReadonlyArray<Collection>, partner: string): PartnerAccess {
  const p = partner.trim().toLowerCase();
  const result: PartnerAccess = { partner, open: [], granted: [], onRequest: [], closed: [] };
  for (const c of collections) {
    const level: AccessLevel = c.by.trim().toLowerCase() === p ? "partners" : c.access;
    if (level === "open") result.open.push(c.id);
    else if (level === "partners") {
      const listed =
        !c.partners || c.partners.some((x) => x.trim().toLowerCase() === p) || c.by.trim().toLowerCase() === p;
      (listed ? result.granted : result.closed).push(c.id);
    } else if (level === "on-request") result.onRequest.push({ id: c.id, agreement: c.agreement ?? null, by: c.by });
    else result.closed.push(c.id);
  }
  return result;
}
