// All records here are FICTIONAL.
import { UsageError } from "@verlicht/core";
import { describe, expect, it } from "vitest";
import {
  allVotes,
  conflicts,
  decision,
  linkReport,
  openReview,
  parseRecords,
  type Review,
  resolveConflict,
  studyOf,
  vote,
  votes,
} from "../../src/index.js";

/** Sign-in tokens of the set-up's reviewers, by review. */
const tokens = new WeakMap<Review, Record<string, string>>();
const session = (review: Review, name: string) => review.signIn(name, tokens.get(review)?.[name] as string);

function setUp(): Review {
  const review = openReview(":memory:");
  review.addRound({ id: "r1", as: "owner" });
  const text = [1, 2, 3, 4]
    .map(
      (i) =>
        `TY  - JOUR\nTI  - Invented screening record ${i} on topic ${"abcd"[i - 1]}\nAU  - Person${i}, P.\nPY  - 2020\nER  - \n`,
    )
    .join("");
  review.importRecords(parseRecords(text).value, { round: "r1", as: "owner" });
  tokens.set(review, {
    anna: review.addReviewer("anna", { as: "owner" }),
    bob: review.addReviewer("bob", { as: "owner" }),
    carla: review.addReviewer("carla", { as: "owner", role: "resolver" }),
  });
  review.addExclusionReason("wrong-population", { as: "owner", label: "Wrong population" });
  review.addExclusionReason("wrong-design", { as: "owner", label: "Wrong study design" });
  return review;
}

describe("screening", () => {
  it("should include on two agreeing includes and exclude on two agreeing excludes", () => {
    const review = setUp();
    vote(review, { record: 1, stage: "title-abstract", reviewer: "anna", value: "include" });
    expect(decision(review, 1, "title-abstract").status).toBe("pending");
    vote(review, { record: 1, stage: "title-abstract", reviewer: "bob", value: "maybe" });
    expect(decision(review, 1, "title-abstract")).toMatchObject({ status: "include", via: "rule" });
    vote(review, { record: 2, stage: "title-abstract", reviewer: "anna", value: "exclude" });
    vote(review, { record: 2, stage: "title-abstract", reviewer: "bob", value: "exclude" });
    expect(decision(review, 2, "title-abstract").status).toBe("exclude");
  });

  it("should forward a record on any include under the any-include rule", () => {
    const review = setUp();
    review.configureStage("title-abstract", { as: "owner", rule: { kind: "any-include", reviewers: 2 } });
    vote(review, { record: 3, stage: "title-abstract", reviewer: "anna", value: "include" });
    expect(decision(review, 3, "title-abstract").status).toBe("include");
    vote(review, { record: 4, stage: "title-abstract", reviewer: "anna", value: "exclude" });
    expect(decision(review, 4, "title-abstract").status).toBe("pending");
  });

  it("should hide others' votes until the reader has voted", () => {
    const review = setUp();
    vote(review, { record: 1, stage: "title-abstract", reviewer: "anna", value: "include" });
    expect(() => votes(session(review, "bob"), { record: 1, stage: "title-abstract" })).toThrow(UsageError);
    expect(() => votes(session(review, "carla"), { record: 1, stage: "title-abstract" })).toThrow(UsageError);
    vote(session(review, "bob"), { record: 1, stage: "title-abstract", value: "exclude" });
    expect(
      votes(session(review, "bob"), { record: 1, stage: "title-abstract" }).map((v) => [v.reviewer, v.value]),
    ).toEqual([
      ["anna", "include"],
      ["bob", "exclude"],
    ]);
    // A resolver may read once the record is in conflict.
    expect(votes(session(review, "carla"), { record: 1, stage: "title-abstract" })).toHaveLength(2);
  });

  it("should list conflicts and record the resolver's decision", () => {
    const review = setUp();
    vote(review, { record: 1, stage: "title-abstract", reviewer: "anna", value: "include" });
    vote(review, { record: 1, stage: "title-abstract", reviewer: "bob", value: "exclude" });
    expect(conflicts(review, { stage: "title-abstract" })).toEqual([1]);
    expect(() =>
      resolveConflict(review, { record: 1, stage: "title-abstract", value: "include", resolver: "anna" }),
    ).toThrow(UsageError);
    resolveConflict(review, { record: 1, stage: "title-abstract", value: "include", resolver: "carla" });
    expect(decision(review, 1, "title-abstract")).toMatchObject({ status: "include", via: "resolution" });
    expect(conflicts(review, { stage: "title-abstract" })).toEqual([]);
    const event = review.events().at(-1);
    expect(event).toMatchObject({ type: "conflict-resolved", actor: "carla", before: { status: "conflict" } });
  });

  it("should require a controlled exclusion reason at full text and only admit forwarded records", () => {
    const review = setUp();
    expect(() => vote(review, { record: 1, stage: "full-text", reviewer: "anna", value: "include" })).toThrow(
      UsageError,
    );
    for (const reviewer of ["anna", "bob"])
      vote(review, { record: 1, stage: "title-abstract", reviewer, value: "include" });
    expect(() => vote(review, { record: 1, stage: "full-text", reviewer: "anna", value: "exclude" })).toThrow(
      /needs a reason/,
    );
    expect(() =>
      vote(review, { record: 1, stage: "full-text", reviewer: "anna", value: "exclude", reason: "Wrong age" }),
    ).toThrow(/unknown exclusion reason/);
    vote(review, { record: 1, stage: "full-text", reviewer: "anna", value: "exclude", reason: "wrong-design" });
    vote(review, { record: 1, stage: "full-text", reviewer: "bob", value: "exclude", reason: "wrong-design" });
    expect(decision(review, 1, "full-text")).toMatchObject({ status: "exclude", reason: "wrong-design" });
  });

  it("should carry the canonical record's decision to its duplicates and refuse votes on them", () => {
    const review = setUp();
    for (const reviewer of ["anna", "bob"])
      vote(review, { record: 1, stage: "title-abstract", reviewer, value: "include" });
    review.commit({ type: "duplicate-linked", actor: "owner", payload: { recordId: 4, canonicalId: 1 } });
    expect(decision(review, 4, "title-abstract")).toMatchObject({ status: "include", via: "duplicate" });
    expect(() => vote(review, { record: 4, stage: "title-abstract", reviewer: "anna", value: "include" })).toThrow(
      /duplicate of record 1/,
    );
  });

  it("should give an owner every vote as plain rows and refuse screeners", () => {
    const review = setUp();
    const olga = review.addReviewer("olga", { as: "owner", role: "owner" });
    vote(review, { record: 1, stage: "title-abstract", reviewer: "anna", value: "include" });
    vote(review, { record: 1, stage: "title-abstract", reviewer: "bob", value: "maybe" });
    expect(() => allVotes(session(review, "anna"))).toThrow(UsageError);
    expect(allVotes(review.signIn("olga", olga))).toEqual(allVotes(review));
    expect(allVotes(review)).toEqual([
      { record: 1, stage: "title-abstract", round: "r1", reviewer: "anna", decision: "include" },
      { record: 1, stage: "title-abstract", round: "r1", reviewer: "bob", decision: "maybe" },
    ]);
  });

  it("should link reports to studies", () => {
    const review = setUp();
    linkReport(review, { report: 2, study: 1, as: "owner" });
    expect(studyOf(review, 2)).toBe(1);
    expect(studyOf(review, 3)).toBe(3);
  });
});
