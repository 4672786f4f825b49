// The hash chain of the event log: every event stores SHA-256 over the previous event's hash and its own
// canonical content, so changing, removing or inserting an event anywhere breaks the chain from there on.
import { createHash } from "node:crypto";
import type { ReviewDatabase, SqlRow } from "./database.js";

/** The `prev_hash` of the first event. */
export const GENESIS_HASH = "";

/** The columns an event's hash covers, in order (every column but the two hashes). */
export const HASHED_COLUMNS = [
  "seq",
  "at",
  "actor",
  "type",
  "payload",
  "before",
  "after",
  "tool_version",
  "input_file",
  "input_hash",
  "input_line",
] as const;

/**
 * SHA-256 (hex) of `prev` followed by the event's canonical content: a JSON array of its stored column
 * values in {@link HASHED_COLUMNS} order (the stored JSON texts as they are, so key order cannot vary).
 */
export function eventHash(prev: string, row: SqlRow): string {
  const content = JSON.stringify(HASHED_COLUMNS.map((c) => row[c] ?? null));
  return createHash("sha256").update(prev).update("\n").update(content).digest("hex");
}

/** What is wrong with the log, as a rule id of the review catalogue. */
export type ChainProblem = "log-event-missing" | "log-event-altered" | "log-chain-broken" | "log-truncated";

/** Result of {@link verifyChain}. */
export interface ChainCheck {
  /** Events checked. */
  events: number;
  /** The first event that is wrong, if any, and how. */
  broken?: { seq: number; problem: ChainProblem } | undefined;
}

/**
 * Walk the whole log in order and recompute every hash. Also compares the log's end with `log_head`
 * (kept by a trigger in the same transaction), so events cut from the end are found too. @internal
 */
export function verifyChain(db: ReviewDatabase): ChainCheck {
  const rows = db.prepare("SELECT * FROM events ORDER BY seq").all();
  let prev = GENESIS_HASH;
  let expected = 1;
  for (const row of rows) {
    const seq = Number(row.seq);
    if (seq !== expected) return { events: rows.length, broken: { seq: expected, problem: "log-event-missing" } };
    if (row.prev_hash !== prev) return { events: rows.length, broken: { seq, problem: "log-chain-broken" } };
    const hash = eventHash(prev, row);
    if (row.hash !== hash) return { events: rows.length, broken: { seq, problem: "log-event-altered" } };
    prev = hash;
    expected++;
  }
  const last = expected - 1;
  let head: SqlRow | undefined;
  try {
    head = db.prepare("SELECT seq, hash FROM log_head WHERE id = 1").get();
  } catch {
    // The head table itself was dropped: the end of the log can no longer be confirmed.
    return { events: rows.length, broken: { seq: last + 1, problem: "log-truncated" } };
  }
  if (!head) {
    if (last > 0) return { events: rows.length, broken: { seq: 1, problem: "log-chain-broken" } };
  } else if (Number(head.seq) > last) {
    return { events: rows.length, broken: { seq: last + 1, problem: "log-truncated" } };
  } else if (Number(head.seq) < last || head.hash !== prev) {
    // Events after the head were added past the trigger, or the head itself was edited.
    return { events: rows.length, broken: { seq: Math.min(Number(head.seq) + 1, last), problem: "log-chain-broken" } };
  }
  return { events: rows.length };
}
