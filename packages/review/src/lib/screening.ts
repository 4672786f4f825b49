import { errorPrefix, InvalidArgumentsError, UsageError } from "@verlicht/core";
import { type Decision, isVoteValue, type VoteValue } from "./decide.js";
import { errorText } from "./messages.js";
import type { Review } from "./open-review.js";
import type { Vote } from "./review-types.js";
import { statement } from "./statement-cache.js";
import { asLead, isSession, type ReviewReader } from "./store/reader.js";
import type { ReviewerSession } from "./store/session.js";

const P = (fn: string) => errorPrefix("review", fn);

/** Arguments of {@link vote}. */
export interface VoteInit {
  /** Record id. */
  record: number;
  /** Stage id (`title-abstract`, `full-text`, …). */
  stage: string;
  /** The reviewer casting the vote (must be added with `addReviewer`). */
  reviewer: string;
  /** include / exclude / maybe. */
  value: VoteValue;
  /** Exclusion reason code from the controlled list (required at stages with `reasonsRequired`). */
  reason?: string | undefined;
  /** A free note. */
  note?: string | undefined;
  /** Free tags (kept in the vote's event). */
  tags?: ReadonlyArray<string> | undefined;
  /** The round the vote belongs to (default: the latest round). */
  round?: string | undefined;
}

/** Arguments of {@link vote} through a reviewer's session: the reviewer is the session's. */
export type SessionVoteInit = Omit<VoteInit, "reviewer"> & { reviewer?: string | undefined };

/**
 * Cast (or change) a reviewer's vote on a record at a stage. One vote per (record, stage, reviewer, round);
 * a change is a new event with the old vote as `before`. With a {@link ReviewerSession} the vote is the
 * session's reviewer's (and `reviewer` must be absent or the same); with the lead's {@link Review} it is
 * recorded for the named reviewer (votes collected elsewhere, e.g. `verlicht review screen`).
 *
 * @throws {UsageError} when the record is a duplicate, or not forwarded to this stage by the previous one
 *   (records of other-method rounds may be assessed directly).
 * @throws {InvalidArgumentsError} for an unknown reviewer, value or reason, or a missing required reason.
 */
export function vote(reader: ReviewerSession, init: SessionVoteInit): void;
export function vote(reader: Review, init: VoteInit): void;
export function vote(reader: Review | ReviewerSession, init: VoteInit | SessionVoteInit): void {
  if (isSession(reader)) {
    reader.vote(init);
    return;
  }
  const review = reader;
  const reviewer = init.reviewer;
  if (reviewer === undefined) {
    throw new InvalidArgumentsError(
      `${P("vote")}name the reviewer the vote is recorded for (or vote through their session)`,
    );
  }
  const fn = P("vote");
  review.transaction(() => {
    if (!review.reviewerRole(reviewer)) {
      throw new InvalidArgumentsError(
        `${fn}unknown reviewer ${JSON.stringify(reviewer)}; add them with addReviewer() first`,
      );
    }
    if (!isVoteValue(init.value)) {
      throw new InvalidArgumentsError(`${fn}expected include, exclude or maybe, got ${JSON.stringify(init.value)}`);
    }
    const stage = review.stage(init.stage);
    const record = review.record(init.record);
    if (record.removed !== undefined) {
      throw new UsageError(
        `${fn}record ${init.record} was removed before screening (${record.removed}); restore it first`,
      );
    }
    if (record.duplicateOf !== undefined) {
      throw new UsageError(
        `${fn}record ${init.record} is a duplicate of record ${record.duplicateOf}; screen that record (its decision is carried)`,
      );
    }
    const previous = review
      .stages()
      .filter((s) => s.position < stage.position)
      .at(-1);
    // Records found by other methods (websites, organisations, citation searching) go straight to
    // retrieval and eligibility in PRISMA 2020, so they may be assessed without the screening stage.
    const kind = review.round(record.roundId).kind;
    const otherMethod = kind !== "database" && kind !== "register";
    if (previous && !otherMethod) {
      const before = review.decisionOf(init.record, previous.id);
      if (before.status !== "include") {
        throw new UsageError(
          `${fn}record ${init.record} is ${before.status} at ${previous.id}; only included records reach ${stage.id}`,
        );
      }
    }
    const reasons = new Set(review.exclusionReasons().map((r) => r.code));
    if (init.reason !== undefined && !reasons.has(init.reason)) {
      throw new InvalidArgumentsError(
        `${fn}unknown exclusion reason ${JSON.stringify(init.reason)}; use one of ${[...reasons].join(", ") || "(none yet: addExclusionReason())"}`,
      );
    }
    if (init.value === "exclude" && stage.reasonsRequired && init.reason === undefined) {
      throw new InvalidArgumentsError(`${fn}an exclusion at ${stage.id} needs a reason from the controlled list`);
    }
    const round = init.round ?? review.currentRound();
    review.round(round);
    const old = statement(
      review.db,
      "SELECT value, reason FROM votes WHERE record_id = ? AND stage = ? AND reviewer = ? AND round_id = ?",
    ).get(init.record, init.stage, reviewer, round);
    const payload = {
      recordId: init.record,
      stage: init.stage,
      reviewer: reviewer,
      roundId: round,
      value: init.value,
      reason: init.reason,
      note: init.note,
      ...(init.tags?.length ? { tags: [...init.tags] } : {}),
    };
    review.commit({
      type: "vote-cast",
      actor: reviewer,
      payload,
      before: old ?? null,
      after: { value: init.value, reason: init.reason ?? null },
    });
  });
}

/**
 * Take back a reviewer's own vote (undo): the vote is removed from the state and the retraction is an
 * event with the vote as `before`, so the log keeps both. Through a session only the session's own vote.
 *
 * @throws {UsageError} when the reviewer has no vote on the record at the stage in the round.
 */
export function retractVote(
  reader: Review | ReviewerSession,
  init: { record: number; stage: string; reviewer: string; round?: string | undefined },
): void {
  if (isSession(reader)) {
    if (reader.reviewer !== init.reviewer) {
      throw new UsageError(`${P("retractVote")}${reader.reviewer} may only take back their own vote`);
    }
    reader.retract(init);
    return;
  }
  const review = reader;
  review.transaction(() => {
    const round = init.round ?? review.currentRound();
    const old = statement(
      review.db,
      "SELECT value, reason, note FROM votes WHERE record_id = ? AND stage = ? AND reviewer = ? AND round_id = ?",
    ).get(init.record, init.stage, init.reviewer, round);
    if (!old) {
      throw new UsageError(
        `${P("retractVote")}${init.reviewer} has no vote on record ${init.record} at ${init.stage} in ${round}`,
      );
    }
    review.commit({
      type: "vote-retracted",
      actor: init.reviewer,
      payload: { recordId: init.record, stage: init.stage, reviewer: init.reviewer, roundId: round },
      before: old,
      after: null,
    });
  });
}

/** A `votes` row as a {@link Vote}. @internal */
export function rowToVote(r: Record<string, unknown>): Vote {
  return {
    recordId: r.record_id as number,
    stage: r.stage as string,
    reviewer: r.reviewer as string,
    roundId: r.round_id as string,
    value: r.value as VoteValue,
    reason: (r.reason as string | null) ?? undefined,
    note: (r.note as string | null) ?? undefined,
    at: r.at as string,
  };
}

/** Every vote on a record at a stage in a round, unfiltered. @internal */
export function readVotes(review: Review, record: number, stage: string, round: string): Vote[] {
  return statement(
    review.db,
    "SELECT * FROM votes WHERE record_id = ? AND stage = ? AND round_id = ? ORDER BY at, reviewer",
  )
    .all(record, stage, round)
    .map(rowToVote);
}

/**
 * Read the votes on a record at a stage. With a reviewer's {@link ReviewerSession} they are blinded (see
 * there): a screener sees others' votes only after casting their own. The lead's {@link Review} sees all.
 * A name is not an identity: `as` is refused; sign the reviewer in with {@link Review.signIn}.
 *
 * @throws {UsageError} when blinding forbids it.
 * @throws {InvalidArgumentsError} when `as` is passed.
 */
export function votes(
  reader: ReviewReader,
  options: { record: number; stage: string; round?: string | undefined; as?: never },
): Vote[] {
  if ((options as { as?: unknown }).as !== undefined) {
    throw new InvalidArgumentsError(
      errorText("votes", "name-not-identity", { as: JSON.stringify((options as { as?: unknown }).as) }),
    );
  }
  if (isSession(reader)) return reader.votes(options);
  return readVotes(reader, options.record, options.stage, options.round ?? reader.currentRound());
}

/**
 * The decision on a record at a stage (duplicates carry their canonical record's decision). Blinded for a
 * reviewer's session until they voted on it. @throws {UsageError} while blinded.
 */
export function decision(reader: ReviewReader, record: number, stage: string): Decision {
  if (isSession(reader)) return reader.decision(record, stage);
  return reader.decisionOf(record, stage);
}

/** Records in conflict at a stage, unfiltered. @internal */
export function conflictIds(review: Review, stage: string): number[] {
  const ids = statement(review.db, "SELECT DISTINCT record_id AS id FROM votes WHERE stage = ? ORDER BY record_id").all(
    stage,
  ) as { id: number }[];
  return ids.map((r) => r.id).filter((id) => review.decisionOf(id, stage).status === "conflict");
}

/**
 * Records in conflict at a stage (ids only: reading the votes goes through {@link votes}). A reviewer's
 * session gets only those whose decision it may see.
 */
export function conflicts(reader: ReviewReader, options: { stage: string }): number[] {
  if (isSession(reader)) return reader.conflicts(options);
  return conflictIds(reader, options.stage);
}

/**
 * Resolve a conflict: a resolver (role `resolver` or `owner`) records the decision and, for an exclusion,
 * the reason. @throws {UsageError} when the record is not in conflict or the resolver may not resolve.
 */
export function resolveConflict(
  review: Review,
  init: { record: number; stage: string; value: VoteValue; reason?: string | undefined; resolver: string },
): void {
  const fn = P("resolveConflict");
  review.transaction(() => {
    const role = review.reviewerRole(init.resolver);
    if (role !== "resolver" && role !== "owner") {
      throw new UsageError(`${fn}${init.resolver} is not a resolver; give them role "resolver" with addReviewer()`);
    }
    const before = review.decisionOf(init.record, init.stage);
    if (before.status !== "conflict") {
      throw new UsageError(`${fn}record ${init.record} is ${before.status} at ${init.stage}, not in conflict`);
    }
    const stage = review.stage(init.stage);
    if (init.value === "exclude" && stage.reasonsRequired && !init.reason) {
      throw new InvalidArgumentsError(`${fn}an exclusion at ${stage.id} needs a reason from the controlled list`);
    }
    if (init.reason && !review.exclusionReasons().some((r) => r.code === init.reason)) {
      throw new InvalidArgumentsError(`${fn}unknown exclusion reason ${JSON.stringify(init.reason)}`);
    }
    const round = (
      statement(
        review.db,
        "SELECT v.round_id AS r FROM votes v JOIN rounds o ON o.id = v.round_id WHERE v.record_id = ? AND v.stage = ? ORDER BY o.position DESC LIMIT 1",
      ).get(init.record, init.stage) as { r: string }
    ).r;
    review.commit({
      type: "conflict-resolved",
      actor: init.resolver,
      payload: {
        recordId: init.record,
        stage: init.stage,
        roundId: round,
        value: init.value,
        reason: init.reason,
        resolver: init.resolver,
      },
      before,
      after: { status: init.value === "exclude" ? "exclude" : "include", reason: init.reason ?? null },
    });
  });
}

/** Record whether the full-text report of a record could be retrieved (PRISMA "reports not retrieved"). */
export function markRetrieval(review: Review, record: number, options: { retrieved: boolean; as: string }): void {
  review.transaction(() => {
    const before = review.record(record).notRetrieved;
    review.commit({
      type: "report-retrieval",
      actor: options.as,
      payload: { recordId: record, retrieved: options.retrieved },
      before: { retrieved: !before },
      after: { retrieved: options.retrieved },
    });
  });
}

/** Link a report (record) to the study it reports; a record not linked is its own study. */
export function linkReport(review: Review, options: { report: number; study: number; as: string }): void {
  review.transaction(() => {
    review.record(options.report);
    review.record(options.study);
    const old = statement(review.db, "SELECT study_id FROM study_links WHERE report_id = ?").get(options.report) as
      | { study_id: number }
      | undefined;
    review.commit({
      type: "report-linked",
      actor: options.as,
      payload: { reportId: options.report, studyId: options.study },
      before: old ? { study: old.study_id } : null,
      after: { study: options.study },
    });
  });
}

/** The study a report belongs to (itself when not linked). */
export function studyOf(review: Review, report: number): number {
  const row = statement(review.db, "SELECT study_id FROM study_links WHERE report_id = ?").get(report) as
    | { study_id: number }
    | undefined;
  return row?.study_id ?? report;
}

/** Save a reviewer's extraction record (any JSON object) for an included record. */
export function saveExtraction(
  review: Review,
  options: { record: number; reviewer: string; data: Record<string, unknown> },
): void {
  review.transaction(() => {
    review.record(options.record);
    const old = statement(review.db, "SELECT data FROM extractions WHERE record_id = ? AND reviewer = ?").get(
      options.record,
      options.reviewer,
    ) as { data: string } | undefined;
    review.commit({
      type: "extraction-saved",
      actor: options.reviewer,
      payload: { recordId: options.record, reviewer: options.reviewer, data: options.data },
      before: old ? JSON.parse(old.data) : null,
      after: options.data,
    });
  });
}

/**
 * Every vote of the review as plain rows `{record, stage, round, reviewer, decision}` (the shape
 * `agreementByStageAndRound` takes). For the lead only: the {@link Review}, or a session with role `owner`.
 *
 * @throws {UsageError} for the session of anyone but the lead.
 */
export function allVotes(
  reader: ReviewReader,
): { record: number; stage: string; round: string; reviewer: string; decision: VoteValue }[] {
  const review = asLead(reader, "allVotes");
  const rows = statement(
    review.db,
    "SELECT record_id, stage, round_id, reviewer, value FROM votes ORDER BY record_id, stage, round_id, reviewer",
  ).all() as { record_id: number; stage: string; round_id: string; reviewer: string; value: VoteValue }[];
  return rows.map((r) => ({
    record: r.record_id,
    stage: r.stage,
    round: r.round_id,
    reviewer: r.reviewer,
    decision: r.value,
  }));
}

/**
 * Remove a record before screening for a reason other than duplication (retracted, not a research
 * report, outside the date range…), or restore it with `reason: null`. Counted in PRISMA as
 * "Records removed for other reasons". Nothing is deleted.
 */
export function removeRecord(review: Review, record: number, options: { reason: string | null; as: string }): void {
  if (options.reason !== null && (typeof options.reason !== "string" || options.reason.trim() === "")) {
    throw new InvalidArgumentsError(`${P("removeRecord")}expected a reason (non-empty string), or null to restore`);
  }
  review.transaction(() => {
    const before = review.record(record).removed ?? null;
    review.commit({
      type: "record-removed",
      actor: options.as,
      payload: { recordId: record, reason: options.reason },
      before: { removed: before },
      after: { removed: options.reason },
    });
  });
}
