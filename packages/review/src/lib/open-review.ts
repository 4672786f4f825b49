import { errorPrefix, InvalidArgumentsError, NotFoundError, type ReviewEvent, UsageError } from "@verlicht/core";
import { applyEvent } from "./apply-event.js";
import { type Decision, type DecisionRule, VOTE_VALUES, type VoteValue } from "./decide.js";
import { decisionOf } from "./decision-of.js";
import { deduplicateReview } from "./deduplicate-review.js";
import { readEvents } from "./read-events.js";
import type { ReviewRecord } from "./review-record.js";
import { migrate, SCHEMA_VERSION, STATE_TABLES } from "./review-schema.js";
import {
  type Actor,
  DEFAULT_STAGES,
  type InputProvenance,
  type ReviewerRole,
  type Round,
  type RoundKind,
  type Stage,
  type StoredRecord,
} from "./review-types.js";
import { statement } from "./statement-cache.js";
import { inTransaction, openDatabase, type ReviewDatabase } from "./store/database.js";
import { toStored } from "./stored-record.js";
import { TOOL_VERSION } from "./tool-version.js";

const P = (fn: string) => errorPrefix("review", fn);

/** Options of {@link openReview}. */
export interface OpenReviewOptions {
  /** Milliseconds to wait for another process's write lock (default 10 000). */
  busyTimeout?: number | undefined;
  /** Clock for event times (default: now); tests pass a fixed one. */
  now?: (() => Date) | undefined;
}

/** Defaults of {@link openReview}. */
export const DEFAULT_OPEN_REVIEW_OPTIONS: Readonly<{ busyTimeout: number }> = Object.freeze({ busyTimeout: 10_000 });

interface EventInit {
  type: string;
  actor: string;
  payload: Record<string, unknown>;
  before?: unknown;
  after?: unknown;
  input?: InputProvenance | undefined;
}

/**
 * A living systematic review stored in one SQLite file. Every change is an append-only event written in
 * the same transaction as the state it changes; {@link Review.rebuild} replays the log into fresh state.
 * Create one with {@link openReview}.
 */
export class Review {
  /** The file path. */
  readonly path: string;
  /** The underlying SQLite connection (read it, do not write to it). */
  readonly db: ReviewDatabase;
  readonly #now: () => Date;

  constructor(path: string, db: ReviewDatabase, now: () => Date) {
    this.path = path;
    this.db = db;
    this.#now = now;
  }

  /** Close the file. */
  close(): void {
    this.db.close();
  }

  /** Run `fn` in one write transaction (BEGIN IMMEDIATE), so concurrent writers queue instead of failing. */
  transaction<T>(fn: () => T): T {
    return inTransaction(this.db, fn);
  }

  /** Append an event and apply it, in the current transaction. Returns its sequence number. @internal */
  commit(init: EventInit): number {
    const at = this.#now().toISOString();
    const info = statement(
      this.db,
      `INSERT INTO events (at, actor, type, payload, before, after, tool_version, input_file, input_hash, input_line)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      at,
      init.actor,
      init.type,
      JSON.stringify(init.payload),
      init.before === undefined ? null : JSON.stringify(init.before),
      init.after === undefined ? null : JSON.stringify(init.after),
      TOOL_VERSION,
      init.input?.file ?? null,
      init.input?.hash ?? null,
      init.input?.line ?? null,
    );
    applyEvent(this.db, { type: init.type, at, payload: init.payload });
    return Number(info.lastInsertRowid);
  }

  /** The event log, oldest first (optionally from sequence number `after + 1`). */
  events(options?: { after?: number | undefined } | null): ReviewEvent[] {
    return readEvents(this.db, options?.after ?? 0);
  }

  /** Throw away the state tables and rebuild them by replaying the whole event log. */
  rebuild(): void {
    this.transaction(() => {
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
    return this.transaction(() => {
      const position = (statement(this.db, "SELECT COUNT(*) AS n FROM rounds").get() as { n: number }).n + 1;
      const id = round.id ?? `round-${position}`;
      if (statement(this.db, "SELECT 1 FROM rounds WHERE id = ?").get(id)) {
        throw new InvalidArgumentsError(
          `${P("addRound")}a round with id ${JSON.stringify(id)} exists; pick another id`,
        );
      }
      const value: Round = {
        id,
        position,
        label: round.label,
        query: round.query,
        database: round.database,
        interface: round.interface,
        date: round.date,
        kind: round.kind ?? "database",
      };
      this.commit({ type: "round-added", actor: round.as, payload: { ...value }, after: value });
      return value;
    });
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
        `${P("round")}no round ${JSON.stringify(id)}; known: ${
          this.rounds()
            .map((r) => r.id)
            .join(", ") || "none"
        }`,
      );
    return found;
  }

  // ---- records ------------------------------------------------------------------------------

  /** Add parsed records to a round, one event per record, all in one transaction. Returns the new ids. */
  importRecords(
    records: ReadonlyArray<ReviewRecord>,
    options: Actor & {
      round: string;
      file?: string | undefined;
      hash?: string | undefined;
      onProgress?: ((done: number) => void) | undefined;
    },
  ): number[] {
    this.round(options.round);
    return this.transaction(() => {
      let next = ((statement(this.db, "SELECT MAX(id) AS m FROM records").get() as { m: number | null }).m ?? 0) + 1;
      const ids: number[] = [];
      for (const record of records) {
        const id = next++;
        const line = record.position.start.line;
        this.commit({
          type: "record-imported",
          actor: options.as,
          payload: { id, roundId: options.round, file: options.file, fileHash: options.hash, line, record },
          input: { file: options.file, hash: options.hash, line },
        });
        ids.push(id);
        if (options.onProgress && ids.length % 1000 === 0) options.onProgress(ids.length);
      }
      this.commit({
        type: "file-imported",
        actor: options.as,
        payload: {
          roundId: options.round,
          file: options.file,
          hash: options.hash,
          count: ids.length,
          first: ids[0],
          last: ids.at(-1),
        },
        input: { file: options.file, hash: options.hash },
      });
      return ids;
    });
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
    if (!row) throw new NotFoundError(`${P("record")}no record with id ${id}`);
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
        throw new NotFoundError(`${P("resolveMaybe")}no maybe pair (${a}, ${b}); see maybePairs()`);
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

  /** Add (or change the role of) a reviewer. */
  addReviewer(id: string, options: Actor & { role?: ReviewerRole | undefined }): void {
    if (!id) throw new InvalidArgumentsError(`${P("addReviewer")}expected a non-empty reviewer id`);
    this.transaction(() =>
      this.commit({ type: "reviewer-added", actor: options.as, payload: { id, role: options.role ?? "screener" } }),
    );
  }

  /** The role of a reviewer, or undefined when unknown. */
  reviewerRole(id: string): ReviewerRole | undefined {
    return (statement(this.db, "SELECT role FROM reviewers WHERE id = ?").get(id) as { role: ReviewerRole } | undefined)
      ?.role;
  }

  /** Add an exclusion reason to the controlled list. */
  addExclusionReason(code: string, options: Actor & { label?: string | undefined }): void {
    if (!code) throw new InvalidArgumentsError(`${P("addExclusionReason")}expected a non-empty reason code`);
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
  configureStage(
    id: string,
    options: Actor & { rule?: DecisionRule | undefined; reasonsRequired?: boolean | undefined },
  ): Stage {
    return this.transaction(() => {
      const existing = this.stages().find((s) => s.id === id);
      const stage: Stage = {
        id,
        position: existing?.position ?? this.stages().length + 1,
        rule: options.rule ?? existing?.rule ?? { kind: "agree", reviewers: 2 },
        reasonsRequired: options.reasonsRequired ?? existing?.reasonsRequired ?? false,
      };
      if (stage.rule.kind !== "single" && !(Number.isInteger(stage.rule.reviewers) && stage.rule.reviewers >= 1)) {
        throw new InvalidArgumentsError(
          `${P("configureStage")}rule.reviewers must be a positive integer, got ${String(stage.rule.reviewers)}`,
        );
      }
      this.commit({
        type: "stage-configured",
        actor: options.as,
        payload: { ...stage },
        before: existing,
        after: stage,
      });
      return stage;
    });
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
        `${P("stage")}no stage ${JSON.stringify(id)}; known: ${this.stages()
          .map((s) => s.id)
          .join(", ")}`,
      );
    return found;
  }

  /** The latest round id (votes default to it). */
  currentRound(): string {
    const last = this.rounds().at(-1);
    if (!last) throw new UsageError(`${P("currentRound")}the review has no search round yet; call addRound() first`);
    return last.id;
  }

  /** Decision helper used by screening: the rule's verdict with any resolution applied. @internal */
  decisionOf(recordId: number, stageId: string, seen = new Set<number>()): Decision {
    return decisionOf(this, recordId, stageId, seen);
  }
}

/** Known vote values, for validation. @internal */
export function isVoteValue(value: unknown): value is VoteValue {
  return typeof value === "string" && (VOTE_VALUES as ReadonlyArray<string>).includes(value);
}

/**
 * Create or open a review file: WAL journal, a busy timeout so concurrent processes queue, schema
 * migrations applied, default stages (title/abstract, full text) on a new file.
 *
 * @param path File path (`:memory:` for a throw-away review).
 * @throws {UsageError} when the file was written by a newer version of this library.
 * @example
 * ```ts
 * const review = openReview("heerlen.review.sqlite");
 * review.addRound({id: "2026-01", database: "PubMed", as: "anna"});
 * ```
 */
export function openReview(path: string, options?: OpenReviewOptions | null): Review {
  if (typeof path !== "string" || path === "") {
    throw new InvalidArgumentsError(`${P("openReview")}expected a file path, got ${JSON.stringify(path)}`);
  }
  const db = openDatabase(path);
  db.pragma(`busy_timeout = ${options?.busyTimeout ?? DEFAULT_OPEN_REVIEW_OPTIONS.busyTimeout}`);
  if (path !== ":memory:") db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  const version = migrate(db);
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new UsageError(
      `${P("openReview")}${path} has schema version ${version}, newer than this library's ${SCHEMA_VERSION}; upgrade @verlicht/review`,
    );
  }
  const review = new Review(path, db, options?.now ?? (() => new Date()));
  if (review.stages().length === 0) {
    review.transaction(() => {
      if (review.stages().length > 0) return;
      for (const stage of DEFAULT_STAGES) {
        review.commit({ type: "stage-configured", actor: "system", payload: { ...stage }, after: stage });
      }
    });
  }
  return review;
}
