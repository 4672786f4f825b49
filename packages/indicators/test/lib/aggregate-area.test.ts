import { describe, expect, it } from "vitest";
import { aggregateArea } from "../../src/index.js";
import { obs, share } from "./helpers.js";

// FICTIONAL wijken of a fictional Heerlen-Noord.
const area = { code: "HLN-NOORD", name: "Heerlen-Noord", members: ["WK091701", "WK091702", "WK091703"] };

describe("aggregateArea", () => {
  it("should sum numerators and denominators instead of averaging shares", () => {
    const data = [
      share("x", "WK091701", "2020", 30, 100),
      share("x", "WK091702", "2020", 10, 400),
      share("x", "WK091703", "2020", 7, 35),
    ];
    const { observations, missing } = aggregateArea(data, area);
    expect(missing).toEqual([]);
    expect(observations).toHaveLength(1);
    const o = observations[0]!;
    expect(o.numerator).toBe(47);
    expect(o.denominator).toBe(535);
    expect(Math.abs(o.value! - (47 / 535) * 100)).toBeLessThan(1e-9);
    const mean = (30 + 2.5 + 20) / 3;
    expect(Math.abs(o.value! - mean)).toBeGreaterThan(1);
    expect(o.area).toEqual({ code: "HLN-NOORD", level: "CUSTOM", name: "Heerlen-Noord" });
  });

  it("should mark a period with a missing member as incomplete and never compute it from the others", () => {
    const data = [
      share("x", "WK091701", "2021", 30, 100),
      share("x", "WK091702", "2021", 10, 400),
      share("x", "WK091703", "2021", null, null),
    ];
    const { observations, missing } = aggregateArea(data, area);
    expect(observations).toEqual([expect.objectContaining({ period: "2021", value: null, status: "incomplete" })]);
    expect(missing).toEqual([{ indicatorId: "x", period: "2021", members: ["WK091703"], reason: "missing-member" }]);
  });

  it("should treat a member without any observation as missing", () => {
    const data = [share("x", "WK091701", "2021", 30, 100), share("x", "WK091702", "2021", 10, 400)];
    const result = aggregateArea(data, area, { incomplete: "omit" });
    expect(result.observations).toEqual([]);
    expect(result.missing[0]!.members).toEqual(["WK091703"]);
  });

  it("should keep the periods apart and report only the incomplete ones", () => {
    const data = [
      ...["2018", "2019"].flatMap((p) => area.members.map((m, i) => share("x", m, p, 10 + i, 100 + 10 * i))),
      share("x", "WK091701", "2020", 5, 50),
    ];
    const { observations, missing } = aggregateArea(data, area);
    expect(observations.map((o) => [o.period, o.status])).toEqual([
      ["2018", "definitive"],
      ["2019", "definitive"],
      ["2020", "incomplete"],
    ]);
    expect(observations[0]!.value).toBeCloseTo((33 / 330) * 100, 12);
    expect(missing.map((m) => [m.period, m.members])).toEqual([["2020", ["WK091702", "WK091703"]]]);
  });

  it("should sum counts and refuse to aggregate means", () => {
    const counts = area.members.map((m, i) => obs("population", m, "2020", 1000 * (i + 1), "count"));
    const means = area.members.map((m) => obs("mean-woz-value", m, "2020", 150, "x 1000 euro"));
    const { observations, missing } = aggregateArea([...counts, ...means], area);
    expect(observations.find((o) => o.indicatorId === "population")!.value).toBe(6000);
    expect(missing).toEqual([
      { indicatorId: "mean-woz-value", period: "2020", members: area.members, reason: "not-aggregatable" },
    ]);
  });

  it("should infer the factor from the members when the unit does not give it", () => {
    const data = area.members.map((m, i) => ({
      ...share("y", m, "2020", i + 1, 10),
      unit: "aandeel x1000",
      value: ((i + 1) / 10) * 1000,
    }));
    const { observations } = aggregateArea(data, area);
    expect(observations[0]!.value).toBeCloseTo((6 / 30) * 1000, 9);
  });

  it("should pass on the weakest status of the members", () => {
    const data = area.members.map((m, i) => share("x", m, "2020", 1, 10, i === 1 ? { status: "provisional" } : {}));
    expect(aggregateArea(data, area).observations[0]!.status).toBe("provisional");
  });

  it("should report members with different units instead of adding them", () => {
    const data = [
      share("x", "WK091701", "2020", 1, 10),
      share("x", "WK091702", "2020", 1, 10),
      { ...share("x", "WK091703", "2020", 1, 10), unit: "per 1000" },
    ];
    const { missing, messages } = aggregateArea(data, area);
    expect(missing[0]!.reason).toBe("unit-mismatch");
    expect(messages[0]!.ruleId).toBe("unit-mismatch");
  });

  it("should throw a typed error when the area has no members", () => {
    expect(() => aggregateArea([], { code: "X", members: [] })).toThrowError(/@verlicht\/indicators\/aggregateArea: /);
  });
});
