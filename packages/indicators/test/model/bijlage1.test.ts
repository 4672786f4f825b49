import { DASHBOARDS, DEFAULT_CATALOGUE, IndicatorSchema, MONITORING_FRAME } from "@verlicht/indicators";
import { describe, expect, it } from "vitest";

const indicators = DEFAULT_CATALOGUE.indicators;

describe("the Bijlage 1 indicators", () => {
  it("should hold every item 5–35 of the report's indicator list", () => {
    const items = new Set(indicators.map((i) => i.bijlage1).filter((n) => n !== undefined));
    for (let n = 5; n <= 35; n++) expect(items.has(n), `item ${n}`).toBe(true);
  });

  it("should give each item a unit, a direction, a source and valid fields", () => {
    for (const i of indicators) {
      expect(IndicatorSchema.safeParse(i).success, i.id).toBe(true);
      if (i.unit === "%") {
        expect(i.numerator, i.id).toBeDefined();
        expect(i.denominator, i.id).toBeDefined();
      }
    }
  });

  it("should only name goals of the catalogue", () => {
    const goals = new Set(DEFAULT_CATALOGUE.goals.map((g) => g.id));
    for (const i of indicators) for (const g of i.goals) expect(goals.has(g), `${i.id} → ${g}`).toBe(true);
  });

  it("should give every goal at least one indicator", () => {
    for (const g of DEFAULT_CATALOGUE.goals) {
      expect(
        indicators.some((i) => i.goals.includes(g.id)),
        g.id,
      ).toBe(true);
    }
  });

  it("should carry the report's breakdowns", () => {
    const byItem = (n: number) => indicators.filter((i) => i.bijlage1 === n).flatMap((i) => i.breakdowns ?? []);
    expect(byItem(5)).toEqual(expect.arrayContaining(["age", "gender", "origin"]));
    expect(byItem(6)).toContain("household-type");
    expect(byItem(9)).toContain("owner-type");
    expect(byItem(11)).toEqual(expect.arrayContaining(["income-source", "age"]));
    expect(byItem(30)).toContain("age");
  });

  it("should mark items 13–29 as the Kansrijk van start set of goal 11", () => {
    const set = indicators.filter((i) => i.sets?.includes("kansrijk-van-start"));
    const items = new Set(set.map((i) => i.bijlage1));
    for (let n = 13; n <= 29; n++) expect(items.has(n), `item ${n}`).toBe(true);
    expect([...items].every((n) => n !== undefined && n >= 13 && n <= 29)).toBe(true);
    for (const i of set) expect(i.goals).toContain("goal11");
    expect(MONITORING_FRAME.kansrijkVanStart.stated).toBe(15);
  });

  it("should name the four existing dashboards as sources", () => {
    expect(DASHBOARDS.map((d) => d.name.nl)).toEqual([
      "Verhuizingendashboard",
      "Bijstandsmonitor",
      "Dashboard schooladviezen",
      "Dashboard onderwijsachterstanden",
    ]);
    for (const d of DASHBOARDS)
      expect(
        indicators.some((i) => i.source.dashboard === d.id),
        d.id,
      ).toBe(true);
  });

  it("should mark the key indicators", () => {
    for (const i of indicators) if (i.bijlage1 !== undefined) expect(i.key, i.id).toBe(true);
    expect(indicators.some((i) => !i.key)).toBe(true);
  });

  it("should keep the monitoring frame of the report", () => {
    expect(MONITORING_FRAME.baseline.date).toBe("2023-01-01");
    expect(MONITORING_FRAME.series).toEqual({ from: "2018", to: "2023" });
    expect(MONITORING_FRAME.areas.map((a) => a.code)).toEqual(["HLN-NOORD", "GM0917", "NL01"]);
    expect(MONITORING_FRAME.trendBreaks[0]?.cause).toBe("corona");
  });
});
