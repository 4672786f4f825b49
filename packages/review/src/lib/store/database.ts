// The one place that knows the SQLite binding. Everything else in the review package talks to the small
// {@link ReviewDatabase} interface below, so no shipped type names the driver and the binding can change.
import Libsql from "libsql";

/** A value SQLite stores: text, number, integer, blob or null. */
export type SqlValue = string | number | bigint | Uint8Array | null;

/** A result row: column name to value. */
export type SqlRow = Record<string, unknown>;

/** What a write statement reports. */
export interface SqlRunResult {
  /** Rows changed. */
  changes: number;
  /** Row id of the last inserted row. */
  lastInsertRowid: number;
}

/** A prepared statement. Parameters ({@link SqlValue}s) bind to `?` placeholders in order. */
export interface SqlStatement {
  /** Run a statement that returns no rows. */
  run(...params: unknown[]): SqlRunResult;
  /** The first row, or undefined. */
  get(...params: unknown[]): SqlRow | undefined;
  /** Every row. */
  all(...params: unknown[]): SqlRow[];
}

/**
 * The SQLite connection of a review, as this package uses it: prepared statements, `exec` of a script,
 * pragmas, and whether a transaction is open. Read with it; write only through the {@link Review} methods.
 */
export interface ReviewDatabase {
  /** Compile a statement. */
  prepare(sql: string): SqlStatement;
  /** Run one or more statements separated by `;`. */
  exec(sql: string): void;
  /**
   * Run `PRAGMA <source>`. With `simple: true` the first column of the first row (e.g. `"wal"`), else all
   * rows.
   */
  pragma(source: string, options?: { simple?: boolean | undefined } | null): unknown;
  /** Is a transaction open on this connection? */
  readonly inTransaction: boolean;
  /** Close the connection. */
  close(): void;
}

interface LibsqlStatement {
  run(params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(params: unknown[]): Record<string, unknown> | undefined;
  all(params: unknown[]): Record<string, unknown>[];
}
interface LibsqlDatabase {
  prepare(sql: string): LibsqlStatement;
  exec(sql: string): void;
  close(): void;
  readonly inTransaction: boolean;
}
type LibsqlConstructor = new (path: string, options?: { timeout?: number }) => LibsqlDatabase;

// The binding's own typings describe better-sqlite3's whole API; these few lines are what is used.
const Database = Libsql as unknown as LibsqlConstructor;

/** libsql adds an enumerable `_metadata` (timing) to rows from `get()`; rows stay plain column maps. */
function plain(row: Record<string, unknown> | undefined): SqlRow | undefined {
  if (row === undefined || !("_metadata" in row)) return row;
  const { _metadata: _, ...rest } = row;
  return rest;
}

class Statement implements SqlStatement {
  readonly #raw: LibsqlStatement;
  constructor(raw: LibsqlStatement) {
    this.#raw = raw;
  }
  // Parameters are always passed as one array: libsql reads a single object argument (also `null`) as
  // named parameters.
  run(...params: unknown[]): SqlRunResult {
    const info = this.#raw.run(params);
    return { changes: info.changes, lastInsertRowid: Number(info.lastInsertRowid) };
  }
  get(...params: unknown[]): SqlRow | undefined {
    return plain(this.#raw.get(params));
  }
  all(...params: unknown[]): SqlRow[] {
    return this.#raw.all(params).map((r) => plain(r) as SqlRow);
  }
}

class Connection implements ReviewDatabase {
  readonly #db: LibsqlDatabase;
  constructor(db: LibsqlDatabase) {
    this.#db = db;
  }
  prepare(sql: string): SqlStatement {
    return new Statement(this.#db.prepare(sql));
  }
  exec(sql: string): void {
    this.#db.exec(sql);
  }
  pragma(source: string, options?: { simple?: boolean | undefined } | null): unknown {
    const stmt = this.#db.prepare(`PRAGMA ${source}`);
    if (!options?.simple) return stmt.all([]).map((r) => plain(r) as SqlRow);
    const row = plain(stmt.get([]));
    return row === undefined ? undefined : Object.values(row)[0];
  }
  get inTransaction(): boolean {
    return this.#db.inTransaction;
  }
  close(): void {
    this.#db.close();
  }
}

/** Open (or create) a SQLite file; `:memory:` for a throw-away database. @internal */
export function openDatabase(path: string): ReviewDatabase {
  return new Connection(new Database(path));
}

/**
 * Run `fn` in one `BEGIN IMMEDIATE` transaction (the write lock is taken first, so concurrent writers
 * queue on the busy timeout instead of failing at commit); commit on return, roll back on a throw.
 * Inside an open transaction `fn` simply runs. @internal
 */
export function inTransaction<T>(db: ReviewDatabase, fn: () => T): T {
  if (db.inTransaction) return fn();
  db.exec("BEGIN IMMEDIATE");
  let result: T;
  try {
    result = fn();
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
  try {
    db.exec("COMMIT");
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
  return result;
}
