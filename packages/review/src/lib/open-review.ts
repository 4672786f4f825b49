import { InvalidArgumentsError, NotFoundError, type ReviewEvent, UsageError } from "@verlicht/core";
import { applyEvent } from "./apply-event.js";
import type { Decision, DecisionRule } from "./decide.js";
import { decisionOf } from "./decision-of.js";
import { deduplicateReview } from "./deduplicate-review.js";
import { errorText } from "./messages.js";
import { readEvents } from "./read-events.js";
import type { ReviewRecord } from "./review-record.js";
import { STATE_TABLES } from "./review-schema.js";
import {
  addRound,
  type ConfigureStageOptions,
  configureStage,
  type ImportRecordsOptions,
  importRecords,
} from "./review-setup.js";
import type { Actor, InputProvenance, ReviewerRole, Round, RoundKind, Stage, StoredRecord } from "./review-types.js";
import { statement } from "./statement-cache.js";
import { eventHash } from "./store/chain.js";
import { inTransaction, type ReviewDatabase } from "./store/database.js";
import { hashToken, newToken, tokenMatches } from "./store/identity.js";
import { BrokenLogError, inspectLog, type ReviewIntegrity } from "./store/integrity.js";
import { ReviewerSession } from "./store/session.js";
import { toStored } from "./stored-record.js";
import { TOOL_VERSION } from "./tool-version.js";

interface EventInit {
  type: string;
  actor: string;
  payload: Record<string, unknown>;
  before?: unknown;
  after?: unknown;
  input?: InputProvenance | undefined;
}

/**
 * A living systematic review stored in one SQLite file. Every change is an append-only, hash-chained event
 * written in the same transaction as the state it changes; {@link Review.rebuild} replays the log into
 * fresh state. Create one with {@link openReview}.
 *
 * Whoever holds a `Review` holds the file and is the lead: its reads are unfiltered. Reviewers get a
 * {@link ReviewerSession} from {@link Review.signIn} with the token {@link Review.addReviewer} issued;
 * every read of a session is blinded.
 */
export class Review {
  /** The file path. */
  readonly path: string;
  /** The underlying SQLite connection (the lead's; read it, do not write to it). */
  readonly db: ReviewDatabase;
  /** Opened with `readOnly: true`: every change throws. */
  readonly readOnly: boolean;
  /** What opening found about the log (chain, triggers). */
  readonly integrity: ReviewIntegrity;
  readonly #now: () => Date;

  /** @internal Use {@link openReview}. */
  constructor(
    path: string,
    db: ReviewDatabase,
    init: { now: () => Date; readOnly: boolean; integrity: ReviewIntegrity },
  ) {
    this.path = path;
    this.db = db;
    this.#now = init.now;
    this.readOnly = init.readOnly;
    this.integrity = init.integrity;
  }

  /** Close the file. */
  close(): void {
    this.db.close();
  }

  /** Run `fn` in one write transaction (BEGIN IMMEDIATE), so concurrent writers queue instead of failing. */
  transaction<T>(fn: () => T): T {
    if (this.readOnly)
      throw new UsageError(errorText("transaction", "read-only", { path: this.path, action: "a change" }));
    return inTransaction(this.db, fn);
  }

  /**
   * Append an event (chained to the last one) and apply it, in one transaction. Returns its sequence
   * number. @internal
   */
  commit(init: EventInit): number {
    if (this.readOnly) throw new UsageError(errorText("commit", "read-only", { path: this.path, action: init.type }));
    return this.transaction(() => {
      const at = this.#now().toISOString();
      const head = statement(this.db, "SELECT seq, hash FROM log_head WHERE id = 1").get() as {
        seq: number;
        hash: string;
      };
      const row = {
        seq: head.seq + 1,
        at,
        actor: init.actor,
        type: init.type,
        payload: JSON.stringify(init.payload),
        before: init.before === undefined ? null : JSON.stringify(init.before),
        after: init.after === undefined ? null : JSON.stringify(init.after),
        tool_version: TOOL_VERSION,
        input_file: init.input?.file ?? null,
        input_hash: init.input?.hash ?? null,
        input_line: init.input?.line ?? null,
      };
      statement(
        this.db,
        `INSERT INTO events (seq, at, actor, type, payload, before, after, tool_version, input_file, input_hash, input_line, prev_hash, hash)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...Object.values(row), head.hash, eventHash(head.hash, row));
      applyEvent(this.db, { type: init.type, at, payload: init.payload });
      return row.seq;
    });
  }

  /** The event log, oldest first (optionally from sequence number `after + 1`). */
  events(options?: { after?: number | undefined } | null): ReviewEvent[] {
    return readEvents(this.db, options?.after ?? 0);
  }

  /**
   * Throw away the state tables and rebuild them by replaying the whole event log.
   * @throws {BrokenLogError} when the log's hash chain is broken (a tampered log is never replayed).
   */
  rebuild(): void {
    if (this.readOnly)
      throw new UsageError(errorText("rebuild", "read-only", { path: this.path, action: "rebuild()" }));
    this.transaction(() => {
      const { broken } = inspectLog(this.db);
      if (broken) {
        throw new BrokenLogError(errorText("rebuild", "rebuild-refused", { seq: broken.seq }), {
          ...broken,
          path: this.path,
        });
      }
      for (const table of STATE_TABLES) this.db.exec(`DELETE FROM ${table}`);
      const rows = statement(this.db, "SELECT type, at, payload FROM events ORDER BY seq").all() as {
        type: string;
        at: string;
        payload: string;
      }[];
      for (const row of rows) applyEvent(this.db, { type: row.type, at: row.at, payload: JSON.parse(row.payload) });
    });
  }

  /** A JSON snapshot of every state table (for comparing states, e.g. before and after a rebuild). */
  snapshot(): Record<string, unknown[]> {
    const out: Record<string, unknown[]> = {};
    for (const table of STATE_TABLES) out[table] = statement(this.db, `SELECT * FROM ${table} ORDER BY 1, 2`).all();
    return out;
  }

  // ---- rounds -------------------------------------------------------------------------------

  /** Add a search round. Its id defaults to `round-<position>`. */
  addRound(round: Partial<Omit<Round, "position">> & Actor): Round {
    return addRound(this, round);
  }

  /** The search rounds, in order. */
  rounds(): Round[] {
    return (statement(this.db, "SELECT * FROM rounds ORDER BY position").all() as Record<string, unknown>[]).map(
      (r) => ({
        id: r.id as string,
        position: r.position as number,
        label: (r.label as string | null) ?? undefined,
        query: (r.query as string | null) ?? undefined,
        database: (r.database as string | null) ?? undefined,
        interface: (r.interface as string | null) ?? undefined,
        date: (r.date as string | null) ?? undefined,
        kind: r.kind as RoundKind,
      }),
    );
  }

  /** One round by id. @throws {NotFoundError} */
  round(id: string): Round {
    const found = this.rounds().find((r) => r.id === id);
    if (!found)
      throw new NotFoundError(
        errorText("round", "unknown-round", {
          id: JSON.stringify(id),
          known:
            this.rounds()
              .map((r) => r.id)
              .join(", ") || "–",
        }),
      );
    return found;
  }

  // ---- records ------------------------------------------------------------------------------

  /** Add parsed records to a round, one event per record, all in one transaction. Returns the new ids. */
  importRecords(records: ReadonlyArray<ReviewRecord>, options: ImportRecordsOptions): number[] {
    return importRecords(this, records, options);
  }

  /** Stored records, in id order (optionally of one round). */
  records(options?: { round?: string | undefined } | null): StoredRecord[] {
    const rows = (
      options?.round
        ? statement(this.db, "SELECT * FROM records WHERE round_id = ? ORDER BY id").all(options.round)
        : statement(this.db, "SELECT * FROM records ORDER BY id").all()
    ) as Record<string, unknown>[];
    return rows.map(toStored);
  }

  /** One stored record. @throws {NotFoundError} */
  record(id: number): StoredRecord {
    const row = statement(this.db, "SELECT * FROM records WHERE id = ?").get(id) as Record<string, unknown> | undefined;
    if (!row) throw new NotFoundError(errorText("record", "unknown-record", { id }));
    return toStored(row);
  }

  /** The files imported into a round: name, SHA-256 and number of records. */
  roundFiles(round: string): { file: string | undefined; hash: string | undefined; records: number }[] {
    return (
      statement(
        this.db,
        "SELECT file, file_hash AS hash, COUNT(*) AS n FROM records WHERE round_id = ? GROUP BY file, file_hash ORDER BY MIN(id)",
      ).all(round) as { file: string | null; hash: string | null; n: number }[]
    ).map((r) => ({ file: r.file ?? undefined, hash: r.hash ?? undefined, records: r.n }));
  }

  /** Has a file with this hash already been imported into this round? */
  hasFile(round: string, hash: string): boolean {
    return !!statement(this.db, "SELECT 1 FROM records WHERE round_id = ? AND file_hash = ? LIMIT 1").get(round, hash);
  }

  // ---- duplicates ---------------------------------------------------------------------------

  /**
   * Cluster duplicates over all records (earlier rounds first, so their records stay canonical and
   * later copies carry their decisions). Links are events; nothing is deleted. Pairs in the `maybe`
   * band are stored for a human ({@link Review.maybePairs}, {@link Review.resolveMaybe}).
   */
  deduplicate(options: Actor): { linked: number; maybe: number } {
    return deduplicateReview(this, options);
  }

  /** Open `maybe` pairs awaiting a human. */
  maybePairs(): { a: number; b: number; score: number; evidence: string[] }[] {
    return (
      statement(this.db, "SELECT * FROM maybe_pairs WHERE status = 'open' ORDER BY a, b").all() as Record<
        string,
        unknown
      >[]
    ).map((r) => ({
      a: r.a as number,
      b: r.b as number,
      score: r.score as number,
      evidence: JSON.parse((r.evidence as string) ?? "[]"),
    }));
  }

  /** A human decides a `maybe` pair: the same record (b becomes a duplicate of a) or different. */
  resolveMaybe(a: number, b: number, options: Actor & { same: boolean }): void {
    this.transaction(() => {
      if (!statement(this.db, "SELECT 1 FROM maybe_pairs WHERE a = ? AND b = ?").get(a, b)) {
        throw new NotFoundError(errorText("resolveMaybe", "unknown-maybe-pair", { a, b }));
      }
      this.commit({ type: "maybe-resolved", actor: options.as, payload: { a, b, same: options.same } });
    });
  }

  /** Mark a record as not a duplicate (undo a link). */
  unlinkDuplicate(recordId: number, options: Actor): void {
    this.transaction(() => {
      const before = this.record(recordId).duplicateOf;
      this.commit({
        type: "duplicate-unlinked",
        actor: options.as,
        payload: { recordId },
        before: { duplicateOf: before ?? null },
        after: { duplicateOf: null },
      });
    });
  }

  // ---- set-up -------------------------------------------------------------------------------

  /**
   * Add a reviewer (or change their role) and issue their secret sign-in token. Only the token's SHA-256 is
   * stored: hand the token to the reviewer now (it cannot be shown again); calling this again issues a new
   * token and the old one stops working. The reviewer signs in with {@link Review.signIn}.
   *
   * @returns the sign-in token (`vrt_…`).
   */
  addReviewer(id: string, options: Actor & { role?: ReviewerRole | undefined }): string {
    if (!id) throw new InvalidArgumentsError(errorText("addReviewer", "empty-reviewer-id"));
    const token = newToken();
    this.commit({
      type: "reviewer-added",
      actor: options.as,
      payload: { id, role: options.role ?? "screener", tokenHash: hashToken(token) },
    });
    return token;
  }

  /**
   * Sign a reviewer in with the token {@link Review.addReviewer} issued. The session's reads are blinded
   * by its reviewer (see {@link ReviewerSession}); hand reviewers sessions, never the Review.
   *
   * @throws {UsageError} (`sign-in-refused`) for an unknown name or a wrong token, alike.
   */
  signIn(id: string, token: string): ReviewerSession {
    const row = statement(this.db, "SELECT token_hash FROM reviewers WHERE id = ?").get(id);
    if (!row || !tokenMatches(token, row.token_hash)) throw new UsageError(errorText("signIn", "sign-in-refused"));
    return new ReviewerSession(this, id, row.token_hash as string);
  }

  /** The reviewers, their roles, and whether they have a sign-in token. */
  reviewers(): { id: string; role: ReviewerRole; hasToken: boolean }[] {
    return statement(this.db, "SELECT id, role, token_hash FROM reviewers ORDER BY id")
      .all()
      .map((r) => ({ id: String(r.id), role: r.role as ReviewerRole, hasToken: typeof r.token_hash === "string" }));
  }

  /** The role of a reviewer, or undefined when unknown. */
  reviewerRole(id: string): ReviewerRole | undefined {
    return (statement(this.db, "SELECT role FROM reviewers WHERE id = ?").get(id) as { role: ReviewerRole } | undefined)
      ?.role;
  }

  /** Add an exclusion reason to the controlled list. */
  addExclusionReason(code: string, options: Actor & { label?: string | undefined }): void {
    if (!code) throw new InvalidArgumentsError(errorText("addExclusionReason", "empty-reason-code"));
    this.transaction(() =>
      this.commit({ type: "reason-added", actor: options.as, payload: { code, label: options.label ?? code } }),
    );
  }

  /** The controlled list of exclusion reasons. */
  exclusionReasons(): { code: string; label: string }[] {
    return statement(this.db, "SELECT code, label FROM reasons ORDER BY code").all() as {
      code: string;
      label: string;
    }[];
  }

  /** Set a stage's decision rule and whether exclusions need a reason. */
  configureStage(id: string, options: ConfigureStageOptions): Stage {
    return configureStage(this, id, options);
  }

  /** The screening stages, in order. */
  stages(): Stage[] {
    return (statement(this.db, "SELECT * FROM stages ORDER BY position").all() as Record<string, unknown>[]).map(
      (r) => ({
        id: r.id as string,
        position: r.position as number,
        rule: JSON.parse(r.rule as string) as DecisionRule,
        reasonsRequired: r.reasons_required === 1,
      }),
    );
  }

  /** One stage. @throws {NotFoundError} */
  stage(id: string): Stage {
    const found = this.stages().find((s) => s.id === id);
    if (!found)
      throw new NotFoundError(
        errorText("stage", "unknown-stage", {
          id: JSON.stringify(id),
          known: this.stages()
            .map((s) => s.id)
            .join(", "),
        }),
      );
    return found;
  }

  /** The latest round id (votes default to it). */
  currentRound(): string {
    const last = this.rounds().at(-1);
    if (!last) throw new UsageError(errorText("currentRound", "no-round-yet"));
    return last.id;
  }

  /** Decision helper used by screening: the rule's verdict with any resolution applied. @internal */
  decisionOf(recordId: number, stageId: string, seen = new Set<number>()): Decision {
    return decisionOf(this, recordId, stageId, seen);
  }
}

export { isVoteValue } from "./decide.js";
