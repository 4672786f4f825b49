// A reviewer's blinded view of a review: every read is filtered by who signed in.
import { type ReviewEvent, UsageError } from "@verlicht/core";
import type { Decision } from "../decide.js";
import { errorText } from "../messages.js";
import type { Review } from "../open-review.js";
import type { ReviewerRole, Round, Stage, StoredRecord, Vote } from "../review-types.js";
import { conflictIds, readVotes, retractVote, rowToVote, type SessionVoteInit, vote } from "../screening.js";
import { statement } from "../statement-cache.js";
import { leadOnly, SESSION } from "./reader.js";

/**
 * A reviewer signed in to a review ({@link Review.signIn} with the token the lead issued). Blinding holds
 * by construction: the session never hands out the file, and every read is filtered by its reviewer.
 *
 * - A **screener** sees their own votes, and another's vote, note or the decision on a record at a stage
 *   only after voting on it there (in the round that counts). This holds under every rule, also
 *   `any-include`.
 * - A **resolver** also sees votes and decision of a record in conflict (to resolve it).
 * - An **owner** is the lead: sees everything, and {@link ReviewerSession.lead} gives the full Review.
 *
 * Record texts, rounds, stages and reasons are visible to everyone. A token the lead replaced stops working
 * at the next call.
 */
export class ReviewerSession {
  /** @internal */
  readonly [SESSION] = true;
  /** The reviewer's id. */
  readonly reviewer: string;
  readonly #review: Review;
  readonly #tokenHash: string;

  /** @internal Use {@link Review.signIn}. */
  constructor(review: Review, reviewer: string, tokenHash: string) {
    this.#review = review;
    this.reviewer = reviewer;
    this.#tokenHash = tokenHash;
  }

  /** The reviewer's role now. @throws {UsageError} when the token was replaced or the reviewer removed. */
  get role(): ReviewerRole {
    const row = statement(this.#review.db, "SELECT role, token_hash FROM reviewers WHERE id = ?").get(this.reviewer);
    if (!row || row.token_hash !== this.#tokenHash) throw new UsageError(errorText("session", "sign-in-refused"));
    return row.role as ReviewerRole;
  }

  #check(): ReviewerRole {
    return this.role;
  }

  /** Is this the lead (role `owner`)? */
  get isLead(): boolean {
    return this.role === "owner";
  }

  /** The full Review, for the lead only (exports, PRISMA, set-up). @throws {UsageError} for other roles. */
  lead(action = "lead"): Review {
    const role = this.role;
    if (role !== "owner") throw leadOnly(action, this.reviewer, role);
    return this.#review;
  }

  // ---- what everyone may read ---------------------------------------------------------------

  /** The search rounds. */
  rounds(): Round[] {
    this.#check();
    return this.#review.rounds();
  }
  /** The latest round id. */
  currentRound(): string {
    this.#check();
    return this.#review.currentRound();
  }
  /** The screening stages and their rules. */
  stages(): Stage[] {
    this.#check();
    return this.#review.stages();
  }
  /** The controlled list of exclusion reasons. */
  exclusionReasons(): { code: string; label: string }[] {
    this.#check();
    return this.#review.exclusionReasons();
  }
  /** Stored records (texts and provenance; no votes). */
  records(options?: { round?: string | undefined } | null): StoredRecord[] {
    this.#check();
    return this.#review.records(options);
  }
  /** One stored record. */
  record(id: number): StoredRecord {
    this.#check();
    return this.#review.record(id);
  }

  // ---- blinded reads ------------------------------------------------------------------------

  /** This reviewer's own votes (optionally at one stage). */
  myVotes(options?: { stage?: string | undefined } | null): Vote[] {
    this.#check();
    const rows = statement(this.#review.db, "SELECT * FROM votes WHERE reviewer = ? ORDER BY record_id, stage, at")
      .all(this.reviewer)
      .filter((r) => options?.stage === undefined || r.stage === options.stage);
    return rows.map((r) => rowToVote(r));
  }

  /** Everyone's votes on a record at a stage. @throws {UsageError} while blinded. */
  votes(options: { record: number; stage: string; round?: string | undefined }): Vote[] {
    const round = options.round ?? this.#review.currentRound();
    if (!this.#mayReadVotes(this.role, options.record, options.stage, round)) {
      throw new UsageError(
        errorText("votes", "blinded-votes", { reviewer: this.reviewer, record: options.record, stage: options.stage }),
      );
    }
    return readVotes(this.#review, options.record, options.stage, round);
  }

  /** The decision on a record at a stage. @throws {UsageError} while blinded. */
  decision(record: number, stage: string): Decision {
    if (!this.#mayReadDecision(this.role, record, stage)) {
      throw new UsageError(errorText("decision", "blinded-decision", { reviewer: this.reviewer, record, stage }));
    }
    return this.#review.decisionOf(record, stage);
  }

  /** Records in conflict at a stage, among those this reviewer may see the decision of. */
  conflicts(options: { stage: string }): number[] {
    const role = this.role;
    return conflictIds(this.#review, options.stage).filter((id) => this.#mayReadDecision(role, id, options.stage));
  }

  /** The event log, with every event this reviewer may not see left out (and no token hashes). */
  events(options?: { after?: number | undefined } | null): ReviewEvent[] {
    const role = this.role;
    const out: ReviewEvent[] = [];
    for (const event of this.#review.events(options)) {
      const p = event.payload as Record<string, unknown>;
      if (role !== "owner") {
        if (event.type === "vote-cast" && p.reviewer !== this.reviewer) {
          if (!this.#mayReadVotes(role, p.recordId as number, p.stage as string, p.roundId as string)) continue;
        }
        if (event.type === "conflict-resolved" && !this.#mayReadDecision(role, p.recordId as number, p.stage as string))
          continue;
        if (event.type === "extraction-saved" && p.reviewer !== this.reviewer) continue;
      }
      if (event.type === "reviewer-added") {
        const { tokenHash: _, ...rest } = p;
        out.push({ ...event, payload: rest });
      } else out.push(event);
    }
    return out;
  }

  /** The state tables, filtered like {@link ReviewerSession.events}. */
  snapshot(): Record<string, unknown[]> {
    const role = this.role;
    const all = this.#review.snapshot() as Record<string, Record<string, unknown>[]>;
    const out: Record<string, unknown[]> = {};
    for (const [table, rows] of Object.entries(all)) {
      let kept = rows;
      if (table === "reviewers") kept = rows.map(({ token_hash: _, ...r }) => r);
      else if (role !== "owner" && table === "votes") {
        kept = rows.filter(
          (r) =>
            r.reviewer === this.reviewer ||
            this.#mayReadVotes(role, r.record_id as number, r.stage as string, r.round_id as string),
        );
      } else if (role !== "owner" && table === "resolutions") {
        kept = rows.filter((r) => this.#mayReadDecision(role, r.record_id as number, r.stage as string));
      } else if (role !== "owner" && table === "extractions") {
        kept = rows.filter((r) => r.reviewer === this.reviewer);
      }
      out[table] = kept;
    }
    return out;
  }

  // ---- writes -------------------------------------------------------------------------------

  /** Cast (or change) this reviewer's vote. @throws {UsageError} when `reviewer` names someone else. */
  vote(init: SessionVoteInit): void {
    this.#check();
    if (init.reviewer !== undefined && init.reviewer !== this.reviewer) {
      throw new UsageError(errorText("vote", "vote-as-other", { reviewer: this.reviewer, other: init.reviewer }));
    }
    vote(this.#review, { ...init, reviewer: this.reviewer });
  }

  /** Take back this reviewer's own vote on a record at a stage (undo); logged with the vote as `before`. */
  retract(init: { record: number; stage: string; round?: string | undefined }): void {
    this.#check();
    retractVote(this.#review, { ...init, reviewer: this.reviewer });
  }

  // ---- visibility ---------------------------------------------------------------------------

  #voted(record: number, stage: string, round: string): boolean {
    return !!statement(
      this.#review.db,
      "SELECT 1 FROM votes WHERE record_id = ? AND stage = ? AND reviewer = ? AND round_id = ?",
    ).get(record, stage, this.reviewer, round);
  }

  #canonical(record: number): number {
    const seen = new Set<number>();
    let id = record;
    for (;;) {
      const row = statement(this.#review.db, "SELECT duplicate_of FROM records WHERE id = ?").get(id);
      const next = row?.duplicate_of;
      if (typeof next !== "number" || seen.has(next)) return id;
      seen.add(id);
      id = next;
    }
  }

  #mayReadVotes(role: ReviewerRole, record: number, stage: string, round: string): boolean {
    if (role === "owner" || this.#voted(record, stage, round)) return true;
    return role === "resolver" && this.#review.decisionOf(record, stage).status === "conflict";
  }

  #mayReadDecision(role: ReviewerRole, record: number, stage: string): boolean {
    if (role === "owner") return true;
    const id = this.#canonical(record);
    const latest = statement(
      this.#review.db,
      "SELECT v.round_id AS r FROM votes v JOIN rounds o ON o.id = v.round_id WHERE v.record_id = ? AND v.stage = ? ORDER BY o.position DESC LIMIT 1",
    ).get(id, stage);
    if (latest && this.#voted(id, stage, String(latest.r))) return true;
    return role === "resolver" && this.#review.decisionOf(id, stage).status === "conflict";
  }
}
