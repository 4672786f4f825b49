import { describe, expect, it } from "vitest";
import { assignCurvatures, CURVATURE_STEP } from "../../src/index.js";

describe("assignCurvatures", () => {
  it("should leave a lone edge straight", () => {
    expect(assignCurvatures([{ key: "x", source: "a", target: "b" }])).toEqual(new Map([["x", 0]]));
  });

  it("should separate parallel edges of opposite sign in the same direction", () => {
    const c = assignCurvatures([
      { key: "pos", source: "a", target: "b" },
      { key: "neg", source: "a", target: "b" },
    ]);
    expect(c.get("pos")).toBe(0);
    expect(c.get("neg")).toBe(CURVATURE_STEP);
  });

  it("should bend both directions of a two-way pair", () => {
    const c = assignCurvatures([
      { key: "ab", source: "a", target: "b" },
      { key: "ba", source: "b", target: "a" },
      { key: "ab2", source: "a", target: "b" },
    ]);
    expect(c.get("ab")).toBeGreaterThan(0);
    expect(c.get("ba")).toBeGreaterThan(0);
    expect(c.get("ab2")).toBeGreaterThan(c.get("ab")!);
  });
});
