import type { Observation } from "@verlicht/core";
import { DEFAULT_CATALOGUE } from "./default-catalogue.js";
import { type EvaluateGoalOptions, evaluateGoal, type GoalEvaluation } from "./evaluate-goal.js";
import type { Goal } from "./schemas.js";

/** One goal of the catalogue with its evaluation. */
export interface ProgrammeGoalEvaluation extends GoalEvaluation {
  /** The goal as the catalogue holds it (full wording, short title, theme). */
  goal: Goal;
}

/**
 * Evaluate every goal of the catalogue with the same options: the one evaluation that the CLI
 * (`verlicht indicators evaluate`), the dashboard and the documentation's `evaluate.ts` all show, so a
 * goal cannot be "closing" in one and "widening" in another. Periods default, per indicator, to the
 * first and the last period in which both areas have a value (see {@link evaluateGoal}); pass
 * `baseline`/`latest` to fix them for every goal.
 *
 * @param observations Observations of the area and the reference.
 * @param options The options of {@link evaluateGoal}, plus `goals` to evaluate only some goal ids.
 * @returns One evaluation per goal, in catalogue order.
 */
export function evaluateGoals(
  observations: ReadonlyArray<Observation>,
  options: EvaluateGoalOptions & { goals?: ReadonlyArray<string> | undefined },
): ProgrammeGoalEvaluation[] {
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const wanted = options.goals ? new Set(options.goals) : null;
  return catalogue.goals
    .filter((g) => !wanted || wanted.has(g.id))
    .map((goal) => ({ ...evaluateGoal(goal, observations, options), goal }));
}
