import { describe, expect, it } from "vitest";
import { cohensKappa } from "../../../src/lib/agreement/cohens-kappa.js";
import { observedAgreement } from "../../../src/lib/agreement/observed-agreement.js";
import { pabak } from "../../../src/lib/agreement/pabak.js";
import { positiveAgreement } from "../../../src/lib/agreement/positive-agreement.js";

/** Two raters' decisions from a 2×2 table: both include, only a, only b, both exclude. */
function fromTable(both: number, onlyA: number, onlyB: number, neither: number): [string[], string[]] {
  const a = [
    ...Array(both).fill("include"),
    ...Array(onlyA).fill("include"),
    ...Array(onlyB).fill("exclude"),
    ...Array(neither).fill("exclude"),
  ];
  const b = [
    ...Array(both).fill("include"),
    ...Array(onlyA).fill("exclude"),
    ...Array(onlyB).fill("include"),
    ...Array(neither).fill("exclude"),
  ];
  return [a, b];
}

describe("two-rater agreement", () => {
  it("should show the prevalence paradox of the reference's worked example (5/5/5/985)", () => {
    const [a, b] = fromTable(5, 5, 5, 985);
    expect(observedAgreement(a, b).value).toBeCloseTo(0.99, 12);
    expect(cohensKappa(a, b).value).toBeCloseTo(0.495, 3);
    expect(positiveAgreement(a, b).value).toBeCloseTo(0.5, 12);
    expect(pabak(a, b).value).toBeCloseTo(0.98, 12);
  });

  it("should give kappa 0.80 on the balanced 45/5/5/45 table", () => {
    const [a, b] = fromTable(45, 5, 5, 45);
    expect(cohensKappa(a, b).value).toBeCloseTo(0.8, 12);
    expect(cohensKappa(a, b).n).toBe(100);
  });

  it("should compute kappa over three categories with each rater's own marginals", () => {
    // p_o = 0.6; marginals a = (2,2,1)/5, b = (1,2,2)/5 → p_e = (2+4+2)/25 = 0.32.
    const a = ["x", "x", "y", "y", "z"];
    const b = ["x", "y", "y", "z", "z"];
    expect(cohensKappa(a, b).value).toBeCloseTo((0.6 - 0.32) / (1 - 0.32), 12);
    expect(pabak(a, b).value).toBeCloseTo((3 * 0.6 - 1) / 2, 12);
    expect(pabak(a, b, { categories: 4 }).value).toBeCloseTo((4 * 0.6 - 1) / 3, 12);
  });

  it("should skip units that either rater did not rate", () => {
    const result = cohensKappa([1, 1, 0, null, 0], [1, 0, 0, 1, undefined]);
    expect(result.n).toBe(3);
    expect(observedAgreement([1, null], [1, 0]).value).toBe(1);
  });

  it("should return NaN with reason single-category when both raters used one category only", () => {
    const result = cohensKappa(["exclude", "exclude"], ["exclude", "exclude"]);
    expect(result.value).toBeNaN();
    expect(result.reason).toBe("single-category");
    expect(observedAgreement(["exclude"], ["exclude"]).value).toBe(1);
  });

  it("should return NaN with reason no-pairs when no unit was rated by both", () => {
    for (const f of [cohensKappa, observedAgreement, pabak, positiveAgreement]) {
      const result = f([1, null], [null, 0]);
      expect(result.value).toBeNaN();
      expect(result.reason).toBe("no-pairs");
    }
  });

  it("should give kappa 0 when one rater is constant but the other is not", () => {
    expect(cohensKappa([1, 1, 1, 1], [1, 0, 1, 0]).value).toBe(0);
  });

  it("should find the positive category by convention or take the declared one", () => {
    expect(positiveAgreement([true, true, false], [true, false, false]).value).toBeCloseTo(2 / 3, 12);
    expect(positiveAgreement(["yes", "yes", "no"], ["yes", "no", "no"]).reason).toBe("no-positive-category");
    expect(positiveAgreement(["yes", "yes", "no"], ["yes", "no", "no"], { positive: "yes" }).value).toBeCloseTo(
      2 / 3,
      12,
    );
    expect(positiveAgreement(["no"], ["no"], { positive: "yes" }).reason).toBe("no-positive-ratings");
  });

  it("should throw an InvalidArgumentsError on arrays of different length", () => {
    expect(() => cohensKappa([1, 0], [1])).toThrow(expect.objectContaining({ name: "InvalidArgumentsError" }));
    expect(() => cohensKappa([1, 0], [1])).toThrow(/@verlicht\/core\/cohensKappa: /);
    expect(() => pabak([1], [1], { categories: 1 })).toThrow(/categories/);
  });
});
