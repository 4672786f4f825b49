// All records here are FICTIONAL. Each test tampers with a review file the way someone with the file and a
// SQLite shell could, through a second plain connection (no recursive_triggers, like the sqlite3 shell).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BrokenLogError, openReview, parseRecords, type Review, verifyReview, vote } from "../../../src/index.js";
import { MIGRATIONS } from "../../../src/lib/review-schema.js";
import { openDatabase } from "../../../src/lib/store/database.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A small review on disk: a round, 3 records, 2 reviewers, 2 votes. Returns its path (closed). */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "verlicht-chain-"));
  dirs.push(dir);
  const path = join(dir, "r.sqlite");
  const review = openReview(path);
  review.addRound({ as: "lead" });
  const ris = [1, 2, 3].map((i) => `TY  - JOUR\nTI  - Invented record ${i}\nAU  - Person${i}, P.\nER  - \n`).join("");
  review.importRecords(parseRecords(ris).value, { round: "round-1", as: "lead" });
  review.addReviewer("anna", { as: "lead" });
  review.addReviewer("bob", { as: "lead" });
  vote(review, { record: 1, stage: "title-abstract", reviewer: "anna", value: "include" });
  vote(review, { record: 1, stage: "title-abstract", reviewer: "bob", value: "exclude" });
  review.close();
  return path;
}

function tamper(path: string, sql: string, ...params: unknown[]): void {
  const db = openDatabase(path);
  try {
    if (params.length) db.prepare(sql).run(...params);
    else db.exec(sql);
  } finally {
    db.close();
  }
}

const row = (path: string, seq: number) => {
  const db = openDatabase(path);
  try {
    return db.prepare("SELECT * FROM events WHERE seq = ?").get(seq) as Record<string, unknown>;
  } finally {
    db.close();
  }
};

function brokenAt(path: string): { seq: number; problem: string } {
  try {
    openReview(path).close();
  } catch (error) {
    expect(error).toBeInstanceOf(BrokenLogError);
    const e = error as BrokenLogError;
    return { seq: e.seq, problem: e.problem };
  }
  throw new Error("openReview accepted a tampered log");
}

describe("the hash-chained event log", () => {
  it("should chain every event to the one before it", () => {
    const path = fixture();
    const first = row(path, 1);
    const second = row(path, 2);
    expect(first.prev_hash).toBe("");
    expect(String(first.hash)).toMatch(/^[0-9a-f]{64}$/);
    expect(second.prev_hash).toBe(first.hash);
    const result = verifyReview(path);
    expect(result.ok).toBe(true);
    expect(result.messages.map((m) => m.ruleId)).toEqual(["log-ok"]);
    expect(result.head?.seq).toBe(result.events);
  });

  it("should refuse REPLACE INTO and INSERT OR REPLACE over an existing event", () => {
    const path = fixture();
    const seq3 = row(path, 3);
    for (const verb of ["REPLACE INTO", "INSERT OR REPLACE INTO"]) {
      expect(() =>
        tamper(
          path,
          `${verb} events (seq, at, actor, type, payload, tool_version, prev_hash, hash) VALUES (?, ?, 'mallory', ?, ?, 'x', ?, ?)`,
          3,
          seq3.at,
          seq3.type,
          seq3.payload,
          seq3.prev_hash,
          seq3.hash,
        ),
      ).toThrow(/append-only/);
    }
    // Also through the library's own connection (recursive_triggers on, so the delete trigger fires too).
    const review = openReview(path);
    expect(() =>
      review.db
        .prepare(
          "REPLACE INTO events (seq, at, actor, type, payload, tool_version) VALUES (3, 'x', 'm', 't', '{}', 'x')",
        )
        .run(),
    ).toThrow(/append-only/);
    review.close();
    expect(row(path, 3).actor).toBe(seq3.actor);
    expect(verifyReview(path).ok).toBe(true);
  });

  it("should refuse an unchained insert and find a forged insert with a made-up hash", () => {
    const path = fixture();
    const last = Number(openReview(path, { readOnly: true }).integrity.events);
    expect(() =>
      tamper(
        path,
        "INSERT INTO events (at, actor, type, payload, tool_version) VALUES ('2026-01-01', 'mallory', 'vote-cast', '{}', 'x')",
      ),
    ).toThrow(/append-only/);
    const head = row(path, last);
    const payload = JSON.stringify({
      recordId: 2,
      stage: "title-abstract",
      reviewer: "anna",
      roundId: "round-1",
      value: "include",
    });
    tamper(
      path,
      "INSERT INTO events (seq, at, actor, type, payload, tool_version, prev_hash, hash) VALUES (?, '2026-01-01T00:00:00.000Z', 'anna', 'vote-cast', ?, 'x', ?, ?)",
      last + 1,
      payload,
      head.hash,
      "f".repeat(64),
    );
    expect(brokenAt(path)).toEqual({ seq: last + 1, problem: "log-event-altered" });
  });

  it("should restore a dropped trigger on open, log the repair, and refuse deletes again", () => {
    const path = fixture();
    tamper(path, "DROP TRIGGER events_append_only_delete");
    const review = openReview(path);
    expect(review.integrity.restoredTriggers).toEqual(["events_append_only_delete"]);
    expect(review.events().at(-1)).toMatchObject({
      type: "log-protection-restored",
      payload: { triggers: ["events_append_only_delete"] },
    });
    review.close();
    expect(() => tamper(path, "DELETE FROM events WHERE seq = 1")).toThrow(/append-only/);
    expect(verifyReview(path).ok).toBe(true);
  });

  it("should refuse to open a log with a changed event and name its seq; read-only opens it for inspection", () => {
    const path = fixture();
    const votes = (openReview(path, { readOnly: true }) as Review).events().filter((e) => e.type === "vote-cast");
    const seq = votes[1]?.seq as number;
    tamper(path, "DROP TRIGGER events_append_only_update");
    tamper(path, "UPDATE events SET payload = replace(payload, '\"exclude\"', '\"include\"') WHERE seq = ?", seq);
    expect(brokenAt(path)).toEqual({ seq, problem: "log-event-altered" });
    const inspect = openReview(path, { readOnly: true });
    expect(inspect.integrity.broken).toEqual({ seq, problem: "log-event-altered" });
    expect(inspect.integrity.damagedTriggers).toEqual(["events_append_only_update"]);
    expect(inspect.events().find((e) => e.seq === seq)?.payload).toMatchObject({ value: "include" });
    expect(() => inspect.addRound({ as: "lead" })).toThrow(/read-only/);
    inspect.close();
    const result = verifyReview(path);
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual({ seq, problem: "log-event-altered" });
    expect(result.messages.map((m) => m.ruleId)).toEqual(["log-event-altered", "log-protection-missing"]);
  });

  it("should find an event deleted from the middle and events cut from the end", () => {
    const middle = fixture();
    tamper(middle, "DROP TRIGGER events_append_only_delete");
    tamper(middle, "DELETE FROM events WHERE seq = 4");
    expect(brokenAt(middle)).toEqual({ seq: 4, problem: "log-event-missing" });

    const end = fixture();
    const events = openReview(end, { readOnly: true }).integrity.events;
    tamper(end, "DROP TRIGGER events_append_only_delete");
    tamper(end, "DELETE FROM events WHERE seq >= ?", events - 1);
    expect(brokenAt(end)).toEqual({ seq: events - 1, problem: "log-truncated" });

    const headless = fixture();
    const count = openReview(headless, { readOnly: true }).integrity.events;
    tamper(headless, "DROP TRIGGER log_head_no_delete");
    tamper(headless, "DROP TABLE log_head");
    expect(brokenAt(headless)).toEqual({ seq: count + 1, problem: "log-truncated" });
  });

  it("should refuse to rebuild from a tampered log", () => {
    const path = fixture();
    const review = openReview(path);
    const before = review.snapshot();
    review.db.exec("DROP TRIGGER events_append_only_update");
    review.db.exec("UPDATE events SET actor = 'mallory' WHERE seq = 2");
    expect(() => review.rebuild()).toThrow(BrokenLogError);
    expect(review.snapshot()).toEqual(before);
    review.close();
  });

  it("should find state edited outside the library with verify", () => {
    const path = fixture();
    tamper(path, "UPDATE votes SET value = 'include' WHERE reviewer = 'bob'");
    const result = verifyReview(path);
    expect(result.ok).toBe(false);
    expect(result.differingTables).toEqual(["votes"]);
    expect(result.messages.map((m) => m.ruleId)).toEqual(["state-differs"]);
    expect(verifyReview(path, { locale: "nl" }).messages[0]?.reason).not.toBe(result.messages[0]?.reason);
  });

  it("should seal the log of a file written before the chain existed (schema 2)", () => {
    const dir = mkdtempSync(join(tmpdir(), "verlicht-chain-"));
    dirs.push(dir);
    const path = join(dir, "old.sqlite");
    const old = openDatabase(path);
    old.exec(MIGRATIONS[0] as string);
    old.exec(MIGRATIONS[1] as string);
    old.pragma("user_version = 2");
    const insert = old.prepare(
      "INSERT INTO events (at, actor, type, payload, tool_version) VALUES ('2025-01-01T00:00:00.000Z', 'anna', ?, ?, 'old')",
    );
    insert.run("round-added", JSON.stringify({ id: "r1", position: 1, kind: "database" }));
    insert.run("reviewer-added", JSON.stringify({ id: "anna", role: "screener" }));
    old.exec("INSERT INTO rounds (id, position, kind) VALUES ('r1', 1, 'database')");
    old.exec("INSERT INTO reviewers (id, role) VALUES ('anna', 'screener')");
    old.close();
    const unsealed = openReview(path, { readOnly: true });
    expect(unsealed.integrity.sealed).toBe(false);
    unsealed.close();
    expect(verifyReview(path).messages.map((m) => m.ruleId)).toContain("log-unsealed");
    const review = openReview(path);
    expect(review.integrity).toMatchObject({ sealed: true, events: 2 });
    expect(review.events()).toHaveLength(4);
    review.close();
    expect(verifyReview(path).ok).toBe(true);
  });
});
