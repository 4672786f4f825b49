import { errorPrefix, InvalidArgumentsError } from "@verlicht/core";
import {
  createEnsembleModel,
  createLogisticModel,
  createNaiveBayesModel,
  type LogisticSettings,
  type NaiveBayesSettings,
  type RankingModel,
} from "./models.js";
import { createRandom } from "./random.js";
import { createSvmModel, type SvmSettings } from "./svm-model.js";
import { type ScreeningText, type SparseMatrix, type VectoriseOptions, vectorise } from "./vectorise.js";

/** Options of {@link createPrioritiser}. */
export interface PrioritiserOptions {
  /** The classifier: `"logistic"` (default) or `"naive-bayes"` (ASReview 1.x's default, for comparison). */
  model?: "logistic" | "naive-bayes" | "ensemble" | "svm" | undefined;
  /** TF-IDF settings. */
  features?: Partial<VectoriseOptions> | undefined;
  /** Logistic-regression settings. */
  logistic?: Partial<LogisticSettings> | undefined;
  /** Naive-Bayes settings. */
  naiveBayes?: Partial<NaiveBayesSettings> | undefined;
  /** Linear-SVM settings. */
  svm?: Partial<SvmSettings> | undefined;
  /** The members of `model: "ensemble"` (default logistic regression and naive Bayes). */
  ensemble?: ReadonlyArray<"logistic" | "naive-bayes" | "svm"> | undefined;
}

/** Fully resolved prioritiser options. */
export interface ResolvedPrioritiserOptions {
  /** The classifier. */
  model: "logistic" | "naive-bayes" | "ensemble" | "svm";
  /** TF-IDF settings. */
  features: VectoriseOptions;
  /** Logistic-regression settings. */
  logistic: LogisticSettings;
  /** Naive-Bayes settings. */
  naiveBayes: NaiveBayesSettings;
  /** Linear-SVM settings. */
  svm: SvmSettings;
  /** The members of `model: "ensemble"`. */
  ensemble: ReadonlyArray<"logistic" | "naive-bayes" | "svm">;
}

/**
 * Defaults of {@link createPrioritiser}: TF-IDF of words and of runs of two and three words (sublinear
 * tf, no stop-word removal, features in ≥ 2 records) and class-balanced L2 logistic regression with
 * `C = 10`. Function words are kept on purpose: phrases such as "a review of" carry the study type.
 * The settings are one choice for every review, not tuned per data set (see docs/living-reviews-screening.md).
 */
export const DEFAULT_PRIORITISER_OPTIONS: Readonly<ResolvedPrioritiserOptions> = Object.freeze({
  model: "logistic",
  features: Object.freeze({ ngrams: 3, minDf: 2, sublinearTf: true, stopwords: false }),
  logistic: Object.freeze({ c: 10, balanced: true, tolerance: 0.1, maxPasses: 10 }),
  naiveBayes: Object.freeze({ alpha: 3.822, balanced: true }),
  svm: Object.freeze({ c: 0.11, positiveWeight: "balanced", tolerance: 0.1, maxPasses: 10 }),
  ensemble: Object.freeze(["logistic", "naive-bayes"]),
}) as Readonly<ResolvedPrioritiserOptions>;

/** A label as the screening UI holds it: relevant, irrelevant, or not yet screened (`null`/`undefined`). */
export type ScreeningLabel = 0 | 1 | boolean | null | undefined;

/** The result of one retrain + rerank. */
export interface Ranking {
  /** Indices of the records still unlabelled, most likely relevant first. */
  order: number[];
  /** The model's score for every record (higher = more likely relevant), index-aligned with the records. */
  scores: Float64Array;
}

/** Options of {@link Prioritiser.rank}. */
export interface RankOptions {
  /** Seed of the random tie-break between equal scores (default 0). */
  seed?: number | undefined;
}

/** A prioritiser over a fixed set of records, holding their features and the model between calls. */
export interface Prioritiser {
  /** Number of records. */
  readonly size: number;
  /** Number of TF-IDF features. */
  readonly features: number;
  /** The resolved options. */
  readonly options: Readonly<ResolvedPrioritiserOptions>;
  /**
   * Retrain on the labels given so far and rank the unlabelled records. Needs at least one relevant
   * and one irrelevant label; with fewer it returns the unlabelled records in random (seeded) order.
   */
  rank(labels: ReadonlyArray<ScreeningLabel>, options?: RankOptions | null | undefined): Ranking;
}

/** Resolve partial options against {@link DEFAULT_PRIORITISER_OPTIONS}. */
export function resolvePrioritiserOptions(options?: PrioritiserOptions | null | undefined): ResolvedPrioritiserOptions {
  const d = DEFAULT_PRIORITISER_OPTIONS;
  const resolved = {
    model: options?.model ?? d.model,
    features: { ...d.features, ...(options?.features ?? {}) },
    logistic: { ...d.logistic, ...(options?.logistic ?? {}) },
    naiveBayes: { ...d.naiveBayes, ...(options?.naiveBayes ?? {}) },
    svm: { ...d.svm, ...(options?.svm ?? {}) },
    ensemble: options?.ensemble ?? d.ensemble,
  };
  const prefix = errorPrefix("review", "createPrioritiser");
  if (!["logistic", "naive-bayes", "ensemble", "svm"].includes(resolved.model)) {
    throw new InvalidArgumentsError(
      `${prefix}expected \`model\` "logistic" or "naive-bayes", got ${String(resolved.model)}`,
    );
  }
  if (![1, 2, 3].includes(resolved.features.ngrams)) {
    throw new InvalidArgumentsError(`${prefix}expected \`features.ngrams\` 1, 2 or 3, got ${resolved.features.ngrams}`);
  }
  if (!(resolved.logistic.c > 0) || !(resolved.naiveBayes.alpha > 0)) {
    throw new InvalidArgumentsError(`${prefix}expected \`logistic.c\` and \`naiveBayes.alpha\` to be positive numbers`);
  }
  return resolved;
}

/** Build the model named in the options over a feature matrix. */
export function createModel(x: SparseMatrix, options: ResolvedPrioritiserOptions): RankingModel {
  if (options.model === "logistic") return createLogisticModel(x, options.logistic);
  if (options.model === "naive-bayes") return createNaiveBayesModel(x, options.naiveBayes);
  if (options.model === "svm") return createSvmModel(x, options.svm);
  return createEnsembleModel(
    options.ensemble.map((m) =>
      m === "svm"
        ? createSvmModel(x, options.svm)
        : m === "naive-bayes"
          ? createNaiveBayesModel(x, options.naiveBayes)
          : createLogisticModel(x, options.logistic),
    ),
    x.rows,
  );
}

/**
 * Create a prioritiser for screening: it computes the TF-IDF features of the records once; each
 * {@link Prioritiser.rank} call then retrains the model on the current labels (starting from the
 * previous fit) and reranks the unlabelled records, which is what the screening UI needs after each vote.
 *
 * @param records The records (strings, or objects with `title`, `abstract`, `keywords`).
 * @param options Model and feature settings; the defaults are {@link DEFAULT_PRIORITISER_OPTIONS}.
 * @returns The prioritiser.
 * @example
 * ```ts
 * const prioritiser = createPrioritiser(records);
 * const { order } = prioritiser.rank(labels); // labels[i]: 1, 0 or null (not screened yet)
 * const next = order[0];
 * ```
 */
export function createPrioritiser(
  records: ReadonlyArray<ScreeningText>,
  options?: PrioritiserOptions | null | undefined,
): Prioritiser {
  if (!Array.isArray(records)) {
    throw new InvalidArgumentsError(
      `${errorPrefix("review", "createPrioritiser")}expected an array of records, got ${typeof records}`,
    );
  }
  const resolved = resolvePrioritiserOptions(options);
  const x = vectorise(records, resolved.features);
  const model = createModel(x, resolved);
  const scores = new Float64Array(x.rows);
  return {
    size: x.rows,
    features: x.columns,
    options: resolved,
    rank(labels, rankOptions) {
      if (!Array.isArray(labels) || labels.length !== x.rows) {
        throw new InvalidArgumentsError(
          `${errorPrefix("review", "rank")}expected one label per record (${x.rows}), got ${Array.isArray(labels) ? labels.length : typeof labels}`,
        );
      }
      const rows: number[] = [];
      const ys: Array<0 | 1> = [];
      const unlabelled: number[] = [];
      labels.forEach((l, i) => {
        if (l === null || l === undefined) unlabelled.push(i);
        else {
          rows.push(i);
          ys.push(l === true || l === 1 ? 1 : 0);
        }
      });
      const random = createRandom(rankOptions?.seed ?? 0);
      const tie = new Float64Array(x.rows).map(() => random());
      const hasBoth = ys.includes(1) && ys.includes(0);
      if (hasBoth) {
        model.fit(rows, ys);
        model.score(scores);
      } else scores.fill(0);
      const order = unlabelled.sort(
        (a, b) => (scores[b] as number) - (scores[a] as number) || (tie[a] as number) - (tie[b] as number),
      );
      return { order, scores: Float64Array.from(scores) };
    },
  };
}

/**
 * One-off retrain + rerank: {@link createPrioritiser} then {@link Prioritiser.rank}. Prefer a kept
 * prioritiser when ranking repeatedly, so the features are computed once.
 *
 * @param records The records.
 * @param labels One label per record: `1`/`true`, `0`/`false`, or `null` when not screened yet.
 * @param options Model and feature settings plus the tie-break `seed`.
 * @returns The unlabelled records, most likely relevant first, and every record's score.
 */
export function rank(
  records: ReadonlyArray<ScreeningText>,
  labels: ReadonlyArray<ScreeningLabel>,
  options?: (PrioritiserOptions & RankOptions) | null | undefined,
): Ranking {
  return createPrioritiser(records, options).rank(labels, { seed: options?.seed });
}
