import { errorPrefix, InvalidArgumentsError } from "@verlicht/core";
import { createModel, type PrioritiserOptions, resolvePrioritiserOptions } from "./create-prioritiser.js";
import { createRandom, drawIndex } from "./random.js";
import { type ScreeningMetrics, screeningMetrics } from "./screening-metrics.js";
import { type ScreeningText, vectorise } from "./vectorise.js";

/** Options of {@link simulate}. */
export interface SimulateOptions extends PrioritiserOptions {
  /** Seed of the prior draw and of the tie-break (default 0). */
  seed?: number | undefined;
  /** Retrain after this many new labels (default 1: after every label, as ASReview does). */
  retrainEvery?: number | undefined;
}

/** Defaults of {@link simulate} beyond the prioritiser's own. */
export const DEFAULT_SIMULATE_OPTIONS: Readonly<{ seed: number; retrainEvery: number }> = Object.freeze({
  seed: 0,
  retrainEvery: 1,
});

/** Result of a screening simulation. */
export interface SimulationResult extends ScreeningMetrics {
  /** The prior knowledge: `[relevant, irrelevant]` record indices, drawn with the seed. */
  priors: [number, number];
  /** Record indices in the order the simulation screened them, priors left out. */
  order: number[];
  /** Wall-clock milliseconds of the whole simulation, features included. */
  ms: number;
}

function checkInput(records: ReadonlyArray<ScreeningText>, labels: ReadonlyArray<0 | 1 | boolean>): Array<0 | 1> {
  const prefix = errorPrefix("review", "simulate");
  if (!Array.isArray(records) || !Array.isArray(labels) || records.length !== labels.length) {
    throw new InvalidArgumentsError(`${prefix}expected records and labels as arrays of the same length`);
  }
  const y = labels.map((l) => (l === 1 || l === true ? 1 : 0)) as Array<0 | 1>;
  const relevant = y.reduce<number>((s, l) => s + l, 0);
  if (relevant < 2 || y.length - relevant < 1) {
    throw new InvalidArgumentsError(
      `${prefix}a simulation needs at least 2 relevant and 1 irrelevant record (one of each is drawn as prior), got ${relevant} relevant of ${y.length}`,
    );
  }
  return y;
}

/**
 * Simulate prioritised screening on fully labelled records: draw one relevant and one irrelevant
 * record as prior knowledge (with the seed), then repeatedly retrain, screen the unlabelled record
 * with the highest score and reveal its label, until every relevant record has been found (the rest
 * follows in the last ranking's order). Metrics leave the priors out: `N` and `R` count the
 * records and relevant records left after the priors. See {@link screeningMetrics} for WSS@95,
 * RRF@10 and ATD.
 *
 * @param records The records (strings, or objects with `title`, `abstract`, `keywords`).
 * @param labels The true label of each record (`1`/`true` relevant).
 * @param options `seed`, `retrainEvery` and the prioritiser's model and feature settings.
 * @returns WSS@95, RRF@10, ATD, the recall curve, the priors and the screening order.
 * @example
 * ```ts
 * const { wss95, rrf10, atd, recall } = simulate(records, labels, { seed: 1 });
 * ```
 */
export function simulate(
  records: ReadonlyArray<ScreeningText>,
  labels: ReadonlyArray<0 | 1 | boolean>,
  options?: SimulateOptions | null | undefined,
): SimulationResult {
  const t0 = performance.now();
  const y = checkInput(records, labels);
  const resolved = resolvePrioritiserOptions(options);
  const seed = options?.seed ?? DEFAULT_SIMULATE_OPTIONS.seed;
  const every = options?.retrainEvery ?? DEFAULT_SIMULATE_OPTIONS.retrainEvery;
  if (!Number.isInteger(every) || every < 1) {
    throw new InvalidArgumentsError(`${errorPrefix("review", "simulate")}expected \`retrainEvery\` ≥ 1, got ${every}`);
  }
  const random = createRandom(seed);
  const relevantIds = y.flatMap((l, i) => (l === 1 ? [i] : []));
  const irrelevantIds = y.flatMap((l, i) => (l === 0 ? [i] : []));
  const priors: [number, number] = [
    relevantIds[drawIndex(random, relevantIds.length)] as number,
    irrelevantIds[drawIndex(random, irrelevantIds.length)] as number,
  ];
  const tie = new Float64Array(y.length).map(() => random());
  const x = vectorise(records, resolved.features);
  const model = createModel(x, resolved);
  const scores = new Float64Array(x.rows);
  const labelled = new Uint8Array(x.rows);
  const rows: number[] = [...priors];
  const ys: Array<0 | 1> = [1, 0];
  for (const p of priors) labelled[p] = 1;
  const order: number[] = [];
  let missing = relevantIds.length - 1;
  let sinceFit = every;
  while (missing > 0) {
    if (sinceFit >= every) {
      model.fit(rows, ys);
      model.score(scores, labelled);
      sinceFit = 0;
    }
    let best = -1;
    for (let i = 0; i < x.rows; i++) {
      if (labelled[i]) continue;
      if (
        best < 0 ||
        (scores[i] as number) > (scores[best] as number) ||
        (scores[i] === scores[best] && (tie[i] as number) < (tie[best] as number))
      ) {
        best = i;
      }
    }
    labelled[best] = 1;
    order.push(best);
    rows.push(best);
    ys.push(y[best] as 0 | 1);
    missing -= y[best] as number;
    sinceFit++;
  }
  const rest: number[] = [];
  for (let i = 0; i < x.rows; i++) if (!labelled[i]) rest.push(i);
  rest.sort((a, b) => (scores[b] as number) - (scores[a] as number) || (tie[a] as number) - (tie[b] as number));
  order.push(...rest);
  const metrics = screeningMetrics(order.map((i) => y[i] as 0 | 1));
  return { ...metrics, priors, order, ms: performance.now() - t0 };
}
