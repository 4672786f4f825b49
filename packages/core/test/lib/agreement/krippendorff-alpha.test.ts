import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "../../../src/lib/agreement/krippendorff-alpha.js";

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with
// 4 observers × 12 units and missing values. Rows are observers A–D, columns units 1–12.
const _ = null;
const observers = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const units = observers[0]?.map((_, u) => observers.map((o) => o[u] ?? null)) ?? [];

describe("krippendorffAlpha", () => {
  it.each([
    ["nominal", 0.743],
    ["ordinal", 0.815],
    ["interval", 0.849],
    ["ratio", 0.797],
  ] as const)("should reproduce Krippendorff's published example at the %s level (%s)", (level, expected) => {
    const result = krippendorffAlpha(units, { level });
    expect(result.value).toBeCloseTo(expected, 3);
    expect(result.reason).toBeNull();
    // Unit 12 has one value only and is not pairable.
    expect(result.n).toBe(11);
  });

  it("should default to the nominal level", () => {
    expect(krippendorffAlpha(units).value).toBeCloseTo(0.743, 3);
  });

  it("should give 1 for perfect agreement and ignore single-coded units", () => {
    const result = krippendorffAlpha([["a", "a"], ["b", "b", "b"], ["a", null], ["c"]]);
    expect(result.value).toBe(1);
    expect(result.n).toBe(2);
  });

  it("should order ordinal labels by `order` and match the numeric coding", () => {
    const labels = ["low", "mid", "high"] as const;
    const numeric = [
      [1, 2, 2],
      [3, 3, null],
      [1, 1, 2],
      [2, 3, 3],
    ];
    const named = numeric.map((u) => u.map((v) => (v === null ? null : labels[v - 1])));
    const a = krippendorffAlpha(numeric, { level: "ordinal" });
    const b = krippendorffAlpha(named, { level: "ordinal", order: labels });
    expect(b.value).toBeCloseTo(a.value, 12);
  });

  it("should return NaN with a reason when only one value occurs", () => {
    const result = krippendorffAlpha([
      [1, 1],
      [1, 1, null],
    ]);
    expect(result.value).toBeNaN();
    expect(result.reason).toBe("no-expected-disagreement");
  });

  it("should return NaN with a reason when no unit has two values", () => {
    const result = krippendorffAlpha([[1, null], [2]], { level: "interval" });
    expect(result.value).toBeNaN();
    expect(result.reason).toBe("no-pairable-values");
    expect(result.n).toBe(0);
  });

  it("should throw an InvalidArgumentsError for labels at the interval level or an unknown level", () => {
    expect(() => krippendorffAlpha([["a", "b"]], { level: "interval" })).toThrow(
      expect.objectContaining({ name: "InvalidArgumentsError" }),
    );
    // @ts-expect-error testing a wrong level on purpose
    expect(() => krippendorffAlpha([[1, 2]], { level: "cardinal" })).toThrow(/krippendorffAlpha/);
    expect(() => krippendorffAlpha([[-1, 2]], { level: "ratio" })).toThrow(/ratio/);
  });
});
