import { inTransaction, type ReviewDatabase } from "./store/database.js";

/** The tables that hold state derived from the event log (emptied and refilled by a rebuild). */
export const STATE_TABLES = [
  "rounds",
  "records",
  "reviewers",
  "reasons",
  "stages",
  "votes",
  "resolutions",
  "maybe_pairs",
  "study_links",
  "extractions",
] as const;

/** Schema migrations, in order; migration `i` brings the file to schema version `i + 1`. */
export const MIGRATIONS: ReadonlyArray<string> = [
  `
  CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    before TEXT,
    after TEXT,
    tool_version TEXT NOT NULL,
    input_file TEXT,
    input_hash TEXT,
    input_line INTEGER
  );
  CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE TABLE rounds (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, label TEXT, query TEXT, database TEXT,
    interface TEXT, date TEXT, kind TEXT NOT NULL
  );
  CREATE TABLE records (
    id INTEGER PRIMARY KEY, round_id TEXT NOT NULL, file TEXT, file_hash TEXT, line INTEGER,
    data TEXT NOT NULL, duplicate_of INTEGER, not_retrieved INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX records_round ON records(round_id);
  CREATE TABLE reviewers (id TEXT PRIMARY KEY, role TEXT NOT NULL);
  CREATE TABLE reasons (code TEXT PRIMARY KEY, label TEXT NOT NULL);
  CREATE TABLE stages (id TEXT PRIMARY KEY, position INTEGER NOT NULL, rule TEXT NOT NULL, reasons_required INTEGER NOT NULL);
  CREATE TABLE votes (
    record_id INTEGER NOT NULL, stage TEXT NOT NULL, reviewer TEXT NOT NULL, round_id TEXT NOT NULL,
    value TEXT NOT NULL, reason TEXT, note TEXT, at TEXT NOT NULL,
    PRIMARY KEY (record_id, stage, reviewer, round_id)
  );
  CREATE TABLE resolutions (
    record_id INTEGER NOT NULL, stage TEXT NOT NULL, round_id TEXT NOT NULL, value TEXT NOT NULL,
    reason TEXT, resolver TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (record_id, stage, round_id)
  );
  CREATE TABLE maybe_pairs (a INTEGER NOT NULL, b INTEGER NOT NULL, score REAL, evidence TEXT, status TEXT NOT NULL, PRIMARY KEY (a, b));
  CREATE TABLE study_links (report_id INTEGER PRIMARY KEY, study_id INTEGER NOT NULL);
  CREATE TABLE extractions (record_id INTEGER NOT NULL, reviewer TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (record_id, reviewer));
  `,
  // 2: records removed before screening for other reasons (PRISMA "Records removed for other reasons").
  `ALTER TABLE records ADD COLUMN removed TEXT;`,
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Bring a database to {@link SCHEMA_VERSION}; returns the version it had before (0 for a new file). */
export function migrate(db: ReviewDatabase): number {
  const version = () => Number(db.pragma("user_version", { simple: true }));
  const seen = version();
  if (seen >= SCHEMA_VERSION) return seen;
  // Read the version again under the write lock: another process may have migrated in between.
  return inTransaction(db, () => {
    const before = version();
    if (before >= SCHEMA_VERSION) return before;
    for (let v = before; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v] as string);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return before;
  });
}
