import { describe, expect, it } from "vitest";
import { parseLinks } from "../../src/index.js";

describe("parseLinks", () => {
  it("should read CSV links with defaults for sign and role", () => {
    const { value, messages } = parseLinks(
      "construct,indicatorId,sign,role,note\npoverty,low-income-households,,,\nemployment,social-assistance,-1,proxy,bijstand\n",
    );
    expect(messages).toEqual([]);
    expect(value).toEqual([
      { construct: "poverty", indicatorId: "low-income-households", sign: 1, role: "measures" },
      { construct: "employment", indicatorId: "social-assistance", sign: -1, role: "proxy", note: "bijstand" },
    ]);
  });

  it("should leave out a CSV row with a bad construct id and point at the cell", () => {
    const { value, messages } = parseLinks("construct,indicatorId\n1poverty,x\nstress,severe-stress\n");
    expect(value.map((l) => l.construct)).toEqual(["stress"]);
    expect(messages[0]).toMatchObject({
      ruleId: "invalid-link",
      severity: "error",
      place: { start: { line: 2, column: 1 } },
    });
  });

  it("should read YAML links and report duplicates once", () => {
    const { value, messages } = parseLinks(
      "links:\n  - {construct: stress, indicatorId: severe-stress}\n  - {construct: stress, indicatorId: severe-stress}\n  - {construct: stress, indicatorId: x, sign: 2}\n",
    );
    expect(value).toHaveLength(1);
    expect(messages.map((m) => m.ruleId).sort()).toEqual(["duplicate-link", "invalid-link"]);
    expect(messages.find((m) => m.ruleId === "invalid-link")!.place).toMatchObject({ start: { line: 4 } });
  });
});
