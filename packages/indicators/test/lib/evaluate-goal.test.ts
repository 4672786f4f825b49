import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOGUE, evaluateGoal, goalStatusOf } from "../../src/index.js";
import { series } from "./helpers.js";

// FICTIONAL series 2018–2023 for an area "A" and the reference "NL01".
const options = { area: "A", reference: "NL01" };
const goalOf = (better: "higher" | "lower") => ({ id: "g", indicators: [{ id: "x", better }] });
const run = (area: Array<number | null>, ref: Array<number | null>, better: "higher" | "lower" = "lower", extra = {}) =>
  evaluateGoal(goalOf(better), [...series("x", "A", area), ...series("x", "NL01", ref)], { ...options, ...extra })
    .indicators[0]!;

describe("evaluateGoal", () => {
  it.each([
    ["reached when the area is at the reference in the latest period", [20, 19, 18, 17, 16, 15], "reached"],
    ["reached when the area is better than the reference", [20, 19, 18, 17, 16, 14], "reached"],
    ["closing when the gap shrank by 5 % or more", [20, 20, 20, 20, 20, 19.75], "closing"],
    ["stable when the gap changed by less than 5 %", [20, 20, 20, 20, 20, 19.8], "stable"],
    ["widening when the gap grew by 5 % or more", [20, 20, 20, 20, 20, 20.25], "widening"],
  ])("should call a lower-is-better indicator %s", (_name, area, expected) => {
    expect(run(area, [15, 15, 15, 15, 15, 15]).status).toBe(expected);
  });

  it("should use the direction: for higher-is-better an area above the reference has reached it", () => {
    expect(run([50, 55, 60, 61, 62, 63], [60, 60, 60, 60, 60, 60], "higher").status).toBe("reached");
    expect(run([50, 50, 50, 50, 50, 40], [60, 60, 60, 60, 60, 60], "higher").status).toBe("widening");
  });

  it("should report the gap per period", () => {
    const result = run([20, 19, null, 17, 16, 16], [15, 15, 15, 15, 15, 14]);
    expect(result.gaps.map((g) => g.gap)).toEqual([5, 4, null, 2, 1, 2]);
    expect(result.gaps[2]).toEqual({ period: "2020", area: null, reference: 15, gap: null, shortfall: null });
    expect(result.change).toBeCloseTo((2 - 5) / 5, 12);
  });

  it("should say insufficient-data when the baseline or the latest value is missing, never guess", () => {
    expect(
      run([null, 19, 18, 17, 16, 16], [15, 15, 15, 15, 15, 15], "lower", { baseline: "2018", latest: "2023" }).status,
    ).toBe("insufficient-data");
    expect(
      run([20, 19, 18, 17, 16, null], [15, 15, 15, 15, 15, 15], "lower", { baseline: "2018", latest: "2023" }),
    ).toMatchObject({ status: "insufficient-data", reason: "missing-latest" });
  });

  it("should count a gap that opened from at-or-better as widening", () => {
    expect(run([14, 14, 14, 14, 14, 16], [15, 15, 15, 15, 15, 15]).status).toBe("widening");
  });

  it("should flag a 2020–2021 change that departs from the earlier trend", () => {
    expect(run([20, 19, 18, 24, 23, 22], [15, 15, 15, 15, 15, 15]).trendBreak).toBe(true);
    expect(run([20, 19, 18, 17, 16, 15.5], [15, 15, 15, 15, 15, 15]).trendBreak).toBe(false);
  });

  it("should evaluate a catalogue goal by its indicators and give the goal a status", () => {
    const ids = DEFAULT_CATALOGUE.indicators.filter((i) => i.goals.includes("goal10")).map((i) => i.id);
    const data = ids.flatMap((id) => [
      ...series(id, "A", [20, 20, 20, 20, 20, 18]),
      ...series(id, "NL01", [15, 15, 15, 15, 15, 15]),
    ]);
    const result = evaluateGoal("goal10", data, options);
    expect(result.indicators.map((i) => i.indicatorId)).toEqual(ids);
    expect(result.status).toBe("closing");
    expect(result.counts.closing).toBe(ids.length);
  });

  it("should take the direction from the goal or the options when the catalogue does not know the indicator", () => {
    const data = [...series("x", "A", [20, 20, 20, 20, 20, 18]), ...series("x", "NL01", [15, 15, 15, 15, 15, 15])];
    expect(evaluateGoal({ id: "g", indicators: ["x"] }, data, options).indicators[0]).toMatchObject({
      status: "insufficient-data",
      reason: "unknown-direction",
    });
    expect(evaluateGoal({ id: "g", indicators: ["x"], better: "lower" }, data, options).status).toBe("closing");
    expect(
      evaluateGoal({ id: "g", indicators: ["x"] }, data, { ...options, better: "higher", baseline: 2018, latest: 2023 })
        .status,
    ).toBe("reached");
  });

  it("should throw a typed error without an area or reference", () => {
    expect(() => evaluateGoal("goal01", [], { area: "", reference: "NL01" })).toThrowError(/evaluateGoal: /);
  });
});

describe("goalStatusOf", () => {
  it.each([
    [["reached", "reached", "insufficient-data"], "reached"],
    [["closing", "closing", "widening"], "closing"],
    [["closing", "widening"], "widening"],
    [["insufficient-data"], "insufficient-data"],
    [["reached", "stable"], "stable"],
  ] as const)("should combine %j into %s", (statuses, expected) => {
    expect(goalStatusOf(statuses)).toBe(expected);
  });
});
