import { eventHash, GENESIS_HASH } from "./store/chain.js";
import { inTransaction, type ReviewDatabase } from "./store/database.js";
import { PROTECTIVE_TRIGGERS, restoreTriggers } from "./store/triggers.js";

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

/** One schema migration: an SQL script, or a function for steps SQL cannot do (hashing). */
export type Migration = string | ((db: ReviewDatabase) => void);

/**
 * 3: the hash chain. Adds `prev_hash`/`hash` to events and seals the events already there (oldest first,
 * so an old file's history is chained from here on), the `log_head` row that a trigger keeps equal to the
 * last event, sign-in token hashes of reviewers, and the protective triggers in their current form.
 */
function sealLog(db: ReviewDatabase): void {
  db.exec(`
    ALTER TABLE events ADD COLUMN prev_hash TEXT;
    ALTER TABLE events ADD COLUMN hash TEXT;
    ALTER TABLE reviewers ADD COLUMN token_hash TEXT;
    CREATE TABLE log_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL);
    DROP TRIGGER IF EXISTS events_append_only_update;
  `);
  const update = db.prepare("UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?");
  let prev = GENESIS_HASH;
  let last = 0;
  for (const row of db.prepare("SELECT * FROM events ORDER BY seq").all()) {
    const hash = eventHash(prev, row);
    update.run(prev, hash, row.seq as number);
    prev = hash;
    last = row.seq as number;
  }
  db.prepare("INSERT INTO log_head (id, seq, hash) VALUES (1, ?, ?)").run(last, prev);
  restoreTriggers(db, Object.keys(PROTECTIVE_TRIGGERS));
}

/** Schema migrations, in order; migration `i` brings the file to schema version `i + 1`. */
export const MIGRATIONS: ReadonlyArray<Migration> = [
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
  sealLog,
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
    for (let v = before; v < SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v] as Migration;
      if (typeof step === "string") db.exec(step);
      else step(db);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return before;
  });
}
