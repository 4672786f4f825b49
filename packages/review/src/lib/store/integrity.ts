// What openReview and verifyReview find out about a review file's log: chain, triggers, state.
import { existsSync } from "node:fs";
import { type Locale, type Message, NotFoundError, VerlichtError } from "@verlicht/core";
import { applyEvent } from "../apply-event.js";
import { reviewMessages } from "../messages.js";
import { migrate, SCHEMA_VERSION, STATE_TABLES } from "../review-schema.js";
import { type ChainProblem, verifyChain } from "./chain.js";
import { openDatabase, type ReviewDatabase } from "./database.js";
import { damagedTriggers } from "./triggers.js";

/** What is known about the integrity of an open review's log. */
export interface ReviewIntegrity {
  /** Events in the log. */
  events: number;
  /** The log has a hash chain (schema version 3 or later). */
  sealed: boolean;
  /** The first event where the chain breaks, and how; absent when the chain is intact. */
  broken?: { seq: number; problem: ChainProblem } | undefined;
  /** Protective triggers that were missing or changed and have been put back (by this open). */
  restoredTriggers: string[];
  /** Protective triggers that are missing or changed now (only on a read-only open, which cannot restore). */
  damagedTriggers: string[];
}

/**
 * Thrown by `openReview` (and `rebuild`) when the event log's hash chain is broken: an event was changed,
 * removed or inserted outside the library. `seq` is the first bad event. Open the file with
 * `{readOnly: true}` to inspect it.
 */
export class BrokenLogError extends VerlichtError {
  /** The first event that is wrong. */
  readonly seq: number;
  /** How it is wrong (a rule id of {@link reviewMessages}). */
  readonly problem: ChainProblem;
  /** The review file. */
  readonly path: string;

  constructor(message: string, init: { seq: number; problem: ChainProblem; path: string }) {
    super(message, { code: "broken-log" });
    this.name = "BrokenLogError";
    this.seq = init.seq;
    this.problem = init.problem;
    this.path = init.path;
  }
}

/** Read `fn` in one read transaction, so the log and its head are seen at the same moment. @internal */
export function readConsistently<T>(db: ReviewDatabase, fn: () => T): T {
  if (db.inTransaction) return fn();
  db.exec("BEGIN");
  try {
    return fn();
  } finally {
    if (db.inTransaction) db.exec("COMMIT");
  }
}

/** Check the chain and the triggers of an open database (nothing is changed). @internal */
export function inspectLog(db: ReviewDatabase): Omit<ReviewIntegrity, "restoredTriggers"> {
  return readConsistently(db, () => {
    const version = Number(db.pragma("user_version", { simple: true }));
    if (version < 3) {
      const events = Number(db.prepare("SELECT COUNT(*) AS n FROM events").get()?.n ?? 0);
      return { events, sealed: false, damagedTriggers: [] };
    }
    const chain = verifyChain(db);
    return { events: chain.events, sealed: true, broken: chain.broken, damagedTriggers: damagedTriggers(db) };
  });
}

/** Result of {@link verifyReview}. */
export interface ReviewVerification extends Omit<ReviewIntegrity, "restoredTriggers"> {
  /** Chain intact, every trigger in place and the state tables equal a replay of the log. */
  ok: boolean;
  /** State tables that differ from a replay of the log. */
  differingTables: string[];
  /**
   * The last event's number and hash (the log's fingerprint). Write it down, or keep it outside the file:
   * a later file whose chain no longer passes through it was rewritten.
   */
  head?: { seq: number; hash: string } | undefined;
  /** One message per finding (rule ids of {@link reviewMessages}); `log-ok` when there is none. */
  messages: Message[];
}

/** A table's rows as sorted JSON lines, so the comparison does not depend on the row order. */
const rowsOf = (db: ReviewDatabase, table: string) =>
  db
    .prepare(`SELECT * FROM ${table}`)
    .all()
    .map((r) => JSON.stringify(r))
    .sort()
    .join("\n");

/**
 * Verify a review file without changing it: the hash chain of its event log, its protective triggers, and
 * whether its state tables equal a replay of the log (into memory). Protects against accidental edits and
 * after-the-fact changes of single events or rows; it cannot detect someone who rewrites the whole file
 * with a freshly computed chain.
 *
 * @throws {NotFoundError} when the file does not exist. Findings are messages, not errors; a file that is
 *   not SQLite throws the driver's error.
 */
export function verifyReview(path: string, options?: { locale?: Locale | undefined } | null): ReviewVerification {
  const locale = options?.locale ?? undefined;
  if (!existsSync(path)) throw new NotFoundError(`@verlicht/review/verifyReview: ${path} does not exist`);
  const db = openDatabase(path);
  try {
    db.pragma("query_only = ON");
    const found = inspectLog(db);
    const messages: Message[] = [];
    const file = path;
    if (!found.sealed) {
      const version = Number(db.pragma("user_version", { simple: true }));
      messages.push(reviewMessages.create("log-unsealed", { severity: "warning", file, params: { version }, locale }));
    }
    if (found.broken) {
      messages.push(
        reviewMessages.create(found.broken.problem, {
          severity: "error",
          file,
          params: { seq: found.broken.seq },
          locale,
        }),
      );
    }
    for (const name of found.damagedTriggers) {
      messages.push(
        reviewMessages.create("log-protection-missing", { severity: "error", file, params: { name }, locale }),
      );
    }
    const differingTables = found.broken ? [] : replayDiffers(db);
    for (const table of differingTables) {
      messages.push(reviewMessages.create("state-differs", { severity: "error", file, params: { table }, locale }));
    }
    const last = found.sealed ? db.prepare("SELECT seq, hash FROM log_head WHERE id = 1").get() : undefined;
    const head = last ? { seq: Number(last.seq), hash: String(last.hash) } : undefined;
    const ok = found.sealed && !found.broken && found.damagedTriggers.length === 0 && differingTables.length === 0;
    if (ok)
      messages.push(
        reviewMessages.create("log-ok", { severity: "info", file, params: { events: found.events }, locale }),
      );
    return { ...found, ok, differingTables, head, messages };
  } finally {
    db.close();
  }
}

/** Replay the log into an in-memory database and name the state tables that differ. */
function replayDiffers(db: ReviewDatabase): string[] {
  const version = Number(db.pragma("user_version", { simple: true }));
  if (version !== SCHEMA_VERSION) return [];
  const fresh = openDatabase(":memory:");
  try {
    migrate(fresh);
    const rows = db.prepare("SELECT type, at, payload FROM events ORDER BY seq").all();
    fresh.exec("BEGIN");
    for (const row of rows) {
      applyEvent(fresh, { type: String(row.type), at: String(row.at), payload: JSON.parse(String(row.payload)) });
    }
    fresh.exec("COMMIT");
    return STATE_TABLES.filter((t) => rowsOf(db, t) !== rowsOf(fresh, t));
  } finally {
    fresh.close();
  }
}
