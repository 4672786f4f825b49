import type { SparseMatrix } from "./vectorise.js";

/** A classifier that is retrained on the labelled rows and scores every row (higher = more likely relevant). */
export interface RankingModel {
  /** Retrain on `rows` with `labels` (1 relevant, 0 irrelevant); may start from the previous fit. */
  fit(rows: ReadonlyArray<number>, labels: ReadonlyArray<0 | 1>): void;
  /** Write one score per row of the matrix into `out` (rows marked in `skip` may be left as they are). */
  score(out: Float64Array, skip?: Uint8Array | undefined): void;
}

/** Settings of the L2-regularised logistic regression. */
export interface LogisticSettings {
  /** Inverse regularisation strength `C` (scikit-learn's meaning). */
  c: number;
  /** Weigh the classes so that both carry the same total weight (scikit-learn `class_weight="balanced"`). */
  balanced: boolean;
  /** Stop coordinate descent when the largest projected gradient is below this. */
  tolerance: number;
  /** At most this many passes over the labelled rows per retrain. */
  maxPasses: number;
}

/** Linear scores `X·w + b` of every row. */
function linearScores(x: SparseMatrix, w: Float64Array, bias: number, out: Float64Array, skip?: Uint8Array): void {
  const { indptr, indices, values } = x;
  for (let r = 0; r < x.rows; r++) {
    if (skip?.[r]) continue;
    let s = bias;
    for (let p = indptr[r] as number; p < (indptr[r + 1] as number); p++) {
      s += (values[p] as number) * (w[indices[p] as number] as number);
    }
    out[r] = s;
  }
}

/**
 * L2-regularised logistic regression trained by dual coordinate descent (Yu, Huang & Lin 2011, the
 * `L2R_LR_DUAL` solver of LIBLINEAR), with the bias as an extra regularised feature of value 1.
 * Retraining keeps the dual variables of rows that were labelled before (a warm start), so adding
 * one label costs a few cheap passes instead of a fit from scratch.
 */
export function createLogisticModel(x: SparseMatrix, settings: LogisticSettings): RankingModel {
  const w = new Float64Array(x.columns + 1); // last entry: bias weight
  const alpha = new Float64Array(x.rows).fill(-1); // -1: not in the training set
  const label = new Int8Array(x.rows);
  const upper = new Float64Array(x.rows);
  const norms = new Float64Array(x.rows);
  const { indptr, indices, values } = x;
  for (let r = 0; r < x.rows; r++) {
    let s = 1; // the bias feature
    for (let p = indptr[r] as number; p < (indptr[r + 1] as number); p++) s += (values[p] as number) ** 2;
    norms[r] = s;
  }
  const axpy = (r: number, f: number) => {
    for (let p = indptr[r] as number; p < (indptr[r + 1] as number); p++) {
      const j = indices[p] as number;
      w[j] = (w[j] as number) + f * (values[p] as number);
    }
    w[x.columns] = (w[x.columns] as number) + f;
  };
  const dot = (r: number) => {
    let s = w[x.columns] as number;
    for (let p = indptr[r] as number; p < (indptr[r + 1] as number); p++) {
      s += (values[p] as number) * (w[indices[p] as number] as number);
    }
    return s;
  };
  const step = (r: number, innerTolerance: number): number => {
    const y = label[r] === 1 ? 1 : -1;
    const cap = upper[r] as number;
    const a = norms[r] as number;
    const b = y * dot(r);
    // Work on whichever of α and C − α is the smaller side, for numerical stability (LIBLINEAR).
    const a0 = alpha[r] as number;
    const sign = 0.5 * a * (cap - a0 - a0) + b < 0 ? -1 : 1;
    const old = sign === 1 ? a0 : cap - a0;
    let z = old;
    if (cap - z < 0.5 * cap) z *= 0.1;
    let gp = a * (z - old) + sign * b + Math.log(z / (cap - z));
    const violation = Math.abs(gp);
    for (let it = 0; it < 100 && Math.abs(gp) >= innerTolerance; it++) {
      const next = z - gp / (a + cap / (cap - z) / z);
      z = next <= 0 ? z * 0.1 : next;
      gp = a * (z - old) + sign * b + Math.log(z / (cap - z));
    }
    const delta = sign * (z - old);
    if (delta !== 0) {
      alpha[r] = a0 + delta;
      axpy(r, delta * y);
    }
    return violation;
  };
  let order: number[] = [];
  const inOrder = new Uint8Array(x.rows);
  return {
    fit(rows, labels) {
      let positives = 0;
      for (const l of labels) positives += l;
      const negatives = rows.length - positives;
      const cPos = settings.balanced && positives > 0 ? (settings.c * rows.length) / (2 * positives) : settings.c;
      const cNeg = settings.balanced && negatives > 0 ? (settings.c * rows.length) / (2 * negatives) : settings.c;
      const known = inOrder;
      rows.forEach((r, i) => {
        const l = labels[i] as 0 | 1;
        const cap = l === 1 ? cPos : cNeg;
        if ((alpha[r] as number) >= 0 && label[r] !== l) {
          axpy(r, -(alpha[r] as number) * (label[r] === 1 ? 1 : -1)); // relabelled: forget the old fit
          alpha[r] = -1;
        }
        if ((alpha[r] as number) < 0) {
          label[r] = l;
          upper[r] = cap;
          alpha[r] = Math.min(0.001 * cap, 1e-8);
          axpy(r, (alpha[r] as number) * (l === 1 ? 1 : -1));
        } else if (upper[r] !== cap) {
          // The class weight moved with the class sizes: rescale α inside (0, C) and update w.
          const next = ((alpha[r] as number) * cap) / (upper[r] as number);
          axpy(r, (next - (alpha[r] as number)) * (l === 1 ? 1 : -1));
          alpha[r] = next;
          upper[r] = cap;
        }
        if (!known[r]) {
          known[r] = 1;
          order.push(r);
        }
      });
      if (order.length > rows.length) {
        const wanted = new Uint8Array(x.rows);
        for (const r of rows) wanted[r] = 1;
        for (const r of order) {
          if (!wanted[r] && (alpha[r] as number) >= 0) {
            axpy(r, -(alpha[r] as number) * (label[r] === 1 ? 1 : -1)); // unlabelled again
            alpha[r] = -1;
            known[r] = 0;
          }
        }
        order = order.filter((r) => wanted[r]);
      }
      let inner = 1e-2;
      for (let pass = 0; pass < settings.maxPasses; pass++) {
        let worst = 0;
        // Newest rows first: they are the furthest from their optimum after a warm start.
        for (let i = order.length - 1; i >= 0; i--) worst = Math.max(worst, step(order[i] as number, inner));
        if (worst < settings.tolerance) break;
        inner = Math.max(1e-8, 0.1 * worst);
      }
    },
    score(out, skip) {
      linearScores(x, w, w[x.columns] as number, out, skip);
    },
  };
}

/** Settings of the multinomial naive Bayes. */
export interface NaiveBayesSettings {
  /** Additive (Laplace/Lidstone) smoothing α. ASReview's default is 3.822. */
  alpha: number;
  /** Weigh the classes so that both carry the same total weight. */
  balanced: boolean;
}

/**
 * Multinomial naive Bayes on TF-IDF weights (scikit-learn's `MultinomialNB`), scored by the log-odds
 * `Σ_j x_j·(log θ_1j − log θ_0j)`. Retraining is a sum over the labelled rows.
 */
export function createNaiveBayesModel(x: SparseMatrix, settings: NaiveBayesSettings): RankingModel {
  const weights = new Float64Array(x.columns);
  return {
    fit(rows, labels) {
      const sums = [new Float64Array(x.columns), new Float64Array(x.columns)] as const;
      const counts = [0, 0];
      rows.forEach((r, i) => {
        const l = labels[i] as 0 | 1;
        counts[l] = (counts[l] as number) + 1;
        const s = sums[l];
        for (let p = x.indptr[r] as number; p < (x.indptr[r + 1] as number); p++) {
          const j = x.indices[p] as number;
          s[j] = (s[j] as number) + (x.values[p] as number);
        }
      });
      const scale = [1, 1];
      if (settings.balanced && counts[0] && counts[1]) {
        scale[0] = rows.length / (2 * (counts[0] as number));
        scale[1] = rows.length / (2 * (counts[1] as number));
      }
      let total0 = 0;
      let total1 = 0;
      for (let j = 0; j < x.columns; j++) {
        total0 += (sums[0][j] as number) * (scale[0] as number) + settings.alpha;
        total1 += (sums[1][j] as number) * (scale[1] as number) + settings.alpha;
      }
      for (let j = 0; j < x.columns; j++) {
        const t1 = ((sums[1][j] as number) * (scale[1] as number) + settings.alpha) / total1;
        const t0 = ((sums[0][j] as number) * (scale[0] as number) + settings.alpha) / total0;
        weights[j] = Math.log(t1) - Math.log(t0);
      }
    },
    score(out) {
      linearScores(x, weights, 0, out);
    },
  };
}

/** Standardise scores to mean 0 and unit variance, in place. */
function standardise(scores: Float64Array): void {
  let mean = 0;
  for (const v of scores) mean += v;
  mean /= scores.length || 1;
  let variance = 0;
  for (const v of scores) variance += (v - mean) ** 2;
  const sd = Math.sqrt(variance / (scores.length || 1)) || 1;
  for (let i = 0; i < scores.length; i++) scores[i] = ((scores[i] as number) - mean) / sd;
}

/**
 * An ensemble that sums the standardised scores of its members. Logistic regression and naive Bayes
 * err differently: the regression sharpens quickly around the relevant records seen so far, naive
 * Bayes keeps weight on the words the relevant records share, so their sum recovers sooner from an
 * untypical first relevant record.
 */
export function createEnsembleModel(members: ReadonlyArray<RankingModel>, rows: number): RankingModel {
  const buffer = new Float64Array(rows);
  return {
    fit(fitRows, labels) {
      for (const m of members) m.fit(fitRows, labels);
    },
    score(out) {
      out.fill(0);
      for (const m of members) {
        m.score(buffer);
        standardise(buffer);
        for (let i = 0; i < rows; i++) out[i] = (out[i] as number) + (buffer[i] as number);
      }
    },
  };
}
