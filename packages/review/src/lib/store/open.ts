import { InvalidArgumentsError, UsageError } from "@verlicht/core";
import { errorText, reviewMessages } from "../messages.js";
import { Review } from "../open-review.js";
import { migrate, SCHEMA_VERSION } from "../review-schema.js";
import { DEFAULT_STAGES } from "../review-types.js";
import { openDatabase } from "./database.js";
import { BrokenLogError, inspectLog, type ReviewIntegrity } from "./integrity.js";
import { damagedTriggers, restoreTriggers } from "./triggers.js";

/** Options of {@link openReview}. */
export interface OpenReviewOptions {
  /** Milliseconds to wait for another process's write lock (default 10 000). */
  busyTimeout?: number | undefined;
  /** Clock for event times (default: now); tests pass a fixed one. */
  now?: (() => Date) | undefined;
  /**
   * Open for inspection only (default false): nothing is written (no migration, no trigger restored, no
   * default stages), every change throws, and a broken log does not stop the open; see
   * {@link Review.integrity} for what was found.
   */
  readOnly?: boolean | undefined;
}

/** Defaults of {@link openReview}. */
export const DEFAULT_OPEN_REVIEW_OPTIONS: Readonly<{ busyTimeout: number; readOnly: boolean }> = Object.freeze({
  busyTimeout: 10_000,
  readOnly: false,
});

/**
 * Create or open a review file: WAL journal, a busy timeout so concurrent processes queue, schema
 * migrations applied, default stages (title/abstract, full text) on a new file. The event log is verified
 * on every open: its hash chain is recomputed from the first event, and a protective trigger that was
 * dropped or changed is put back (and the repair logged as an event).
 *
 * @param path File path (`:memory:` for a throw-away review).
 * @throws {UsageError} when the file was written by a newer version of this library.
 * @throws {BrokenLogError} when the log's hash chain is broken (names the first bad event); open with
 *   `{readOnly: true}` to inspect such a file.
 * @example
 * ```ts
 * const review = openReview("heerlen.review.sqlite");
 * review.addRound({id: "2026-01", database: "PubMed", as: "anna"});
 * ```
 */
export function openReview(path: string, options?: OpenReviewOptions | null): Review {
  if (typeof path !== "string" || path === "") {
    throw new InvalidArgumentsError(errorText("openReview", "expected-path", { got: JSON.stringify(path) }));
  }
  const readOnly = options?.readOnly ?? DEFAULT_OPEN_REVIEW_OPTIONS.readOnly;
  const db = openDatabase(path);
  try {
    db.pragma(`busy_timeout = ${options?.busyTimeout ?? DEFAULT_OPEN_REVIEW_OPTIONS.busyTimeout}`);
    if (readOnly) db.pragma("query_only = ON");
    else {
      if (path !== ":memory:") db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
    }
    db.pragma("foreign_keys = ON");
    // So REPLACE INTO on this connection fires the delete trigger too (SQLite skips it otherwise).
    db.pragma("recursive_triggers = ON");
    const version = readOnly ? Number(db.pragma("user_version", { simple: true })) : migrate(db);
    if (version > SCHEMA_VERSION) {
      throw new UsageError(errorText("openReview", "newer-schema", { path, version, supported: SCHEMA_VERSION }));
    }
    const found = inspectLog(db);
    if (found.broken && !readOnly) {
      throw new BrokenLogError(
        errorText("openReview", "broken-log", {
          path,
          seq: found.broken.seq,
          problem: reviewMessages.format(found.broken.problem, { seq: found.broken.seq }),
        }),
        { ...found.broken, path },
      );
    }
    const integrity: ReviewIntegrity = { ...found, restoredTriggers: [] };
    const review = new Review(path, db, { now: options?.now ?? (() => new Date()), readOnly, integrity });
    if (readOnly) return review;
    if (found.damagedTriggers.length > 0) {
      integrity.restoredTriggers = review.transaction(() => {
        const damaged = damagedTriggers(db);
        if (damaged.length === 0) return [];
        restoreTriggers(db, damaged);
        review.commit({ type: "log-protection-restored", actor: "system", payload: { triggers: damaged } });
        return damaged;
      });
      integrity.damagedTriggers = [];
    }
    if (review.stages().length === 0) {
      review.transaction(() => {
        if (review.stages().length > 0) return;
        for (const stage of DEFAULT_STAGES) {
          review.commit({ type: "stage-configured", actor: "system", payload: { ...stage }, after: stage });
        }
      });
    }
    return review;
  } catch (error) {
    db.close();
    throw error;
  }
}
