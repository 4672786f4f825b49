import { describe, expect, it } from "vitest";
import {
  assignCategoryColours,
  CATEGORY_PALETTE,
  fadeColour,
  UNKNOWN_COLOUR,
  VALENCE_COLOURS,
  valenceColour,
} from "../../src/index.js";

describe("colours", () => {
  it.each([
    [1, VALENCE_COLOURS.positive],
    [-1, VALENCE_COLOURS.negative],
    [0, VALENCE_COLOURS.neutral],
    [null, VALENCE_COLOURS.neutral],
  ] as const)("should colour valence %j as %s", (valence, colour) => {
    expect(valenceColour(valence)).toBe(colour);
  });

  it("should give categories stable colours whatever their order", () => {
    const a = assignCategoryColours(["outcome", "intervention", null, "outcome"]);
    const b = assignCategoryColours(["intervention", "outcome"]);
    expect(a.get("intervention")).toBe(CATEGORY_PALETTE[0]);
    expect(a.get("outcome")).toBe(b.get("outcome"));
    expect(a.get("")).toBe(UNKNOWN_COLOUR);
  });

  it("should fade towards white", () => {
    expect(fadeColour("#000000", 0)).toBe("#000000");
    expect(fadeColour("#000000", 1)).toBe("#ffffff");
    expect(fadeColour("#204080", 0.5)).toBe("#90a0c0");
    expect(fadeColour("red", 0.5)).toBe("red");
  });
});
