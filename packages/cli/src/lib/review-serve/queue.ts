// What a reviewer screens next: the records of a stage they have not voted on, in prioritised order
// (retrained on their own votes after every vote), their progress and a stopping guide.
import { createPrioritiser, type Prioritiser, type Review, type StoredRecord } from "@verlicht/review";
import type { ReviewerHandle } from "./identity.js";

/** The stopping guide shown beside the record. */
export interface StoppingGuide {
  /** Records this reviewer screened at the stage since their last include. */
  sinceLastInclude: number;
  /** That number as a share of all records of the stage. */
  shareSinceLastInclude: number;
  /** Estimated relevant records among those not yet screened. */
  estimatedRemaining: number;
  /** The estimation method, named. */
  method: "recent-inclusion-rate";
  /** Window of recent votes the rate is taken over. */
  window: number;
}

/** A reviewer's progress at a stage. */
export interface Progress {
  screened: number;
  total: number;
  included: number;
}

const WINDOW = 50;

/** The queue of one stage over a review, shared by every reviewer of the server. */
export class StageQueue {
  readonly #review: Review;
  readonly stage: string;
  readonly #records: StoredRecord[];
  readonly #index = new Map<number, number>();
  readonly #prioritiser: Prioritiser;

  constructor(review: Review, stage: string) {
    this.#review = review;
    this.stage = stage;
    // Every canonical record (duplicates carry their canonical record's decision; removed ones are out).
    this.#records = review.records().filter((r) => r.duplicateOf === undefined && r.removed === undefined);
    for (const [i, r] of this.#records.entries()) this.#index.set(r.id, i);
    this.#prioritiser = createPrioritiser(
      this.#records.map((r) => ({ title: r.record.title, abstract: r.record.abstract, keywords: r.record.keywords })),
    );
  }

  /** Records that reach this stage (all at the first stage; those included at the stage before, later). */
  eligible(): StoredRecord[] {
    const stages = this.#review.stages();
    const position = stages.find((s) => s.id === this.stage)?.position ?? 1;
    const previous = stages.filter((s) => s.position < position).at(-1);
    if (!previous) return this.#records;
    return this.#records.filter((r) => {
      const kind = this.#review.round(r.roundId).kind;
      if (kind !== "database" && kind !== "register") return true;
      return this.#review.decisionOf(r.id, previous.id).status === "include";
    });
  }

  /** The reviewer's unscreened eligible records, most likely relevant first (by their own votes only). */
  order(who: ReviewerHandle, seed = 0): StoredRecord[] {
    const mine = who.myVotes(this.stage);
    const labels: Array<0 | 1 | null> = this.#records.map(() => null);
    const voted = new Set<number>();
    for (const v of mine) {
      voted.add(v.recordId);
      const i = this.#index.get(v.recordId);
      if (i !== undefined && v.value !== "maybe") labels[i] = v.value === "include" ? 1 : 0;
    }
    const eligible = new Set(this.eligible().map((r) => r.id));
    const { order } = this.#prioritiser.rank(labels, { seed });
    return order.map((i) => this.#records[i] as StoredRecord).filter((r) => eligible.has(r.id) && !voted.has(r.id));
  }

  /** Progress of every reviewer who voted at this stage (counts only: no decisions of others). */
  progress(): Record<string, Progress> {
    const total = this.eligible().length;
    const rows = this.#review.db
      .prepare(
        "SELECT reviewer, COUNT(*) AS n, SUM(value = 'include') AS inc FROM votes WHERE stage = ? GROUP BY reviewer ORDER BY reviewer",
      )
      .all(this.stage) as { reviewer: string; n: number; inc: number }[];
    return Object.fromEntries(rows.map((r) => [r.reviewer, { screened: r.n, total, included: r.inc }]));
  }

  /** The stopping guide for a reviewer, from their own votes. */
  stopping(who: ReviewerHandle): StoppingGuide {
    const mine = who.myVotes(this.stage);
    const total = this.eligible().length;
    let since = 0;
    for (let i = mine.length - 1; i >= 0 && mine[i]?.value !== "include"; i--) since++;
    const recent = mine.slice(-WINDOW);
    const rate = recent.length ? recent.filter((v) => v.value === "include").length / recent.length : 0;
    const remaining = Math.max(0, total - mine.length);
    return {
      sinceLastInclude: since,
      shareSinceLastInclude: total ? since / total : 0,
      estimatedRemaining: Math.round(rate * remaining * 10) / 10,
      method: "recent-inclusion-rate",
      window: WINDOW,
    };
  }
}
