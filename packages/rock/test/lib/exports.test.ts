// All sources in this file are fictional, written for these tests.
import { describe, expect, it } from "vitest";
import { buildCooccurrenceMatrix, countCodes, parseSource, toQualitativeDataTable } from "../../src/index.js";

const a = parseSource(
  [
    "---",
    "ROCK_attributes:",
    "  - caseId: p1",
    "    rol: bewoner",
    "  - caseId: p2",
    "    rol: ambtenaar",
    "---",
    "[[cid=p1]]",
    "[[uid=7zs2xz00]] Te duur, zegt ze. [[wonen>kosten]] [[stress]] [[ergernis||4]]",
    "",
    "---<<vraag>>---",
    '[[uid=7zs2xz01]] [[cid=p2]] "Geen geld", zei hij. [[zorg>kosten]]',
  ].join("\n"),
  { sourceId: "int1" },
).value;

describe("toQualitativeDataTable", () => {
  it("should give one row per kept utterance with leaf, value, class, section and attribute columns", () => {
    const qdt = toQualitativeDataTable([a]);
    expect(qdt.columns).toEqual([
      "originalSource",
      "uid",
      "line",
      "utterance",
      "nestingLevel",
      "parentUid",
      "cid",
      "caseId",
      "sectionBreak_vraag_counter",
      "kosten",
      "stress",
      "ergernis",
      "rol",
    ]);
    expect(qdt.rows).toEqual([
      ["int1", "7zs2xz00", 9, "Te duur, zegt ze.", 0, "", "p1", "p1", 0, 1, 1, "4", "bewoner"],
      ["int1", "7zs2xz01", 12, '"Geen geld", zei hij.', 0, "", "p2", "p2", 1, 1, 0, "", "ambtenaar"],
    ]);
    expect(qdt.csv.split("\n")[2]).toBe('int1,7zs2xz01,12,"""Geen geld"", zei hij.",0,,p2,p2,1,1,0,,ambtenaar');
  });
});

describe("countCodes", () => {
  it("should count utterances per code by attribute", () => {
    const f = countCodes([a], { by: { attribute: "rol" } });
    expect(f.groups).toEqual(["bewoner", "ambtenaar"]);
    expect(f.counts).toEqual({ kosten: { bewoner: 1, ambtenaar: 1 }, stress: { bewoner: 1 } });
  });

  it("should count full paths per case when asked", () => {
    const f = countCodes([a], { by: "case", level: "path" });
    expect(f.counts["wonen>kosten"]).toEqual({ p1: 1 });
    expect(f.csv.split("\n")[0]).toBe("group,code,count");
  });
});

describe("buildCooccurrenceMatrix", () => {
  it("should count utterances that carry both codes", () => {
    const m = buildCooccurrenceMatrix([a]);
    expect(m.codes).toEqual(["kosten", "stress"]);
    expect(m.matrix).toEqual([
      [2, 1],
      [1, 1],
    ]);
  });
});
