import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import {
  parseSources,
  type RockSources,
  readQdc,
  readQdpx,
  readRockProject,
  toRefiQdaProject,
  writeQdc,
  writeQdpx,
} from "../../src/index.js";
import type { Utterance } from "../../src/lib/types.js";
import { fixture, readTree } from "./helpers.js";

const schema = (name: string) => readFileSync(new URL(`../../schemas/refi-qda/${name}`, import.meta.url), "utf8");

async function validate(xml: string, xsd: string): Promise<{ valid: boolean; errors: unknown[] }> {
  const r = await validateXML({
    xml: [{ fileName: "doc.xml", contents: xml }],
    schema: [{ fileName: xsd, contents: schema(xsd) }],
  });
  return { valid: r.valid, errors: r.errors.slice(0, 5) };
}

function project(): RockSources {
  const { value } = readRockProject(readTree(fixture("project-two-coders")));
  return value.sources;
}

const unit = (u: Utterance) =>
  JSON.stringify({
    uid: u.uid,
    text: u.text,
    codes: u.codes,
    ci: u.ciCodes,
    values: u.codeValues,
    network: u.networkCodes.map((n) => [n.from, n.to, n.type, n.weight]),
    classes: u.classInstances,
    nesting: u.nestingLevel,
  });

function roundTrip(sources: RockSources): RockSources {
  const bytes = writeQdpx({
    sources: sources.sources,
    attributes: sources.attributes,
    deductive: sources.codeTrees.deductive,
  });
  const back = readQdpx(bytes);
  expect(back.messages).toEqual([]);
  return parseSources([...back.value.sources, ...(back.value.codebook ? [back.value.codebook] : [])]).value;
}

describe("REFI-QDA export", () => {
  it("should write a project.qde that validates against the REFI-QDA Project.xsd", async () => {
    const s = project();
    const { xml } = toRefiQdaProject({
      sources: s.sources,
      attributes: s.attributes,
      deductive: s.codeTrees.deductive,
    });
    expect(await validate(xml, "Project.xsd")).toEqual({ valid: true, errors: [] });
  });

  it("should reject a document that breaks the schema (the validator is real)", async () => {
    const s = project();
    const { xml } = toRefiQdaProject({ sources: s.sources });
    const broken = xml.replace(/isCodable="true"/, 'isCodable="maybe"');
    expect((await validate(broken, "Project.xsd")).valid).toBe(false);
  });

  it("should put each utterance's text at its selection's positions, counted in characters", () => {
    const s = project();
    const zip = unzipSync(writeQdpx({ sources: s.sources }));
    const xml = strFromU8(zip["project.qde"]!);
    const source = s.sources.find((x) => x.sourceId.endsWith("gesprek1-a.rock"))!;
    const guid = /<TextSource guid="([^"]+)" name="[^"]*gesprek1-a.rock"/.exec(xml)![1]!;
    const text = [...strFromU8(zip[`Sources/${guid}.txt`]!)];
    const sel = /<PlainTextSelection[^>]*name="uid=7zs2xy01" startPosition="(\d+)" endPosition="(\d+)"/.exec(xml)!;
    expect(text.slice(Number(sel[1]), Number(sel[2])).join("")).toBe(
      source.utterances.find((u) => u.uid === "7zs2xy01")!.text,
    );
    // Markup is escaped in the XML, never written raw.
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("Noord &amp; Zuid &lt;oost&gt;");
  });

  it("should carry network codes as codes under 'ROCK network codes' and read them back as network codes", () => {
    const s = project();
    const { xml } = toRefiQdaProject({ sources: s.sources });
    expect(xml).toMatch(/<Code guid="[^"]+" name="ROCK network codes" isCodable="false">/);
    expect(xml).toContain('name="mantelzorg-&gt;stress||causal_pos||2"');
    const back = roundTrip(s);
    const all = back.sources.flatMap((x) => x.utterances.flatMap((u) => u.networkCodes));
    expect(all.map((n) => [n.from, n.to, n.type, n.weight])).toEqual([
      ["mantelzorg", "stress", "causal_pos", 2],
      ["eenzaamheid", "gezondheid", "causal_neg", undefined],
    ]);
  });
});

describe("REFI-QDA round trip ROCK → QDPX → ROCK", () => {
  it("should keep every code, segment, case, coder, attribute and codebook entry of the fixture project", () => {
    const a = project();
    const b = roundTrip(a);
    // The codebook file has no utterances; its codes come back in a generated codebook source.
    const withText = (x: RockSources) => x.sources.filter((s) => s.utterances.some((u) => u.raw.trim() !== ""));
    expect(
      withText(b)
        .map((s) => s.sourceId)
        .sort(),
    ).toEqual(
      withText(a)
        .map((s) => s.sourceId)
        .sort(),
    );
    for (const s of withText(a)) {
      const t = b.sources.find((x) => x.sourceId === s.sourceId)!;
      const kept = (x: typeof s) => x.utterances.filter((u) => u.raw.trim() !== "").map(unit);
      expect(kept(t), s.sourceId).toEqual(kept(s));
      expect(t.comments.map((c) => c.raw)).toEqual(s.comments.map((c) => c.raw));
    }
    const sortAttrs = (x: RockSources) => x.attributes.map((e) => JSON.stringify(e)).sort();
    expect(sortAttrs(b)).toEqual(sortAttrs(a));
    const tree = (x: RockSources) =>
      JSON.stringify(
        x.codeTrees.deductive.map((n) => [n.id, n.label, n.description, n.kind, n.children.map((c) => c.id)]),
      );
    expect(tree(b)).toEqual(tree(a));
  });

  it("should keep the example project (examples/heerlen-noord) whole", () => {
    const root = new URL("../../../../examples/heerlen-noord/", import.meta.url);
    const tree = readTree(new URL("coded/", root).pathname);
    const files = Object.entries(tree).map(([sourceId, text]) => ({ sourceId, text }));
    files.push({ sourceId: "codebook.rock", text: readFileSync(new URL("codebook.rock", root), "utf8") });
    const a = parseSources(files).value;
    const b = roundTrip(a);
    let units = 0;
    for (const s of a.sources) {
      const t = b.sources.find((x) => x.sourceId === s.sourceId)!;
      const kept = (x: typeof s) => x.utterances.filter((u) => u.raw.trim() !== "").map(unit);
      expect(kept(t)).toEqual(kept(s));
      units += kept(s).length;
    }
    expect(units).toBeGreaterThan(100);
  });
});

describe("REFI-QDA import from other programs", () => {
  const foreign = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool" origin="Some QDA program">
  <Users><User guid="00000000-0000-0000-0000-00000000000A" name="Anna de Vries"/><User guid="00000000-0000-0000-0000-00000000000B" name="Bo"/></Users>
  <CodeBook><Codes>
    <Code guid="00000000-0000-0000-0000-000000000001" name="Geld zorgen" isCodable="true"><Description>Zorgen over geld.</Description>
      <Code guid="00000000-0000-0000-0000-000000000002" name="huur" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Cases><Case guid="00000000-0000-0000-0000-000000000010" name="Respondent 1"><SourceRef targetGUID="00000000-0000-0000-0000-000000000020"/></Case></Cases>
  <Sources>
    <TextSource guid="00000000-0000-0000-0000-000000000020" name="interview" plainTextPath="internal://i.txt">
      <PlainTextSelection guid="00000000-0000-0000-0000-000000000030" startPosition="3" endPosition="14">
        <Coding guid="00000000-0000-0000-0000-000000000040" creatingUser="00000000-0000-0000-0000-00000000000A"><CodeRef targetGUID="00000000-0000-0000-0000-000000000002"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="00000000-0000-0000-0000-000000000031" startPosition="0" endPosition="2">
        <Coding guid="00000000-0000-0000-0000-000000000041" creatingUser="00000000-0000-0000-0000-00000000000B"><CodeRef targetGUID="00000000-0000-0000-0000-000000000001"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`;

  it("should code every line a selection overlaps and keep coders apart", () => {
    const bytes = zipSync({
      "project.qde": strToU8(foreign),
      "Sources/i.txt": strToU8("De huur\nis te hoog.\nKlaar."),
    });
    const { value, messages } = readQdpx(bytes);
    expect(messages).toEqual([]);
    expect(value.sources.map((s) => s.sourceId)).toEqual(["interview-Anna_de_Vries", "interview-Bo"]);
    const anna = parseSources([value.sources[0]!, value.codebook!]).value;
    const lines = anna.sources[0]!.utterances.filter((u) => u.text !== "");
    expect(lines.map((u) => [u.text, u.codes, u.coderId, u.caseId])).toEqual([
      ["De huur", ["Geld_zorgen>huur"], "Anna_de_Vries", "Respondent_1"],
      ["is te hoog.", ["Geld_zorgen>huur"], "Anna_de_Vries", "Respondent_1"],
      ["Klaar.", [], "Anna_de_Vries", "Respondent_1"],
    ]);
    expect(anna.codeTrees.deductive[0]).toMatchObject({
      id: "Geld_zorgen",
      label: "Geld zorgen",
      description: "Zorgen over geld.",
    });
  });

  it("should report files that are not REFI-QDA projects, and never throw", () => {
    expect(readQdpx(strToU8("not a zip")).messages.map((m) => m.ruleId)).toEqual(["invalid-qdpx"]);
    expect(readQdpx(zipSync({ "x.txt": strToU8("x") })).messages.map((m) => m.ruleId)).toEqual(["invalid-qdpx"]);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><Project name="x">&lol2;</Project>`;
    expect(readQdpx(zipSync({ "project.qde": strToU8(bomb) })).messages.map((m) => m.ruleId)).toEqual(["invalid-qdpx"]);
    const dangling = foreign.replace(
      'targetGUID="00000000-0000-0000-0000-000000000002"',
      'targetGUID="00000000-0000-0000-0000-0000000000FF"',
    );
    const r = readQdpx(zipSync({ "project.qde": strToU8(dangling), "Sources/i.txt": strToU8("a\nb") }));
    expect(r.messages.map((m) => m.ruleId)).toEqual(["qdpx-unknown-reference"]);
  });
});

describe("REFI-QDA codebooks (.qdc)", () => {
  it("should write a codebook that validates against Codebook.xsd and read it back with its hierarchy", async () => {
    const s = project();
    const xml = writeQdc(s.codeTrees.deductive);
    expect(await validate(xml, "Codebook.xsd")).toEqual({ valid: true, errors: [] });
    const { value, messages } = readQdc(xml);
    expect(messages).toEqual([]);
    expect(value.trees.map((t) => [t.id, t.description, t.children.map((c) => c.id)])).toEqual([
      ["zorg", "Alles over hulp die mensen krijgen of geven.", ["mantelzorg"]],
    ]);
    expect(readQdc("<nope").messages.map((m) => m.ruleId)).toEqual(["invalid-qdpx"]);
  });
});
