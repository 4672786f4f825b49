import { describe, expect, it } from "vitest";
import { ObservationSchema } from "../../src/lib/schemas.js";
import { formatPath, validate } from "../../src/lib/validate.js";

describe("validate", () => {
  it("should return the parsed value and no messages for valid data", () => {
    const data = {
      indicatorId: "a",
      area: { code: "NL01", level: "NL" },
      period: "2020",
      value: 1,
      unit: "n",
      status: "definitive",
      source: "s",
    };
    expect(validate(ObservationSchema, data)).toEqual({ value: data, messages: [] });
  });

  it("should turn every zod issue into an error message naming the field path and file", () => {
    const { value, messages } = validate(
      ObservationSchema,
      { indicatorId: "", area: { level: "XX" } },
      {
        source: "indicators",
        file: "obs.json",
      },
    );
    expect(value).toBeUndefined();
    expect(messages.length).toBeGreaterThan(3);
    expect(messages.every((m) => m.severity === "error" && m.source === "indicators" && m.file === "obs.json")).toBe(
      true,
    );
    expect(messages.map((m) => m.reason.split(":")[0])).toContain("area.code");
    expect(messages[0]!.ruleId).toBe("invalid-data");
  });

  it("should write array indices in brackets", () => {
    expect(formatPath(["nodes", 3, "attributes", "label"])).toBe("nodes[3].attributes.label");
    expect(formatPath([])).toBe("");
  });
});
