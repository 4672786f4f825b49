// All sources in this file are fictional, written for these tests.
import { describe, expect, it } from "vitest";
import { cohensKappa, krippendorffAlpha, mergeCoders, parseSource, serializeSource } from "../../src/index.js";

const anna = parseSource(
  [
    "[[coderId=anna]]",
    "[[uid=7zs2xz00]] Een. [[a]]",
    "[[uid=7zs2xz01]] Twee. [[a]] [[b]]",
    "[[uid=7zs2xz02]] Drie.",
    "[[uid=7zs2xz03]] Vier. [[b]]",
  ].join("\n"),
  { sourceId: "anna.rock" },
).value;
const bert = parseSource(
  [
    "[[uid=7zs2xz00]] Een. [[a]]",
    "[[uid=7zs2xz01]] Twee. [[b]]",
    "[[uid=7zs2xz02]] Drie.",
    "[[uid=7zs2xz03]] Vier. [[b]]",
  ].join("\n"),
  { sourceId: "bert.rock" },
).value;

describe("mergeCoders", () => {
  it("should take coders from [[coderId]] or the source id and merge codes by uid", () => {
    const { value } = mergeCoders([anna, bert]);
    expect(value.coders).toEqual(["anna", "bert.rock"]);
    expect(value.utterances.find((u) => u.uid === "7zs2xz01")?.codesByCoder).toEqual({
      anna: ["a", "b"],
      "bert.rock": ["b"],
    });
  });

  it("should compute kappa and alpha per code", () => {
    const { value } = mergeCoders([anna, bert]);
    const a = value.agreement.find((x) => x.code === "a")!;
    const b = value.agreement.find((x) => x.code === "b")!;
    // a: anna 1,1,0,0 vs bert 1,0,0,0 → kappa 0.5; b: identical → kappa 1.
    expect(a.kappa).toBeCloseTo(0.5, 10);
    expect(a.percentAgreement).toBe(0.75);
    expect(a.counts).toEqual({ anna: 2, "bert.rock": 1 });
    expect(b.kappa).toBe(1);
    expect(b.alpha).toBe(1);
    expect(value.alpha).not.toBeNull();
    expect(value.alpha!).toBeLessThan(1);
  });

  it("should add the other coders' codes to the primary source's lines", () => {
    const { value } = mergeCoders([bert, anna]);
    expect(serializeSource(value.merged).split("\n")[1]).toBe("[[uid=7zs2xz01]] Twee. [[b]] [[a]]");
  });
});

describe("mergeCoders with network codes", () => {
  it("should compare network codes as from->to||type and merge their tokens", () => {
    const x = parseSource(
      "[[coderId=x]]\n[[uid=7zs2xz10]] Zin. [[a->b||causal_pos||2]]\n[[uid=7zs2xz11]] Nog een.\n",
    ).value;
    const y = parseSource("[[coderId=y]]\n[[uid=7zs2xz10]] Zin.\n[[uid=7zs2xz11]] Nog een.\n").value;
    const { value } = mergeCoders([y, x]);
    const edge = value.agreement.find((g) => g.code === "a->b||causal_pos")!;
    expect(edge.counts).toEqual({ y: 0, x: 1 });
    expect(edge.percentAgreement).toBe(0.5);
    expect(value.merged.utterances[1]?.raw).toBe("[[uid=7zs2xz10]] Zin. [[a->b||causal_pos||2]]");
    expect(value.merged.utterances[1]?.networkCodes[0]?.weight).toBe(2);
  });
});

describe("agreement statistics", () => {
  it("should be core's statistics (one implementation, one return shape)", async () => {
    const core = await import("@verlicht/core");
    expect(cohensKappa).toBe(core.cohensKappa);
    expect(krippendorffAlpha).toBe(core.krippendorffAlpha);
  });

  it("should give kappa 0.5 and null when chance agreement is 1", () => {
    expect(cohensKappa([1, 1, 0, 0], [1, 0, 0, 0]).value).toBeCloseTo(0.5, 10);
    expect(cohensKappa([0, 0], [0, 0])).toMatchObject({ value: Number.NaN, reason: "single-category" });
  });

  it("should compute Krippendorff's alpha for nominal data with missing values", () => {
    // Krippendorff (2011), nominal example reduced: units with one value are skipped.
    expect(
      krippendorffAlpha([
        [1, 1],
        [0, 0],
        [1, 0],
      ]).value,
    ).toBeCloseTo(4 / 9, 10);
    expect(krippendorffAlpha([[1], [0]]).reason).toBe("no-pairable-values");
    expect(
      krippendorffAlpha([
        [1, 1, 1],
        [2, 2, 2],
        [3, 3, 3],
        [1, 2],
      ]).value,
    ).toBeCloseTo(1 - 2 / 11 / ((11 * 11 - 4 * 4 - 4 * 4 - 3 * 3) / (11 * 10)), 10);
  });
});
