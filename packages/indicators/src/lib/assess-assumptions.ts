import { InvalidArgumentsError, type Observation } from "@verlicht/core";
import { prefix } from "./constants.js";
import { DEFAULT_CATALOGUE } from "./default-catalogue.js";
import { gapsOf, goalTest, type MonitoringGap } from "./find-monitoring-gaps.js";
import { type LinksInput, normaliseLinks } from "./normalise-links.js";
import { areaCode, indexObservations, type ObservationIndex, periodOption } from "./observation-index.js";
import { type NetworkInput, type PlainEdge, readNetwork } from "./read-network.js";
import type { Catalogue, IndicatorLink } from "./schemas.js";

/** How much of an edge the indicators can see. */
export type Testability = "testable" | "partly" | "untestable";

/** What the data say about a testable edge. */
export type Verdict = "consistent" | "inconsistent" | "no-change" | "mixed" | "unsigned" | "insufficient-data";

/** Options of {@link assessAssumptions}. */
export interface AssessAssumptionsOptions {
  /** The area whose data are read (e.g. `HLN-NOORD`). Required. */
  area: string | { code: string };
  /** Compare the area's movement with this reference (its change is subtracted), e.g. `NL01`. Optional. */
  reference?: string | { code: string } | undefined;
  /** Baseline period for every edge; default per edge: the first period in which both ends have data. */
  baseline?: string | number | undefined;
  /** Latest period for every edge; default per edge: the last period in which both ends have data. */
  latest?: string | number | undefined;
  /** A relative change below this counts as no change (default 0.01 = 1 % of the baseline value). */
  tolerance?: number | undefined;
  /** Node keys of the goals; default: nodes with `kind: 'goal'` or a catalogue goal id. */
  goals?: ReadonlyArray<string> | undefined;
  /** Catalogue, to recognise goal nodes by id (default the shipped one). */
  catalogue?: Readonly<Catalogue> | undefined;
}

/** Defaults of {@link assessAssumptions}. */
export const DEFAULT_ASSESS_OPTIONS = { tolerance: 0.01 } as const;

/** Caveats that apply to every assessment. */
export const ASSESSMENT_CAVEATS = [
  {
    id: "ecological",
    text: "Area-level co-movement says nothing about individuals (ecological fallacy): that two shares moved together in a wijk does not show that the same residents changed.",
  },
  {
    id: "few-periods",
    text: "Only the baseline and the latest period are compared (about six yearly values exist); chance movements of small areas can look like trends.",
  },
  {
    id: "no-counterfactual",
    text: "There is no comparison of what would have happened without the cause; co-movement is not causation.",
  },
  {
    id: "confounding",
    text: "National trends and other causes (e.g. corona 2020–2021, energy prices 2022) move many indicators at once.",
  },
  { id: "lag", text: "Effects may lag their causes by years; a change not yet visible is not a refutation." },
] as const;

/** The observed movement of one construct. */
export interface ConstructMovement {
  construct: string;
  /** +1 rose, −1 fell, 0 no change, `'mixed'` indicators disagree, `null` no data. */
  direction: 1 | -1 | 0 | "mixed" | null;
  /** Per linked indicator: values and the direction it implies for the construct (after the link's sign). */
  indicators: Array<{
    indicatorId: string;
    sign: 1 | -1;
    baseline: number | null;
    latest: number | null;
    relativeChange: number | null;
    direction: 1 | -1 | 0 | null;
  }>;
}

/** The assessment of one edge (assumption). */
export interface EdgeAssessment {
  key: string;
  source: string;
  target: string;
  type: string | null;
  valence: 1 | -1 | 0 | null;
  testability: Testability;
  /** For `partly`: which end has an indicator. */
  linkedEnd: "source" | "target" | "both" | "none";
  /** The periods compared (testable edges): the options' baseline/latest, else the first and last period
   * in which both ends have data. `null` otherwise. */
  baseline: string | null;
  latest: string | null;
  /** For testable edges; `null` otherwise. */
  verdict: Verdict | null;
  sourceMovement: ConstructMovement | null;
  targetMovement: ConstructMovement | null;
  /** Edge-specific caveats: `same-indicator` (both ends read from one indicator), `proxy` (a proxy link),
   * `no-reference` (an indicator the reference has no figures for is read without it, as in the logic model). */
  caveats: string[];
}

/** Result of {@link assessAssumptions}. */
export interface AssumptionAssessment {
  area: string;
  /** The baseline and latest periods given in the options (`null`: chosen per edge). */
  baseline: string | null;
  latest: string | null;
  edges: EdgeAssessment[];
  monitoringGaps: MonitoringGap[];
  summary: Record<Testability | Verdict, number> & { edges: number };
  /** Always present: the caveats of reading assumptions from area data. */
  caveats: ReadonlyArray<{ id: string; text: string }>;
}

/**
 * Which assumptions (edges) of a network the indicator data can test, and what they show.
 *
 * An edge is `testable` when both ends are linked to an indicator, `partly` when one end is, and
 * `untestable` when neither is. For a testable edge, each end's movement from baseline to latest in
 * the area is read from its indicators (times the link's sign; |relative change| < `tolerance` counts as
 * no change; indicators of one construct that disagree give `mixed`), and the co-movement is compared
 * with the edge's valence: `consistent` (same sign as the valence), `inconsistent`, `no-change` (an end
 * did not move), `mixed`, `unsigned` (valence 0 or null), `insufficient-data` (a value is missing; never
 * guessed). With `reference`, movements are relative to the reference's, for the indicators the reference
 * has figures for; the others (programme counts) move on their own, with the caveat `no-reference`, so an
 * arrow that is "as planned" in a logic model is not "insufficient data" here for the same data. The monitoring-gap list names
 * constructs on directed paths to goal nodes (kind `goal`, or a catalogue goal id) that no indicator
 * measures. The caveats are always part of the result.
 *
 * @param network A graphology graph or a `SerializedNetwork` (edge attributes `type`, `valence`, …).
 * @param links Construct → indicator links.
 * @param observations Observations of the area (and the reference).
 * @param options `{area, reference?, baseline?, latest?, tolerance?, catalogue?}`.
 * @returns Per-edge assessments, monitoring gaps, a summary and caveats.
 */
export function assessAssumptions(
  network: NetworkInput,
  links: LinksInput,
  observations: ReadonlyArray<Observation>,
  options: AssessAssumptionsOptions,
): AssumptionAssessment {
  const area = areaCode(options?.area);
  if (!area)
    throw new InvalidArgumentsError(
      `${prefix("assessAssumptions")}options.area must name an area code (e.g. {area: "HLN-NOORD"})`,
    );
  const normalised = normaliseLinks(links, "assessAssumptions");
  const reference = areaCode(options.reference);
  const askedBaseline = periodOption(options.baseline);
  const askedLatest = periodOption(options.latest);
  const plain = readNetwork(network, "assessAssumptions");
  const tolerance = options.tolerance ?? DEFAULT_ASSESS_OPTIONS.tolerance;
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const index = indexObservations(observations);
  const byConstruct = new Map<string, IndicatorLink[]>();
  for (const l of normalised) {
    const list = byConstruct.get(l.construct) ?? [];
    list.push(l);
    byConstruct.set(l.construct, list);
  }
  // The reference is used for an indicator it has figures for; programme counts (hours, home visits) have
  // none, and for them the area's own movement is read, as the logic model does (caveat `no-reference`).
  const refFor = (indicatorId: string): string | undefined =>
    reference && index.periods(indicatorId, [reference]).length > 0 ? reference : undefined;
  // Periods in which a construct has a usable value (in the area, and in the reference when given).
  const usable = new Map<string, Set<string>>();
  const periodsOf = (construct: string): Set<string> => {
    let set = usable.get(construct);
    if (!set) {
      set = new Set();
      for (const l of byConstruct.get(construct) ?? []) {
        for (const p of index.periods(l.indicatorId, [area])) {
          if (index.value(l.indicatorId, area, p) === null) continue;
          if (refFor(l.indicatorId) && index.value(l.indicatorId, reference!, p) === null) continue;
          set.add(p);
        }
      }
      usable.set(construct, set);
    }
    return set;
  };
  const windowOf = (source: string, target: string): [string | null, string | null] => {
    const t = periodsOf(target);
    const common = [...periodsOf(source)].filter((p) => t.has(p)).sort();
    return [askedBaseline ?? common[0] ?? null, askedLatest ?? common[common.length - 1] ?? null];
  };
  const movements = new Map<string, ConstructMovement>();
  const movementOf = (construct: string, baseline: string | null, latest: string | null): ConstructMovement => {
    const key = `${construct}\u0000${baseline}\u0000${latest}`;
    let m = movements.get(key);
    if (!m) {
      m = movement(construct, byConstruct.get(construct) ?? [], index, area, refFor, baseline, latest, tolerance);
      movements.set(key, m);
    }
    return m;
  };
  const edges = plain.edges.map((e) => assessEdge(e, byConstruct, windowOf, movementOf));
  if (reference) {
    for (const e of edges) {
      if (e.testability !== "testable") continue;
      const ids = [...(byConstruct.get(e.source) ?? []), ...(byConstruct.get(e.target) ?? [])].map(
        (l) => l.indicatorId,
      );
      if (ids.some((id) => !refFor(id) && index.periods(id, [area]).length > 0)) e.caveats.push("no-reference");
    }
  }
  const summary = {
    edges: edges.length,
    testable: 0,
    partly: 0,
    untestable: 0,
    consistent: 0,
    inconsistent: 0,
    "no-change": 0,
    mixed: 0,
    unsigned: 0,
    "insufficient-data": 0,
  };
  for (const e of edges) {
    summary[e.testability]++;
    if (e.verdict) summary[e.verdict]++;
  }
  const monitoringGaps = gapsOf(plain, new Set(byConstruct.keys()), goalTest(options.goals, catalogue));
  return {
    area,
    baseline: askedBaseline ?? null,
    latest: askedLatest ?? null,
    edges,
    monitoringGaps,
    summary,
    caveats: ASSESSMENT_CAVEATS,
  };
}

function assessEdge(
  e: PlainEdge,
  byConstruct: Map<string, IndicatorLink[]>,
  windowOf: (source: string, target: string) => [string | null, string | null],
  movementOf: (c: string, baseline: string | null, latest: string | null) => ConstructMovement,
): EdgeAssessment {
  const s = byConstruct.has(e.source);
  const t = byConstruct.has(e.target);
  const testability: Testability = s && t ? "testable" : s || t ? "partly" : "untestable";
  const base: EdgeAssessment = {
    key: e.key,
    source: e.source,
    target: e.target,
    type: e.type,
    valence: e.valence,
    testability,
    linkedEnd: s && t ? "both" : s ? "source" : t ? "target" : "none",
    baseline: null,
    latest: null,
    verdict: null,
    sourceMovement: null,
    targetMovement: null,
    caveats: [],
  };
  if (testability !== "testable") return base;
  const [baseline, latest] = windowOf(e.source, e.target);
  const sm = movementOf(e.source, baseline, latest);
  const tm = movementOf(e.target, baseline, latest);
  const caveats: string[] = [];
  const sIds = new Set(byConstruct.get(e.source)!.map((l) => l.indicatorId));
  if (byConstruct.get(e.target)!.some((l) => sIds.has(l.indicatorId))) caveats.push("same-indicator");
  if ([...byConstruct.get(e.source)!, ...byConstruct.get(e.target)!].some((l) => l.role === "proxy"))
    caveats.push("proxy");
  return {
    ...base,
    baseline,
    latest,
    sourceMovement: sm,
    targetMovement: tm,
    caveats,
    verdict: verdictOf(sm.direction, tm.direction, e.valence),
  };
}

function verdictOf(
  s: ConstructMovement["direction"],
  t: ConstructMovement["direction"],
  valence: PlainEdge["valence"],
): Verdict {
  if (s === null || t === null) return "insufficient-data";
  if (s === "mixed" || t === "mixed") return "mixed";
  if (valence === null || valence === 0) return "unsigned";
  if (s === 0 || t === 0) return "no-change";
  return s * t === valence ? "consistent" : "inconsistent";
}

function movement(
  construct: string,
  links: IndicatorLink[],
  index: ObservationIndex,
  area: string,
  refFor: (indicatorId: string) => string | undefined,
  baseline: string | null,
  latest: string | null,
  tolerance: number,
): ConstructMovement {
  const indicators: ConstructMovement["indicators"] = links.map((l) => {
    const read = (code: string, p: string | null) => (p === null ? null : index.value(l.indicatorId, code, p));
    const b = read(area, baseline);
    const v = read(area, latest);
    let delta: number | null = b !== null && v !== null ? v - b : null;
    const reference = refFor(l.indicatorId);
    if (delta !== null && reference) {
      const rb = read(reference, baseline);
      const rl = read(reference, latest);
      delta = rb !== null && rl !== null ? delta - (rl - rb) : null;
    }
    let relativeChange: number | null = null;
    let direction: 1 | -1 | 0 | null = null;
    if (delta !== null && b !== null) {
      relativeChange = b !== 0 ? delta / Math.abs(b) : delta === 0 ? 0 : Math.sign(delta) * Number.POSITIVE_INFINITY;
      direction = Math.abs(relativeChange) < tolerance ? 0 : ((Math.sign(delta) * l.sign) as 1 | -1);
    }
    return { indicatorId: l.indicatorId, sign: l.sign, baseline: b, latest: v, relativeChange, direction };
  });
  const known = indicators.map((i) => i.direction).filter((d): d is 1 | -1 | 0 => d !== null);
  let direction: ConstructMovement["direction"] = null;
  if (known.length) {
    const moving = new Set(known.filter((d) => d !== 0));
    direction = moving.size > 1 ? "mixed" : moving.size === 1 ? [...moving][0]! : 0;
  }
  return { construct, direction, indicators };
}
