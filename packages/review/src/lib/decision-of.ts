import { type Decision, decide, type VoteValue } from "./decide.js";
import type { Review } from "./open-review.js";
import { statement } from "./statement-cache.js";

/**
 * A record's decision at a stage: a resolution if there is one, else the stage's rule applied to the
 * votes of the latest round with votes; duplicates carry their canonical record's decision. @internal
 */
export function decisionOf(review: Review, recordId: number, stageId: string, seen: Set<number>): Decision {
  const record = review.record(recordId);
  if (record.duplicateOf !== undefined && !seen.has(record.duplicateOf)) {
    seen.add(recordId);
    const carried = decisionOf(review, record.duplicateOf, stageId, seen);
    return { ...carried, via: carried.status === "pending" ? carried.via : "duplicate" };
  }
  const stage = review.stage(stageId);
  const latest = statement(
    review.db,
    "SELECT v.round_id AS r FROM votes v JOIN rounds o ON o.id = v.round_id WHERE v.record_id = ? AND v.stage = ? ORDER BY o.position DESC LIMIT 1",
  ).get(recordId, stageId) as { r: string } | undefined;
  if (!latest) return { status: "pending", via: "none", rule: stage.rule };
  const resolution = statement(
    review.db,
    "SELECT value, reason FROM resolutions WHERE record_id = ? AND stage = ? AND round_id = ?",
  ).get(recordId, stageId, latest.r) as { value: VoteValue; reason: string | null } | undefined;
  if (resolution) {
    return {
      status: resolution.value === "exclude" ? "exclude" : "include",
      reason: resolution.reason ?? undefined,
      via: "resolution",
      rule: stage.rule,
    };
  }
  const votes = statement(
    review.db,
    "SELECT value, reason FROM votes WHERE record_id = ? AND stage = ? AND round_id = ? ORDER BY at, reviewer",
  ).all(recordId, stageId, latest.r) as { value: VoteValue; reason: string | null }[];
  return decide(stage.rule, votes);
}
