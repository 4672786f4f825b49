import { describe, expect, it } from "vitest";
import { aggregateArea, parseAreas } from "../../src/index.js";
import { share } from "./helpers.js";

describe("parseAreas", () => {
  it("should read one area definition and feed it to aggregateArea", () => {
    const { value, messages } = parseAreas(
      '{"code": "HLN-NOORD", "name": "Heerlen-Noord", "members": ["WK091701", "WK091702"]}',
    );
    expect(messages).toEqual([]);
    const data = [share("x", "WK091701", "2020", 1, 4), share("x", "WK091702", "2020", 3, 4)];
    expect(aggregateArea(data, value[0]!).observations[0]!.value).toBe(50);
  });

  it("should read a YAML list and report an area without members with its line", () => {
    const { value, messages } = parseAreas("areas:\n  - {code: A, members: [WK1]}\n  - {code: B, members: []}\n");
    expect(value.map((a) => a.code)).toEqual(["A"]);
    expect(messages[0]).toMatchObject({ ruleId: "invalid-area", severity: "error", place: { start: { line: 3 } } });
  });
});
