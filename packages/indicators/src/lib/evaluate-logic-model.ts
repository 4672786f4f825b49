import { InvalidArgumentsError, type Observation } from "@verlicht/core";
import { prefix } from "./constants.js";
import { type LinksInput, normaliseLinks } from "./normalise-links.js";
import { areaCode, indexObservations, periodOption } from "./observation-index.js";
import { type NetworkInput, readNetwork } from "./read-network.js";
import type { LogicModel, Mechanism, StageKind } from "./schemas.js";

/** Options of {@link evaluateLogicModel}. */
export interface EvaluateLogicModelOptions {
  /** The area (default the model's `area`). */
  area?: string | { code: string } | undefined;
  /** Baseline period; default the earliest period with data for the model's indicators in the area. */
  baseline?: string | number | undefined;
  /** Latest period; default the latest such period. */
  latest?: string | number | undefined;
  /** A relative change below this counts as no change (default 0.01). */
  tolerance?: number | undefined;
  /** An assumption network, to check that each mechanism's edges exist in what people said. */
  network?: NetworkInput | undefined;
  /** Construct → indicator links, to tell which mechanisms are measured (`indicators` per mechanism). */
  links?: LinksInput | undefined;
}

/** Defaults of {@link evaluateLogicModel}. */
export const DEFAULT_EVALUATE_LOGIC_MODEL_OPTIONS = { tolerance: 0.01 } as const;

/** How one indicator moved against the plan. */
export type PlanMovement = "as-planned" | "against-plan" | "no-change" | "insufficient-data";

/** How a stage moved: `unmonitored` when it has no indicators. */
export type StageStatus = "as-planned" | "not-as-planned" | "mixed" | "insufficient-data" | "unmonitored";

/** How a step worked: `broken` = its start moved as planned but its end did not (look at the mechanisms). */
export type StepStatus = "as-planned" | "broken" | "not-started" | "mixed" | "insufficient-data";

/** Evaluation of one stage. */
export interface StageEvaluation {
  id: string;
  kind: StageKind;
  status: StageStatus;
  indicators: Array<{
    indicatorId: string;
    planned: "increase" | "decrease";
    baseline: number | null;
    latest: number | null;
    change: number | null;
    movement: PlanMovement;
    target: number | null;
    targetReached: boolean | null;
  }>;
}

/** Evaluation of one step. */
export interface StepEvaluation {
  from: string;
  to: string;
  status: StepStatus;
  /** The step's mechanisms with, when a network was given, whether each of their edges was found in it. */
  mechanisms: Array<{
    id: string;
    construct: string | null;
    quotes: number;
    edges: Array<{ source: string; target: string; found: boolean | null }>;
    /** Indicators linked to the mechanism's construct (`null` when no links were given): empty = a monitoring gap. */
    indicators: string[] | null;
  }>;
}

/** Result of {@link evaluateLogicModel}. */
export interface LogicModelEvaluation {
  id: string;
  area: string;
  baseline: string | null;
  latest: string | null;
  stages: StageEvaluation[];
  steps: StepEvaluation[];
  /** The first step (in model order) that is `broken`, or `null`. */
  brokenAt: { from: string; to: string } | null;
}

/**
 * Report, for each stage and step of an intervention logic model, whether the counts moved as
 * planned from baseline to latest in the area. An indicator moved `as-planned` when it changed in its
 * planned direction by at least `tolerance` (relative), `against-plan` when it moved the other way,
 * `no-change` below the tolerance, `insufficient-data` when a value is missing. A stage is `as-planned`
 * when every indicator with data is; a step is `as-planned` when both stages are, `broken` when its
 * start moved as planned and its end did not (the mechanisms of that step are where to look),
 * `not-started` when its start did not move as planned.
 *
 * @param model A logic model (see `parseLogicModel`).
 * @param observations Observations of the area.
 * @param options See {@link EvaluateLogicModelOptions}.
 * @returns Stage and step evaluations.
 */
export function evaluateLogicModel(
  model: LogicModel,
  observations: ReadonlyArray<Observation>,
  options?: EvaluateLogicModelOptions | null,
): LogicModelEvaluation {
  const area = areaCode(options?.area) ?? model.area;
  if (!area)
    throw new InvalidArgumentsError(
      `${prefix("evaluateLogicModel")}name the area in options.area or in the model's \`area\``,
    );
  if (!model || !Array.isArray(model.stages))
    throw new InvalidArgumentsError(`${prefix("evaluateLogicModel")}expected a logic model with stages`);
  const tolerance = options?.tolerance ?? DEFAULT_EVALUATE_LOGIC_MODEL_OPTIONS.tolerance;
  const index = indexObservations(observations);
  const ids = model.stages.flatMap((s) => s.indicators.map((i) => i.indicatorId));
  const periods = [...new Set(ids.flatMap((id) => index.periods(id, [area])))].sort();
  const baseline = periodOption(options?.baseline) ?? periods[0] ?? null;
  const latest = periodOption(options?.latest) ?? periods[periods.length - 1] ?? null;
  const stages: StageEvaluation[] = model.stages.map((stage) => {
    const indicators = stage.indicators.map((si) => {
      const b = baseline === null ? null : index.value(si.indicatorId, area, baseline);
      const l = latest === null ? null : index.value(si.indicatorId, area, latest);
      const change = b !== null && l !== null ? l - b : null;
      let movement: PlanMovement = "insufficient-data";
      if (change !== null && b !== null) {
        const relative = b !== 0 ? change / Math.abs(b) : change === 0 ? 0 : Math.sign(change);
        const wanted = si.planned === "increase" ? 1 : -1;
        movement =
          Math.abs(relative) < tolerance ? "no-change" : Math.sign(change) === wanted ? "as-planned" : "against-plan";
      }
      const target = si.target ?? null;
      const targetReached =
        target === null || l === null ? null : si.planned === "increase" ? l >= target : l <= target;
      return {
        indicatorId: si.indicatorId,
        planned: si.planned,
        baseline: b,
        latest: l,
        change,
        movement,
        target,
        targetReached,
      };
    });
    return { id: stage.id, kind: stage.kind, status: stageStatus(indicators.map((i) => i.movement)), indicators };
  });
  const byId = new Map(stages.map((s) => [s.id, s]));
  const edgeSet = options?.network ? edgeKeys(options.network) : null;
  const linked = options?.links ? normaliseLinks(options.links, "evaluateLogicModel") : null;
  const indicatorsOf = (construct: string | undefined) =>
    linked === null ? null : linked.filter((l) => l.construct === construct).map((l) => l.indicatorId);
  const steps: StepEvaluation[] = model.steps.map((step) => ({
    from: step.from,
    to: step.to,
    status: stepStatus(byId.get(step.from)?.status, byId.get(step.to)?.status),
    mechanisms: step.mechanisms.map((m: Mechanism) => ({
      id: m.id,
      construct: m.construct ?? null,
      quotes: m.quotes.length,
      indicators: indicatorsOf(m.construct),
      edges: m.edges.map((e) => ({
        source: e.source,
        target: e.target,
        found: edgeSet ? edgeSet.has(`${e.source}\u0000${e.target}`) : null,
      })),
    })),
  }));
  const broken = steps.find((s) => s.status === "broken");
  return {
    id: model.id,
    area,
    baseline,
    latest,
    stages,
    steps,
    brokenAt: broken ? { from: broken.from, to: broken.to } : null,
  };
}

function stageStatus(movements: PlanMovement[]): StageStatus {
  if (movements.length === 0) return "unmonitored";
  const withData = movements.filter((m) => m !== "insufficient-data");
  if (withData.length === 0) return "insufficient-data";
  const ok = withData.filter((m) => m === "as-planned").length;
  return ok === withData.length ? "as-planned" : ok === 0 ? "not-as-planned" : "mixed";
}

function stepStatus(from: StageStatus | undefined, to: StageStatus | undefined): StepStatus {
  if (
    !from ||
    !to ||
    from === "insufficient-data" ||
    from === "unmonitored" ||
    to === "insufficient-data" ||
    to === "unmonitored"
  )
    return "insufficient-data";
  if (from === "not-as-planned") return "not-started";
  if (from === "as-planned" && to === "as-planned") return "as-planned";
  if (from === "as-planned" && to === "not-as-planned") return "broken";
  return "mixed";
}

function edgeKeys(network: NetworkInput): Set<string> {
  const plain = readNetwork(network, "evaluateLogicModel");
  const set = new Set<string>();
  for (const e of plain.edges) {
    set.add(`${e.source}\u0000${e.target}`);
    if (e.undirected) set.add(`${e.target}\u0000${e.source}`);
  }
  return set;
}
