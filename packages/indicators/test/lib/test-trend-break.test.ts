import { describe, expect, it } from "vitest";
import { testTrendBreak } from "../../src/index.js";

const s = (values: Array<number | null>) => values.map((value, i) => ({ period: String(2018 + i), value }));

describe("testTrendBreak", () => {
  it("should not flag a series that continues its trend", () => {
    const r = testTrendBreak(s([10, 12, 14, 16, 18]));
    expect(r).toMatchObject({ flag: false, testable: true, expected: 2, observed: 2, departure: 0 });
  });

  it("should flag a jump that departs from the earlier changes by more than the threshold", () => {
    const r = testTrendBreak(s([10, 12, 14, 20, 22]));
    expect(r.flag).toBe(true);
    expect(r.threshold).toBeCloseTo(0.28, 12); // floor: 2 % of 14, because the earlier changes do not vary
  });

  it("should widen the threshold by the spread of the earlier changes", () => {
    // earlier changes 1 and 5: mean 3, SD 2.83 → threshold 5.66; observed 8 departs by 5
    expect(testTrendBreak(s([10, 11, 16, 24])).flag).toBe(false);
  });

  it("should say untestable with fewer than three values up to the break", () => {
    expect(testTrendBreak(s([null, 12, 14, 20]))).toMatchObject({ flag: false, testable: false });
  });

  it("should divide out a missing year between earlier values", () => {
    const r = testTrendBreak([
      { period: "2016", value: 4 },
      { period: "2018", value: 8 },
      { period: "2020", value: 12 },
      { period: "2021", value: 14 },
    ]);
    expect(r).toMatchObject({ testable: true, expected: 2, observed: 2, flag: false });
  });

  it("should test another break when asked", () => {
    expect(testTrendBreak(s([1, 2, 3, 4, 10]), { from: "2021", to: "2022" }).flag).toBe(true);
  });
});
