// All records here are FICTIONAL.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openReview, parseRecords, vote } from "@verlicht/review";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/lib/run-cli.js";
import { capture } from "../helpers/capture.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dir(): string {
  const d = mkdtempSync(join(tmpdir(), "verlicht-verify-"));
  dirs.push(d);
  return d;
}

function reviewFile(): string {
  const path = join(dir(), "r.sqlite");
  const review = openReview(path);
  review.addRound({ as: "lead" });
  review.importRecords(parseRecords("TY  - JOUR\nTI  - Invented record\nER  - \n").value, {
    round: "round-1",
    as: "lead",
  });
  review.addReviewer("anna", { as: "lead" });
  vote(review, { record: 1, stage: "title-abstract", reviewer: "anna", value: "include" });
  review.close();
  return path;
}

describe("verlicht review verify", () => {
  it("should exit 0 on an intact review", async () => {
    const io = capture();
    expect(await runCli(["--lang", "en", "review", "verify", reviewFile()], io)).toBe(0);
    expect(io.out).toMatch(/hash chain intact/);
  });

  it("should exit 1 and name the event when the log was changed", async () => {
    const path = reviewFile();
    const review = openReview(path);
    const seq = review.events().at(-1)?.seq as number;
    review.db.exec("DROP TRIGGER events_append_only_update");
    review.db.prepare("UPDATE events SET actor = 'mallory' WHERE seq = ?").run(seq);
    review.close();
    const io = capture();
    expect(await runCli(["--lang", "en", "--json", "review", "verify", path], io)).toBe(1);
    const result = JSON.parse(io.out);
    expect(result.broken).toEqual({ seq, problem: "log-event-altered" });
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toContain("log-event-altered");
  });

  it("should exit 2 for a missing file, a folder and a file that is not a review", async () => {
    const d = dir();
    const text = join(d, "notes.txt");
    writeFileSync(text, "not a database\n");
    for (const target of [join(d, "missing.sqlite"), d, text]) {
      const io = capture();
      expect(await runCli(["--lang", "en", "review", "verify", target], io)).toBe(2);
      expect(io.err).toContain(target);
      expect(io.err).not.toMatch(/\n\s+at /);
    }
  });
});
