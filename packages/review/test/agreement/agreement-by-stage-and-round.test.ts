import { describe, expect, it } from "vitest";
import { type AgreementVote, agreementByStageAndRound } from "../../src/lib/agreement/agreement-by-stage-and-round.js";

// Fictional votes of fictional reviewers.
function votes(stage: string, round: number, reviewer: string, decisions: string[]): AgreementVote[] {
  return decisions.map((decision, i) => ({ record: `r${round}-${i}`, stage, round, reviewer, decision }));
}

describe("agreementByStageAndRound", () => {
  const ta1 = [
    ...votes("title-abstract", 1, "ann", ["include", "include", "exclude", "exclude"]),
    ...votes("title-abstract", 1, "bob", ["include", "exclude", "exclude", "exclude"]),
  ];
  const ta2 = [
    ...votes("title-abstract", 2, "ann", ["include", "exclude"]),
    ...votes("title-abstract", 2, "bob", ["include", "exclude"]),
  ];

  it("should give one row per round and a cumulative row per stage", () => {
    const rows = agreementByStageAndRound([...ta1, ...ta2]);
    expect(rows.map((r) => [r.stage, r.round, r.records])).toEqual([
      ["title-abstract", 1, 4],
      ["title-abstract", 2, 2],
      ["title-abstract", null, 6],
    ]);
    expect(rows[0]?.kappa.value).toBeCloseTo(0.5, 12);
    expect(rows[1]?.kappa.value).toBe(1);
    expect(rows[2]?.observed.value).toBeCloseTo(5 / 6, 12);
    expect(rows[2]?.reviewers).toEqual(["ann", "bob"]);
  });

  it("should apply a declared mapping and count the last vote of a reviewer", () => {
    const rows = agreementByStageAndRound(
      [
        { record: 1, stage: "ta", round: 1, reviewer: "ann", decision: "exclude" },
        { record: 1, stage: "ta", round: 1, reviewer: "ann", decision: "maybe" },
        { record: 1, stage: "ta", round: 1, reviewer: "bob", decision: "include" },
        { record: 2, stage: "ta", round: 1, reviewer: "ann", decision: "exclude" },
        { record: 2, stage: "ta", round: 1, reviewer: "bob", decision: "exclude" },
      ],
      { mapping: { maybe: "include" } },
    );
    expect(rows[0]?.observed.value).toBe(1);
    expect(rows[0]?.positive.value).toBe(1);
    expect(rows[0]?.mapping).toEqual({ maybe: "include" });
  });

  it("should leave two-rater statistics NaN with three reviewers but still give alpha", () => {
    const rows = agreementByStageAndRound([
      ...votes("ft", 1, "ann", ["include", "exclude", "exclude"]),
      ...votes("ft", 1, "bob", ["include", "exclude", "include"]),
      ...votes("ft", 1, "cas", ["include", "exclude", "exclude"]),
    ]);
    expect(rows[0]?.kappa.reason).toBe("not-two-raters");
    expect(rows[0]?.kappa.value).toBeNaN();
    expect(Number.isFinite(rows[0]?.alpha.value)).toBe(true);
  });
});
