// The fuzz suite's own checks must be able to fail: a quadratic reader is caught, a linear one passes.
import { describe, expect, it } from "vitest";
import { scalesLinearly } from "./fuzz-settings.js";

/** A deliberately quadratic reader: compares every character with every later one. */
function quadratic(text: string): number {
  let same = 0;
  for (let i = 0; i < text.length; i++) for (let j = i + 1; j < text.length; j++) if (text[i] === text[j]) same++;
  return same;
}

describe("the linear-time check", () => {
  it("should flag a quadratic reader", () => {
    // Large enough that the longer input takes well above the timing floor on a fast, quiet machine too.
    expect(scalesLinearly(quadratic, (n) => "ab".repeat(n), 8000).ok).toBe(false);
  });

  it("should pass a linear reader", () => {
    expect(
      scalesLinearly(
        (t) => t.split("").reverse().join(""),
        (n) => "ab".repeat(n),
        50_000,
      ).ok,
    ).toBe(true);
  });
});
