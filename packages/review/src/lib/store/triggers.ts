// The triggers that keep the event log append-only and chained. openReview checks they are all there,
// exactly as written here, and restores any that was dropped or changed.
import type { ReviewDatabase } from "./database.js";

/** Name → `CREATE TRIGGER` statement of every protective trigger. */
export const PROTECTIVE_TRIGGERS: Readonly<Record<string, string>> = Object.freeze({
  events_append_only_update: `CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END`,
  events_append_only_delete: `CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END`,
  // A new event must come right after the last one and name its hash: this refuses REPLACE INTO /
  // INSERT OR REPLACE over an existing event (SQLite's REPLACE skips delete triggers) and unchained
  // inserts. An insert that names the right predecessor but a wrong hash is found by verifyChain.
  events_chained_insert: `CREATE TRIGGER events_chained_insert BEFORE INSERT ON events
    WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM events)
      OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM events ORDER BY seq DESC LIMIT 1), '')
      OR NEW.hash IS NULL OR length(NEW.hash) <> 64
    BEGIN SELECT RAISE(ABORT, 'events are append-only and hash-chained; write through @verlicht/review'); END`,
  events_log_head: `CREATE TRIGGER events_log_head AFTER INSERT ON events
    BEGIN UPDATE log_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1; END`,
  log_head_no_delete: `CREATE TRIGGER log_head_no_delete BEFORE DELETE ON log_head
    BEGIN SELECT RAISE(ABORT, 'the log head is kept by the library'); END`,
});

/** Names of protective triggers that are missing or differ from {@link PROTECTIVE_TRIGGERS}. @internal */
export function damagedTriggers(db: ReviewDatabase): string[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all();
  const present = new Map(rows.map((r) => [String(r.name), String(r.sql)]));
  return Object.entries(PROTECTIVE_TRIGGERS)
    .filter(([name, sql]) => present.get(name) !== sql)
    .map(([name]) => name);
}

/** Drop and recreate the named triggers (in the caller's transaction). @internal */
export function restoreTriggers(db: ReviewDatabase, names: ReadonlyArray<string>): void {
  for (const name of names) {
    db.exec(`DROP TRIGGER IF EXISTS ${name}`);
    db.exec(PROTECTIVE_TRIGGERS[name] as string);
  }
}
