import { readFileSync } from "node:fs";
import { ObservationSchema } from "@verlicht/core";
import { describe, expect, it } from "vitest";
import { parseObservationsCsv, toObservationsCsv } from "../../src/index.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

describe("parseObservationsCsv", () => {
  it("should read a tidy CSV into observations that satisfy the core schema", () => {
    const text =
      "indicatorId,areaCode,period,value,unit,status,source,numerator,denominator\nsmoking,WK091701,2021,20.5,%,definitive,fictional,41,200\n";
    const { value, messages } = parseObservationsCsv(text);
    expect(messages).toEqual([]);
    expect(value).toHaveLength(1);
    expect(ObservationSchema.parse(value[0])).toEqual(value[0]);
    expect(value[0]).toMatchObject({
      indicatorId: "smoking",
      area: { code: "WK091701", level: "WK" },
      period: "2021",
      value: 20.5,
      numerator: 41,
      denominator: 200,
    });
  });

  it("should read a Dutch semicolon file with decimal commas, CBS periods and suppressed values", () => {
    const { value, messages } = parseObservationsCsv(fixture("observations-semicolon/input.csv"));
    expect(value.map((o) => [o.area.code, o.period, o.value, o.status])).toEqual([
      ["WK091701", "2022", 12.5, "definitive"],
      ["WK091702", "2022", null, "missing"],
      ["WK091703", "2022", null, "missing"],
    ]);
    const bad = messages.find((m) => m.ruleId === "invalid-number");
    expect(bad?.severity).toBe("error");
    expect(bad?.place).toMatchObject({
      start: { line: 4, column: 30, offset: expect.any(Number) },
      end: { line: 4, column: 33 },
    });
  });

  it("should report a missing required column and return no observations", () => {
    const { value, messages } = parseObservationsCsv("indicatorId,period,value\nx,2020,1\n");
    expect(value).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toContain("missing-column");
  });

  it("should take the area level from the code prefix and treat other codes as custom areas", () => {
    const text = "indicator,area,year,value\nx,NL01,2020,1\nx,GM0917,2020,2\nx,BU09170101,2020,3\nx,HLN-NOORD,2020,4\n";
    expect(parseObservationsCsv(text).value.map((o) => o.area.level)).toEqual(["NL", "GM", "BU", "CUSTOM"]);
  });

  it("should derive a missing value from numerator and denominator when the unit gives the factor", () => {
    const { value, messages } = parseObservationsCsv(
      "indicatorId,areaCode,period,value,unit,numerator,denominator\nx,WK091701,2020,,per 1000,3,1500\n",
      { catalogue: null },
    );
    expect(value[0]!.value).toBeCloseTo(2, 12);
    expect(messages.map((m) => m.ruleId)).toEqual(["value-derived"]);
  });

  it("should warn about a repeated indicator, area and period", () => {
    const { messages } = parseObservationsCsv(
      "indicatorId,areaCode,period,value\nx,WK091701,2020,1\nx,WK091701,2020,2\n",
      { catalogue: null },
    );
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([["duplicate-observation", "warning"]]);
  });

  it("should read quoted cells with delimiters and quotes inside", () => {
    const { value } = parseObservationsCsv(
      'indicatorId,areaCode,areaName,period,value\nx,WK091701,"Wijk ""A"", noord",2020,1\n',
    );
    expect(value[0]!.area.name).toBe('Wijk "A", noord');
  });

  it("should give back the same observations after writing and reading them", () => {
    const text =
      "indicatorId,areaCode,areaLevel,areaName,period,value,unit,status,source,numerator,denominator\n" +
      'x,WK091701,WK,"Noord, oost",2020,12.345678901234,%,provisional,fictional,1,8.1\nx,NL01,NL,,2020,,%,missing,fictional,,\n';
    const first = parseObservationsCsv(text, { catalogue: null }).value;
    const again = parseObservationsCsv(toObservationsCsv(first), { catalogue: null });
    expect(again.messages).toEqual([]);
    expect(again.value).toEqual(first);
  });
});

describe("parseObservationsCsv positions", () => {
  it("should give the same points as core's location() for CRLF files, quoted line breaks and a BOM", async () => {
    const { location } = await import("@verlicht/core");
    const text =
      '\uFEFFindicatorId,areaCode,areaName,period,value\r\nx,WK091701,"twee\r\nregels",2020,1\r\nx,WK091702,b,2020,zz\r\n';
    const { messages } = parseObservationsCsv(text);
    const place = messages.find((m) => m.ruleId === "invalid-number")!.place as { start: { offset: number } };
    expect(place.start).toEqual(location(text).toPoint(text.indexOf("zz")));
  });
});
