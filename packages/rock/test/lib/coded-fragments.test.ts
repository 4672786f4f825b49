import { describe, expect, it } from "vitest";
import {
  buildCooccurrenceMatrix,
  collectCodedFragments,
  countCodes,
  formatCodedFragments,
  inspectCodedSources,
  parseSources,
  readRockProject,
} from "../../src/index.js";
import { fixture, readTree } from "./helpers.js";

const sources = () => readRockProject(readTree(fixture("project-two-coders"))).value.sources;

describe("collectCodedFragments (rock's collect_coded_fragments)", () => {
  it("should collect the fragments of a code and its children, with n utterances of context", () => {
    const s = sources();
    const f = collectCodedFragments(s.sources, {
      codes: ["zorg", "steun"],
      context: 1,
      codeTrees: s.codeTrees.deductive,
    });
    expect(f.map((x) => [x.code, x.written, x.sourceId, x.line])).toEqual([
      ["zorg", "mantelzorg", "data/gesprek1-a.rock", 8],
      ["zorg", "mantelzorg", "data/gesprek1-b.rock", 2],
      ["steun", "steun>buren", "data/gesprek1-a.rock", 13],
      ["steun", "steun>buren", "data/gesprek1-b.rock", 6],
    ]);
    // Without the codebook, "zorg" is only a code of its own (none here).
    expect(collectCodedFragments(s.sources, { codes: ["zorg"] })).toEqual([]);
    const m = collectCodedFragments(s.sources, { codes: ["mantelzorg"], context: 1, attributes: s.attributes });
    expect(m[0]?.lines.map((l) => [l.line, l.coded])).toEqual([
      [8, true],
      [9, false],
    ]);
    expect(m[0]?.attributes).toEqual({ rol: "bewoner", wijk: "Noord & Zuid <oost>" });
  });

  it("should render Markdown, CSV and HTML, escaping the text", () => {
    const f = collectCodedFragments(sources().sources, { codes: ["steun"] });
    const html = formatCodedFragments(f, "html");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(formatCodedFragments(f, "markdown")).toContain("## steun (2)");
    expect(formatCodedFragments(f, "markdown")).not.toContain("<script>");
    expect(formatCodedFragments(f, "csv").split("\n")[0]).toBe("code,written,sourceId,caseId,line,uid,coded,text");
  });
});

describe("inspectCodedSources (rock's inspect_coded_sources / export_to_html)", () => {
  it("should show every utterance with its codes, and escape everything", () => {
    const html = inspectCodedSources(sources().sources, { title: "<b>Titel</b>" });
    expect(html).not.toMatch(/<script>|<b>Titel/);
    expect(html).toContain("&lt;b&gt;Titel&lt;/b&gt;");
    expect(html).toContain(">mantelzorg → stress (causal_pos, 2)<");
    expect(html).toContain(">ci--understanding<");
    expect((html.match(/class="line/g) ?? []).length).toBe(10);
  });
});

describe("code frequencies and co-occurrence per case or attribute", () => {
  it("should count cognitive-interview codes as codes, and co-occurrence within a case", () => {
    const s = sources();
    const byCase = countCodes(s.sources, { by: "case" });
    expect(byCase.counts["ci--understanding"]).toEqual({ p01: 1 });
    const byRole = countCodes(s.sources, { by: { attribute: "rol" }, attributes: s.attributes });
    expect(byRole.counts.eenzaamheid).toEqual({ professional: 1 });
    const perCase = buildCooccurrenceMatrix(s.sources, { unit: "case" });
    const i = perCase.codes.indexOf("kosten");
    const j = perCase.codes.indexOf("buren");
    expect(perCase.matrix[i]![j]).toBe(1);
    const perUtterance = buildCooccurrenceMatrix(s.sources);
    expect(perUtterance.matrix[perUtterance.codes.indexOf("kosten")]![perUtterance.codes.indexOf("buren")]).toBe(0);
  });
});

describe("uids shared across sources", () => {
  it("should report a uid in two different utterances with both places, but not coders' copies", () => {
    const { messages } = parseSources([
      { sourceId: "a", text: "[[uid=7zs2xy00]] Een. [[x]]\n[[uid=7zs2xy01]] Twee.\n" },
      { sourceId: "b", text: "\n[[uid=7zs2xy01]] Iets anders.\n" },
    ]);
    const m = messages.filter((x) => x.ruleId === "duplicate-uid-across-sources");
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ file: "b", params: { uid: "7zs2xy01", firstFile: "a", firstLine: 2 } });
    expect(m[0]?.place && "start" in m[0].place ? m[0].place.start.line : 0).toBe(2);
    const copies = parseSources(
      readRockProject(readTree(fixture("project-two-coders"))).value.sourceFiles.map((f) => ({
        sourceId: f,
        text: readTree(fixture("project-two-coders"))[f]!,
      })),
    );
    expect(copies.messages.filter((x) => x.ruleId === "duplicate-uid-across-sources")).toEqual([]);
  });
});
