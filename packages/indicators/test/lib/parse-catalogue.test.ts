import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CatalogueSchema, DEFAULT_CATALOGUE, parseCatalogue } from "../../src/index.js";

const fixture = readFileSync(new URL("../fixtures/catalogue-extension/input.yaml", import.meta.url), "utf8");

describe("DEFAULT_CATALOGUE", () => {
  it("should ship the 12 goals and at least 30 valid core indicators", () => {
    expect(CatalogueSchema.parse(DEFAULT_CATALOGUE)).toEqual(DEFAULT_CATALOGUE);
    expect(DEFAULT_CATALOGUE.goals.map((g) => g.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `goal${String(i + 1).padStart(2, "0")}`),
    );
    expect(DEFAULT_CATALOGUE.indicators.length).toBeGreaterThanOrEqual(30);
  });

  it("should give every goal at least one indicator and every indicator known goals and unique ids", () => {
    const goalIds = new Set(DEFAULT_CATALOGUE.goals.map((g) => g.id));
    for (const g of goalIds) expect(DEFAULT_CATALOGUE.indicators.some((i) => i.goals.includes(g))).toBe(true);
    for (const i of DEFAULT_CATALOGUE.indicators) for (const g of i.goals) expect(goalIds.has(g)).toBe(true);
    const ids = DEFAULT_CATALOGUE.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("should give every share its numerator and denominator", () => {
    for (const i of DEFAULT_CATALOGUE.indicators.filter((x) => x.aggregation === "ratio")) {
      expect(i.numerator && i.denominator, i.id).toBeTruthy();
    }
  });
});

describe("parseCatalogue", () => {
  const { value, messages } = parseCatalogue(fixture, { file: "extension.yaml" });

  it("should add new goals and indicators and replace ones with the same id", () => {
    expect(value.goals.map((g) => g.id)).toContain("goal13");
    expect(value.indicators.find((i) => i.id === "volunteering")?.goals).toEqual(["goal13"]);
    expect(value.indicators.find((i) => i.id === "smoking")?.source.provider).toBe("eigen enquête");
    expect(value.indicators.length).toBe(DEFAULT_CATALOGUE.indicators.length + 2);
  });

  it("should leave out an invalid entry with an error that names the field and its line", () => {
    const error = messages.find((m) => m.ruleId === "invalid-catalogue")!;
    expect(error.severity).toBe("error");
    expect(error.reason).toMatch(/^indicators\[2\]\.better: /);
    expect(error.place).toMatchObject({ start: { line: 28 } });
    expect(value.indicators.some((i) => i.id === "broken")).toBe(false);
  });

  it("should report overrides and goals nobody defines", () => {
    expect(messages.map((m) => m.ruleId).sort()).toEqual(["catalogue-override", "invalid-catalogue", "unknown-goal"]);
    expect(messages.find((m) => m.ruleId === "unknown-goal")!.place).toMatchObject({ start: { line: 36, column: 13 } });
  });

  it("should not change the shipped catalogue", () => {
    expect(DEFAULT_CATALOGUE.indicators.find((i) => i.id === "smoking")?.source.provider).toBe("GGD/RIVM");
  });

  it("should read JSON too and report syntax errors with a place", () => {
    expect(parseCatalogue('{"indicators": []}', { base: null }).value).toEqual({ goals: [], indicators: [] });
    const broken = parseCatalogue("indicators: [\n  {id: x", { base: null });
    expect(broken.messages[0]).toMatchObject({ ruleId: "invalid-yaml", severity: "error" });
  });
});
