// All records and people here are FICTIONAL.
import { InvalidArgumentsError, UsageError } from "@verlicht/core";
import { describe, expect, it } from "vitest";
import {
  allVotes,
  conflicts,
  decision,
  exportAsreviewCsv,
  exportReviewCsv,
  includedStudies,
  openReview,
  parseRecords,
  prismaCounts,
  type Review,
  type ReviewerSession,
  vote,
  votes,
} from "../../../src/index.js";

const NOTE = "fictional-secret-note-of-anna";
const STAGE = "title-abstract";

function setUp(rule: "any-include" | "agree" = "any-include") {
  const review = openReview(":memory:");
  review.addRound({ id: "r1", as: "lead" });
  const ris = [1, 2, 3]
    .map((i) => `TY  - JOUR\nTI  - Invented record ${i} on topic ${i}\nAU  - Person${i}, P.\nPY  - 2020\nER  - \n`)
    .join("");
  review.importRecords(parseRecords(ris).value, { round: "r1", as: "lead" });
  review.configureStage(STAGE, { as: "lead", rule: { kind: rule, reviewers: 2 } });
  const tokens = {
    anna: review.addReviewer("anna", { as: "lead" }),
    bob: review.addReviewer("bob", { as: "lead" }),
    carla: review.addReviewer("carla", { as: "lead", role: "resolver" }),
    olga: review.addReviewer("olga", { as: "lead", role: "owner" }),
  };
  const as = (name: keyof typeof tokens) => review.signIn(name, tokens[name]);
  // Record 3 is a duplicate of record 1: its decision is record 1's.
  review.commit({ type: "duplicate-linked", actor: "lead", payload: { recordId: 3, canonicalId: 1 } });
  as("anna").vote({ record: 1, stage: STAGE, value: "include", note: NOTE });
  return { review, tokens, as };
}

/** Every read a reviewer can reach, as B before B voted: each must refuse, or return nothing of A's. */
function everyRead(bob: ReviewerSession): Array<[string, () => unknown]> {
  return [
    ["votes()", () => votes(bob, { record: 1, stage: STAGE })],
    ["session.votes()", () => bob.votes({ record: 1, stage: STAGE })],
    ["decision()", () => decision(bob, 1, STAGE)],
    ["decision() of a duplicate", () => decision(bob, 3, STAGE)],
    ["session.decision()", () => bob.decision(1, STAGE)],
    ["conflicts()", () => conflicts(bob, { stage: STAGE })],
    ["session.events()", () => bob.events()],
    ["session.snapshot()", () => bob.snapshot()],
    ["session.myVotes()", () => bob.myVotes()],
    ["session.records()", () => bob.records()],
    ["allVotes()", () => allVotes(bob)],
    ["exportReviewCsv()", () => exportReviewCsv(bob)],
    ["exportAsreviewCsv()", () => exportAsreviewCsv(bob)],
    ["includedStudies()", () => includedStudies(bob)],
    ["prismaCounts()", () => prismaCounts(bob)],
    ["session.lead()", () => bob.lead()],
  ];
}

describe("blinding by construction", () => {
  it("should show reviewer B nothing of A's vote, note or the decision before B votes (any-include)", () => {
    const { review, as } = setUp("any-include");
    // The leak of today: under any-include one include decides at once.
    expect(decision(review, 1, STAGE).status).toBe("include");
    const bob = as("bob");
    for (const [name, read] of everyRead(bob)) {
      let result: unknown;
      try {
        result = read();
      } catch (error) {
        expect(error, name).toBeInstanceOf(UsageError);
        continue;
      }
      const text = JSON.stringify(result);
      expect(text, name).not.toContain(NOTE);
      expect(text, name).not.toContain('"reviewer":"anna"');
      expect(text, name).not.toMatch(/token_?hash/i);
    }
    expect(bob.events().some((e) => e.type === "vote-cast")).toBe(false);
    expect(bob.snapshot().votes).toEqual([]);
    expect(conflicts(bob, { stage: STAGE })).toEqual([]);
  });

  it("should open A's vote and the decision to B once B has voted", () => {
    const { as } = setUp("any-include");
    const bob = as("bob");
    vote(bob, { record: 1, stage: STAGE, value: "exclude" });
    expect(votes(bob, { record: 1, stage: STAGE }).map((v) => [v.reviewer, v.value, v.note])).toEqual([
      ["anna", "include", NOTE],
      ["bob", "exclude", undefined],
    ]);
    expect(decision(bob, 1, STAGE).status).toBe("include");
    expect(decision(bob, 3, STAGE).status).toBe("include");
    expect(bob.events().filter((e) => e.type === "vote-cast")).toHaveLength(2);
    expect(bob.snapshot().votes).toHaveLength(2);
    expect(bob.myVotes().map((v) => v.recordId)).toEqual([1]);
  });

  it("should let a resolver see a record only when it is in conflict, and the lead everything", () => {
    const { review, as } = setUp("agree");
    const carla = as("carla");
    expect(() => decision(carla, 1, STAGE)).toThrow(UsageError);
    expect(() => votes(carla, { record: 1, stage: STAGE })).toThrow(UsageError);
    as("bob").vote({ record: 1, stage: STAGE, value: "exclude" });
    expect(decision(carla, 1, STAGE).status).toBe("conflict");
    expect(conflicts(carla, { stage: STAGE })).toEqual([1]);
    expect(votes(carla, { record: 1, stage: STAGE })).toHaveLength(2);
    const olga = as("olga");
    expect(olga.isLead).toBe(true);
    expect(olga.snapshot().votes).toEqual(review.snapshot().votes);
    expect(allVotes(olga)).toEqual(allVotes(review));
    expect(exportReviewCsv(olga)).toBe(exportReviewCsv(review));
  });

  it("should identify reviewers by their token, not by a name", () => {
    const { review, tokens, as } = setUp();
    expect(() => review.signIn("bob", tokens.anna)).toThrow(UsageError);
    expect(() => review.signIn("bob", "vrt_guessed")).toThrow(UsageError);
    expect(() => review.signIn("nobody", tokens.bob)).toThrow(UsageError);
    // `as` is refused: a name is not an identity.
    expect(() => votes(review, { record: 1, stage: STAGE, as: "bob" } as never)).toThrow(InvalidArgumentsError);
    // A session votes only as itself.
    expect(() => as("bob").vote({ record: 2, stage: STAGE, value: "include", reviewer: "anna" })).toThrow(UsageError);
    // The token is stored only as its hash.
    const stored = JSON.stringify([review.snapshot(), review.events()]);
    for (const token of Object.values(tokens)) expect(stored).not.toContain(token);
    expect(review.reviewers().find((r) => r.id === "bob")).toEqual({ id: "bob", role: "screener", hasToken: true });
  });

  it("should end a session when the lead issues a new token", () => {
    const { review, tokens } = setUp();
    const bob = review.signIn("bob", tokens.bob);
    expect(bob.role).toBe("screener");
    const fresh = review.addReviewer("bob", { as: "lead" });
    expect(() => bob.records()).toThrow(UsageError);
    expect(() => review.signIn("bob", tokens.bob)).toThrow(UsageError);
    expect(review.signIn("bob", fresh).reviewer).toBe("bob");
  });

  it("should keep tokens across a rebuild from the log", () => {
    const { review, tokens } = setUp();
    const before = review.snapshot();
    (review as Review).rebuild();
    expect(review.snapshot()).toEqual(before);
    expect(review.signIn("anna", tokens.anna).myVotes()).toHaveLength(1);
  });
});
