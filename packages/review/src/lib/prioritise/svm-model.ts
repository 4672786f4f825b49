import type { RankingModel } from "./models.js";
import type { SparseMatrix } from "./vectorise.js";

/** Settings of the L2-regularised linear support-vector machine with squared hinge loss. */
export interface SvmSettings {
  /** Inverse regularisation strength `C` (scikit-learn's meaning). */
  c: number;
  /**
   * Weight of a relevant record relative to an irrelevant one. `"balanced"`: both classes carry the
   * same total weight (scikit-learn `class_weight="balanced"`); a number: that fixed ratio.
   */
  positiveWeight: "balanced" | number;
  /** Stop coordinate descent when the largest projected-gradient violation is below this. */
  tolerance: number;
  /** At most this many passes over the labelled rows per retrain. */
  maxPasses: number;
}

/**
 * Linear SVM with squared hinge loss and L2 regularisation, trained by dual coordinate descent
 * (Hsieh et al. 2008, LIBLINEAR's `L2R_L2LOSS_SVC_DUAL`), the bias as an extra feature of value 1.
 * Retraining keeps the dual variables of rows labelled before (warm start).
 */
export function createSvmModel(x: SparseMatrix, settings: SvmSettings): RankingModel {
  const w = new Float64Array(x.columns + 1);
  const alpha = new Float64Array(x.rows);
  const inSet = new Uint8Array(x.rows);
  const label = new Int8Array(x.rows);
  const diag = new Float64Array(x.rows); // 1 / (2·C_i)
  const norms = new Float64Array(x.rows);
  const { indptr, indices, values } = x;
  for (let r = 0; r < x.rows; r++) {
    let s = 1;
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
    for (let p = indptr[r] as number; p < (indptr[r + 1] as number); p++)
      s += (values[p] as number) * (w[indices[p] as number] as number);
    return s;
  };
  let order: number[] = [];
  return {
    fit(rows, labels) {
      let positives = 0;
      for (const l of labels) positives += l;
      const negatives = rows.length - positives;
      let cPos = settings.c;
      let cNeg = settings.c;
      if (settings.positiveWeight === "balanced") {
        if (positives > 0) cPos = (settings.c * rows.length) / (2 * positives);
        if (negatives > 0) cNeg = (settings.c * rows.length) / (2 * negatives);
      } else cPos = settings.c * settings.positiveWeight;
      const wanted = new Uint8Array(x.rows);
      rows.forEach((r, i) => {
        const l = labels[i] as 0 | 1;
        wanted[r] = 1;
        if (inSet[r] && label[r] !== l) {
          axpy(r, -(alpha[r] as number) * (label[r] === 1 ? 1 : -1));
          alpha[r] = 0;
          inSet[r] = 0;
        }
        if (!inSet[r]) {
          inSet[r] = 1;
          label[r] = l;
          alpha[r] = 0;
          order.push(r);
        }
        diag[r] = 0.5 / (l === 1 ? cPos : cNeg);
      });
      order = order.filter((r) => {
        if (wanted[r]) return true;
        axpy(r, -(alpha[r] as number) * (label[r] === 1 ? 1 : -1));
        alpha[r] = 0;
        inSet[r] = 0;
        return false;
      });
      for (let pass = 0; pass < settings.maxPasses; pass++) {
        let worst = 0;
        for (let i = order.length - 1; i >= 0; i--) {
          const r = order[i] as number;
          const y = label[r] === 1 ? 1 : -1;
          const a0 = alpha[r] as number;
          const g = y * dot(r) - 1 + (diag[r] as number) * a0;
          const pg = a0 === 0 ? Math.min(g, 0) : g;
          worst = Math.max(worst, Math.abs(pg));
          if (pg === 0) continue;
          const next = Math.max(a0 - g / ((norms[r] as number) + (diag[r] as number)), 0);
          if (next !== a0) {
            alpha[r] = next;
            axpy(r, (next - a0) * y);
          }
        }
        if (worst < settings.tolerance) break;
      }
    },
    score(out, skip) {
      const { indptr: ip, indices: ix, values: vs } = x;
      const b = w[x.columns] as number;
      for (let r = 0; r < x.rows; r++) {
        if (skip?.[r]) continue;
        let s = b;
        for (let p = ip[r] as number; p < (ip[r + 1] as number); p++)
          s += (vs[p] as number) * (w[ix[p] as number] as number);
        out[r] = s;
      }
    },
  };
}
