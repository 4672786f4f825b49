import { matchDuplicates } from "./find-duplicates.js";
import type { Review } from "./open-review.js";
import type { Actor, StoredRecord } from "./review-types.js";
import { statement } from "./statement-cache.js";
import { toStored } from "./stored-record.js";

/** The work behind {@link Review.deduplicate}. @internal */
export function deduplicateReview(review: Review, options: Actor): { linked: number; maybe: number } {
  return review.transaction(() => {
    const rows = statement(
      review.db,
      "SELECT r.* FROM records r JOIN rounds o ON o.id = r.round_id ORDER BY o.position, r.id",
    ).all() as Record<string, unknown>[];
    const stored = rows.map(toStored);
    const { clusters, pairs } = matchDuplicates(stored.map((s) => s.record));
    let linked = 0;
    let maybe = 0;
    const rejected = new Set(
      (
        statement(review.db, "SELECT a, b FROM maybe_pairs WHERE status = 'different'").all() as {
          a: number;
          b: number;
        }[]
      ).map((r) => `${r.a}|${r.b}`),
    );
    for (const cluster of clusters) {
      const canonical = stored[cluster[0] as number] as StoredRecord;
      for (const i of cluster.slice(1)) {
        const s = stored[i] as StoredRecord;
        if (s.duplicateOf !== undefined) continue;
        if (rejected.has(`${canonical.id}|${s.id}`)) continue;
        const target = canonical.duplicateOf ?? canonical.id;
        review.commit({
          type: "duplicate-linked",
          actor: options.as,
          payload: { recordId: s.id, canonicalId: target, method: "findDuplicates" },
          before: { duplicateOf: null },
          after: { duplicateOf: target },
        });
        linked++;
      }
    }
    for (const pair of pairs) {
      if (pair.verdict !== "maybe") continue;
      const a = (stored[pair.a] as StoredRecord).id;
      const b = (stored[pair.b] as StoredRecord).id;
      if (statement(review.db, "SELECT 1 FROM maybe_pairs WHERE a = ? AND b = ?").get(a, b)) continue;
      review.commit({
        type: "duplicate-maybe",
        actor: options.as,
        payload: { a, b, score: pair.score, evidence: pair.evidence },
      });
      maybe++;
    }
    return { linked, maybe };
  });
}
