import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../src/lib/json-error-offset.js";

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": [1, 2.5e3, -0, true, null, "x\\u00e9\\n"], "b": {}}', -1],
    ["[]", -1],
    [' "s" ', -1],
    ['{\n  "nodes": [,]\n}', 14],
    ['{"a" 1}', 5],
    ["[1, 2", 5],
    ["[1,]", 3],
    ['{"a":1,}', 7],
    ["01", 1],
    ['"\t"', 1],
    ["", 0],
    ["[1] x", 4],
  ])("should find the error in %j at %d", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    expect(offset === -1).toBe(parses(text));
  });

  it("should agree with JSON.parse on every prefix of a valid document", () => {
    const doc = JSON.stringify({ a: [1, { b: 'c\\"d', e: [null, false, 1.5e-3] }], f: "g" });
    for (let k = 0; k <= doc.length; k++) {
      const part = doc.slice(0, k);
      expect(jsonErrorOffset(part) === -1, part).toBe(parses(part));
    }
  });

  it("should not overflow on deep nesting", () => {
    expect(jsonErrorOffset(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBe(-1);
  });
});
