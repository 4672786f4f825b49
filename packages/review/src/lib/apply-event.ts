import { statement } from "./statement-cache.js";
import type { ReviewDatabase } from "./store/database.js";

/** An event as stored: the type, its payload and when it happened. */
export interface StoredEvent {
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

type Handler = (db: ReviewDatabase, p: Record<string, unknown>, at: string) => void;

const j = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
const n = (v: unknown) => (v === undefined ? null : v);

/** How each event type changes the state tables. Only the payload is read, so a replay gives the same state. */
const HANDLERS: Record<string, Handler> = {
  // Recorded when openReview put back a protective trigger; changes no state.
  "log-protection-restored": () => {},
  "round-added": (db, p) => {
    statement(
      db,
      "INSERT INTO rounds (id, position, label, query, database, interface, date, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ).run(p.id, p.position, n(p.label), n(p.query), n(p.database), n(p.interface), n(p.date), p.kind);
  },
  "record-imported": (db, p) => {
    statement(db, "INSERT INTO records (id, round_id, file, file_hash, line, data) VALUES (?, ?, ?, ?, ?, ?)").run(
      p.id,
      p.roundId,
      n(p.file),
      n(p.fileHash),
      n(p.line),
      JSON.stringify(p.record),
    );
  },
  "file-imported": () => {},
  "reviewer-added": (db, p) => {
    statement(
      db,
      "INSERT INTO reviewers (id, role, token_hash) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET role = excluded.role, token_hash = excluded.token_hash",
    ).run(p.id, p.role, n(p.tokenHash));
  },
  "reason-added": (db, p) => {
    statement(
      db,
      "INSERT INTO reasons (code, label) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET label = excluded.label",
    ).run(p.code, p.label);
  },
  "stage-configured": (db, p) => {
    statement(
      db,
      "INSERT INTO stages (id, position, rule, reasons_required) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET rule = excluded.rule, reasons_required = excluded.reasons_required",
    ).run(p.id, p.position, JSON.stringify(p.rule), p.reasonsRequired ? 1 : 0);
  },
  "vote-cast": (db, p, at) => {
    statement(
      db,
      `INSERT INTO votes (record_id, stage, reviewer, round_id, value, reason, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(record_id, stage, reviewer, round_id) DO UPDATE SET value = excluded.value, reason = excluded.reason, note = excluded.note, at = excluded.at`,
    ).run(p.recordId, p.stage, p.reviewer, p.roundId, p.value, n(p.reason), n(p.note), at);
  },
  "vote-retracted": (db, p) => {
    statement(db, "DELETE FROM votes WHERE record_id = ? AND stage = ? AND reviewer = ? AND round_id = ?").run(
      p.recordId,
      p.stage,
      p.reviewer,
      p.roundId,
    );
  },
  "conflict-resolved": (db, p, at) => {
    statement(
      db,
      `INSERT INTO resolutions (record_id, stage, round_id, value, reason, resolver, at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(record_id, stage, round_id) DO UPDATE SET value = excluded.value, reason = excluded.reason, resolver = excluded.resolver, at = excluded.at`,
    ).run(p.recordId, p.stage, p.roundId, p.value, n(p.reason), p.resolver, at);
  },
  "duplicate-linked": (db, p) => {
    statement(db, "UPDATE records SET duplicate_of = ? WHERE id = ?").run(p.canonicalId, p.recordId);
  },
  "duplicate-unlinked": (db, p) => {
    statement(db, "UPDATE records SET duplicate_of = NULL WHERE id = ?").run(p.recordId);
  },
  "duplicate-maybe": (db, p) => {
    statement(db, "INSERT OR IGNORE INTO maybe_pairs (a, b, score, evidence, status) VALUES (?, ?, ?, ?, 'open')").run(
      p.a,
      p.b,
      n(p.score),
      j(p.evidence),
    );
  },
  "maybe-resolved": (db, p) => {
    statement(db, "UPDATE maybe_pairs SET status = ? WHERE a = ? AND b = ?").run(
      p.same ? "same" : "different",
      p.a,
      p.b,
    );
    if (p.same) statement(db, "UPDATE records SET duplicate_of = ? WHERE id = ?").run(p.a, p.b);
  },
  "record-removed": (db, p) => {
    statement(db, "UPDATE records SET removed = ? WHERE id = ?").run(p.reason ?? null, p.recordId);
  },
  "report-retrieval": (db, p) => {
    statement(db, "UPDATE records SET not_retrieved = ? WHERE id = ?").run(p.retrieved ? 0 : 1, p.recordId);
  },
  "report-linked": (db, p) => {
    statement(
      db,
      "INSERT INTO study_links (report_id, study_id) VALUES (?, ?) ON CONFLICT(report_id) DO UPDATE SET study_id = excluded.study_id",
    ).run(p.reportId, p.studyId);
  },
  "extraction-saved": (db, p) => {
    statement(
      db,
      "INSERT INTO extractions (record_id, reviewer, data) VALUES (?, ?, ?) ON CONFLICT(record_id, reviewer) DO UPDATE SET data = excluded.data",
    ).run(p.recordId, p.reviewer, JSON.stringify(p.data));
  },
};

/** The event types the log can hold. */
export const EVENT_TYPES: ReadonlyArray<string> = Object.keys(HANDLERS);

/** Apply one event to the state tables. Unknown types are an invariant failure. */
export function applyEvent(db: ReviewDatabase, event: StoredEvent): void {
  const handler = HANDLERS[event.type];
  if (!handler) throw new Error(`unknown event type ${event.type}`);
  handler(db, event.payload, event.at);
}
