import type { ReviewDatabase, SqlStatement } from "./store/database.js";

const cache = new WeakMap<ReviewDatabase, Map<string, SqlStatement>>();

/** A prepared statement for `sql` on `db`, compiled once per connection. @internal */
export function statement(db: ReviewDatabase, sql: string): SqlStatement {
  let map = cache.get(db);
  if (!map) {
    map = new Map();
    cache.set(db, map);
  }
  let stmt = map.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    map.set(sql, stmt);
  }
  return stmt;
}
