import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCbsOdata } from "../../src/index.js";

// The fixtures are FICTIONAL responses in the shape of CBS OData v3 TypedDataSet and v4 Observations.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}/input.json`, import.meta.url), "utf8");

describe("parseCbsOdata", () => {
  it("should read a v3 TypedDataSet, trim codes and map columns without their per-year suffix", () => {
    const { value, messages } = parseCbsOdata(fixture("cbs-v3"), {
      table: "85318NED",
      period: "2022",
      measures: {
        AantalInwoners: { indicatorId: "population", unit: "count" },
        GemiddeldeWOZWaardeVanWoningen: { indicatorId: "mean-woz-value", unit: "x 1000 euro" },
      },
    });
    expect(
      value.filter((o) => o.indicatorId === "population").map((o) => [o.area.code, o.area.level, o.period, o.value]),
    ).toEqual([
      ["GM0917", "GM", "2022", 87000],
      ["WK091701", "WK", "2022", 4100],
      ["BU09170101", "BU", "2022", 1300],
    ]);
    expect(value.find((o) => o.indicatorId === "mean-woz-value" && o.area.code === "WK091701")).toMatchObject({
      value: null,
      status: "missing",
    });
    expect(value[0]!.source).toBe("CBS 85318NED");
    expect(messages.map((m) => m.ruleId)).toEqual(["unmapped-measure"]);
  });

  it("should read v4 Observations with measure codes, numerators and denominators", () => {
    const { value } = parseCbsOdata(fixture("cbs-v4"), {
      measures: {
        T001036: { indicatorId: "population", unit: "count" },
        M000001: { indicatorId: "social-assistance", role: "numerator", unit: "%" },
        M000002: { indicatorId: "social-assistance", role: "denominator", unit: "%" },
      },
    });
    const wk = value.find((o) => o.indicatorId === "social-assistance" && o.area.code === "WK091701")!;
    expect(wk).toMatchObject({ period: "2022", numerator: 820, denominator: 4100, status: "definitive" });
    expect(wk.value).toBeCloseTo(20, 12);
    expect(value.find((o) => o.area.code === "BU09170101")).toMatchObject({
      value: null,
      status: "missing",
      numerator: null,
      denominator: 1300,
    });
  });

  it("should report a file that is not OData JSON without throwing", () => {
    expect(parseCbsOdata("{oops", { measures: {} }).messages[0]!.ruleId).toBe("invalid-json");
    expect(parseCbsOdata('{"rows": []}', { measures: {} }).messages[0]!.ruleId).toBe("not-odata");
  });
});
