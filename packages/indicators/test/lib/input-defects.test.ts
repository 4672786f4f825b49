import { readFileSync } from "node:fs";
import { type Message, messageStart, type Observation } from "@verlicht/core";
import {
  evaluateGoal,
  indicatorsMessages,
  parseAreas,
  parseCatalogue,
  parseCbsOdata,
  parseLinks,
  parseLogicModel,
  parseObservationsCsv,
  toObservationsCsv,
} from "@verlicht/indicators";
import { describe, expect, it } from "vitest";

const lineOf = (m: Message | undefined) => (m ? messageStart(m)?.line : undefined);

// Each case was found by feeding the readers input a user will one day give them (issue 15, issue 13).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/input-defects/${name}`, import.meta.url), "utf8");
const areas = parseAreas(
  JSON.stringify({
    code: "HLN-NOORD",
    members: ["WK091701", "WK091702", "WK091703"],
    names: { WK091701: "Hoensbroek-Centrum" },
  }),
).value;

describe("observations are read honestly", () => {
  it("should warn, with file and line, about unknown area codes and unknown indicator ids", () => {
    const { value, messages } = parseObservationsCsv(fixture("unknown-ids.csv"), { file: "obs.csv", areas });
    expect(value).toHaveLength(4); // kept: a warning, not a silent drop
    const unknown = messages.filter((m) => m.ruleId === "unknown-area" || m.ruleId === "unknown-indicator");
    expect(unknown.map((m) => [m.ruleId, m.severity, m.file, m.actual, lineOf(m)])).toEqual([
      ["unknown-area", "warning", "obs.csv", "XX999999", 3],
      ["unknown-area", "warning", "obs.csv", "WK091799", 4],
      ["unknown-indicator", "warning", "obs.csv", "energy-povrety", 5],
    ]);
  });

  it("should warn about a code that is no CBS code even without area definitions", () => {
    const { messages } = parseObservationsCsv("indicatorId,areaCode,period,value\nenergy-poverty,XX999999,2022,1\n");
    expect(messages.map((m) => m.ruleId)).toEqual(["unknown-area"]);
  });

  it("should read monthly and quarterly CBS periods with a message, and warn about unknown forms", () => {
    const { value, messages } = parseObservationsCsv(fixture("monthly.csv"));
    expect(value.map((o) => o.period)).toEqual(["2022-03", "2022-Q2", "22-3"]);
    expect(messages.map((m) => [m.ruleId, m.severity, lineOf(m)])).toEqual([
      ["monthly-period", "info", 2],
      ["monthly-period", "info", 3],
      ["unknown-period", "warning", 4],
    ]);
  });

  it("should never write floating-point noise", () => {
    const o: Observation = {
      indicatorId: "energy-poverty",
      area: { code: "GM0917", level: "GM" },
      period: "2022",
      value: 0.07 * 100,
      unit: "%",
      status: "definitive",
      source: "x",
    };
    expect(0.07 * 100).toBe(7.000000000000001);
    expect(toObservationsCsv([o])).toContain(",7,%");
    const derived = parseObservationsCsv(
      "indicatorId,areaCode,period,value,unit,numerator,denominator\nenergy-poverty,GM0917,2022,,%,7,100\n",
    );
    expect(derived.value[0]!.value).toBe(7);
  });
});

describe("CBS OData is read honestly", () => {
  const measures = {
    AantalInwoners: { indicatorId: "population", unit: "count" },
    HuishoudensTotaal: { indicatorId: "households", unit: "count" },
  };
  const parsed = parseCbsOdata(fixture("cbs-v3-suppressed.json"), {
    measures,
    file: "kwb.json",
    names: areas[0]!.names,
  });

  it('should turn a v3 suppressed value "." into an observation with status missing', () => {
    const households = parsed.value.filter((o) => o.indicatorId === "households");
    expect(households.map((o) => [o.area.code, o.value, o.status])).toEqual([
      ["WK091701", null, "missing"],
      ["WK091702", null, "missing"],
      ["GM0917", null, "missing"],
    ]);
  });

  it("should report a decimal comma as kept-as-missing, a warning, not an error that aborts", () => {
    const comma = parsed.messages.filter((m) => m.ruleId === "decimal-comma");
    expect(comma.map((m) => [m.severity, m.file])).toEqual([["warning", "kwb.json"]]);
    expect(parsed.messages.some((m) => m.severity === "error")).toBe(false);
  });

  it("should give a wijk its own name, never the gemeente's", () => {
    const names = Object.fromEntries(parsed.value.map((o) => [o.area.code, o.area.name]));
    expect(names["WK091701"]).toBe("Hoensbroek-Centrum");
    expect(names["WK091702"]).toBeUndefined();
    expect(names["GM0917"]).toBe("Heerlen");
  });
});

describe("goal statuses need more than one observation", () => {
  const one = (area: string, value: number): Observation => ({
    indicatorId: "social-assistance",
    area: { code: area, level: area === "NL01" ? "NL" : "CUSTOM" },
    period: "2023",
    value,
    unit: "%",
    status: "definitive",
    source: "x",
  });

  it("should not call a goal reached on one period, and say why", () => {
    const result = evaluateGoal("goal04", [one("HLN-NOORD", 3), one("NL01", 4)], {
      area: "HLN-NOORD",
      reference: "NL01",
    });
    const sa = result.indicators.find((i) => i.indicatorId === "social-assistance");
    expect(sa).toMatchObject({ status: "insufficient-data", reason: "too-few-periods" });
    expect(result.status).toBe("insufficient-data");
  });

  it("should allow the minimum to be set", () => {
    const result = evaluateGoal("goal04", [one("HLN-NOORD", 3), one("NL01", 4)], {
      area: "HLN-NOORD",
      reference: "NL01",
      minPeriods: 1,
    });
    expect(result.indicators.find((i) => i.indicatorId === "social-assistance")?.status).toBe("reached");
  });
});

describe("YAML in indicator files never throws", () => {
  const readers = {
    catalogue: (t: string) => parseCatalogue(t, { file: "c.yaml" }),
    links: (t: string) => parseLinks(t, { file: "l.yaml", format: "yaml" }),
    logicModel: (t: string) => parseLogicModel(t, { file: "m.yaml" }),
    areas: (t: string) => parseAreas(t, { file: "a.yaml" }),
  };
  const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`;
  const cases: Array<[string, string, string, number]> = [
    ["an unresolved alias", "indicators:\n  - *nope\n", "yaml-alias", 2],
    ["a bad merge key", "indicators:\n  - <<: 5\n    id: x\n", "yaml-merge", 2],
    ["an alias bomb", bomb, "yaml-alias-limit", 2],
    ["deep nesting", "? ".repeat(256), "yaml-too-deep", 1],
    ["deep flow nesting", "[".repeat(5000), "yaml-too-deep", 1],
  ];
  for (const [name, read] of Object.entries(readers)) {
    it.each(cases)(`should report %s in a ${name} file with its position`, (_, text, ruleId, line) => {
      const started = performance.now();
      const result = read(text);
      expect(performance.now() - started).toBeLessThan(1000);
      const m = result.messages.find((x) => x.ruleId === ruleId);
      expect(m, JSON.stringify(result.messages)).toBeDefined();
      expect(m?.severity).toBe("error");
      expect(lineOf(m)).toBe(line);
      expect(m?.file).toBeDefined();
    });
  }
});

describe("messages come from the locale catalogue", () => {
  it("should word every rule in English and Dutch", () => {
    for (const id of indicatorsMessages.ruleIds) {
      expect(indicatorsMessages.tables.nl[id], id).toBeDefined();
      expect(indicatorsMessages.tables.en[id], id).toBeDefined();
    }
  });

  it("should word a reader's messages in the asked locale", () => {
    const en = parseObservationsCsv("indicatorId,areaCode,period,value\nx,GM0917,2022,1\n").messages[0]!;
    const nl = parseObservationsCsv("indicatorId,areaCode,period,value\nx,GM0917,2022,1\n", { locale: "nl" })
      .messages[0]!;
    expect(en.ruleId).toBe("unknown-indicator");
    expect(nl.ruleId).toBe("unknown-indicator");
    expect(nl.reason).not.toBe(en.reason);
    expect(nl.params).toEqual({ indicatorId: "x" });
  });
});

describe("a decimal comma is reported as what is done", () => {
  it("should keep a decimal comma in a comma-separated CSV as missing with a warning, and text as an error", () => {
    const { value, messages } = parseObservationsCsv(
      'indicatorId,areaCode,period,value\nenergy-poverty,GM0917,2022,"12,5"\nenergy-poverty,GM0917,2021,veel\n',
    );
    expect(value.map((o) => [o.value, o.status])).toEqual([
      [null, "missing"],
      [null, "missing"],
    ]);
    expect(messages.map((m) => [m.ruleId, m.severity, lineOf(m)])).toEqual([
      ["decimal-comma", "warning", 2],
      ["invalid-number", "error", 3],
    ]);
    // The wording matches: the warning says "kept as missing", the error does not claim it.
    expect(messages[0]!.reason).toContain("kept as missing");
    expect(messages[1]!.reason).not.toContain("kept as missing");
  });
});
