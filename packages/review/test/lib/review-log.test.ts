// All records here are FICTIONAL.
import { describe, expect, it } from "vitest";
import { openReview, parseRecords, prismaCounts } from "../../src/index.js";
import { scenario } from "../scenario.js";

describe("the event log", () => {
  it("should rebuild a full review (rounds, duplicates, votes, resolutions, links) to the same state and counts", () => {
    const review = scenario();
    const before = review.snapshot();
    const counts = prismaCounts(review);
    for (const table of ["records", "votes", "resolutions", "study_links", "maybe_pairs", "reviewers"]) {
      review.db.prepare(`DELETE FROM ${table}`).run();
    }
    review.rebuild();
    expect(review.snapshot()).toEqual(before);
    expect(prismaCounts(review)).toEqual(counts);
  });

  it("should record maybe pairs for a human and apply the human's verdict as an event", () => {
    const review = openReview(":memory:");
    review.addRound({ as: "o" });
    const text = [
      "TY  - JOUR\nTI  - An invented survey of park use in a fictional town\nAU  - Jansen, A.\nPY  - 2020\nSP  - 10\nEP  - 19\nER  - \n",
      "TY  - JOUR\nTI  - An invented survey of park use in a fictional town\nAU  - Jansen, A.\nPY  - 2020\nSP  - 110\nEP  - 119\nER  - \n",
    ].join("");
    review.importRecords(parseRecords(text).value, { round: "round-1", as: "o" });
    expect(review.deduplicate({ as: "o" })).toEqual({ linked: 0, maybe: 1 });
    expect(review.maybePairs()).toMatchObject([{ a: 1, b: 2 }]);
    review.resolveMaybe(1, 2, { same: true, as: "anna" });
    expect(review.record(2).duplicateOf).toBe(1);
    expect(review.maybePairs()).toEqual([]);
    expect(review.deduplicate({ as: "o" })).toEqual({ linked: 0, maybe: 0 });
    review.unlinkDuplicate(2, { as: "anna" });
    expect(review.record(2).duplicateOf).toBeUndefined();
    expect(review.events().at(-1)).toMatchObject({
      type: "duplicate-unlinked",
      actor: "anna",
      before: { duplicateOf: 1 },
    });
  });

  it("should reject a stage rule without a positive number of reviewers", () => {
    const review = openReview(":memory:");
    expect(() => review.configureStage("title-abstract", { as: "o", rule: { kind: "agree", reviewers: 0 } })).toThrow(
      /@verlicht\/review\/configureStage: /,
    );
  });
});
