// All sources in this file are fictional, written for these tests.
import { InvalidArgumentsError, NotFoundError } from "@verlicht/core";
import { describe, expect, it } from "vitest";
import { addCode, parseSource, removeCode, serializeSource, setClassInstance } from "../../src/index.js";

const text = [
  "---",
  "codes:",
  "  - id: zorg",
  "---",
  "# notitie: niet aanraken  ",
  "[[cid=p01]]",
  "[[uid=7zs2xyfy]] Ik ben vaak moe.   ",
  "[[uid=7zs2xyfz]] Koffie helpt. [[koffie]] [[onbekend-teken]]",
  "",
].join("\r\n");

describe("addCode", () => {
  it("should add the code at the end of the line and leave every other byte alone", () => {
    const source = parseSource(text, { sourceId: "s" }).value;
    const next = addCode(source, { uid: "7zs2xyfy" }, "zorg>mantelzorg");
    expect(serializeSource(next)).toBe(text.replace("Ik ben vaak moe.   ", "Ik ben vaak moe. [[zorg>mantelzorg]]   "));
    expect(next.utterances[1]?.codes).toEqual(["zorg>mantelzorg"]);
    expect(next.codeTrees.merged[0]?.children.map((c) => c.id)).toEqual(["mantelzorg"]);
    expect(serializeSource(source)).toBe(text);
  });

  it("should return the same source when the code is already there", () => {
    const source = parseSource(text).value;
    expect(addCode(source, 2, "koffie")).toBe(source);
  });

  it("should refuse a code rock cannot read", () => {
    const source = parseSource(text).value;
    expect(() => addCode(source, 1, "geïrriteerd")).toThrow(InvalidArgumentsError);
  });

  it("should throw NotFoundError for an unknown utterance", () => {
    const source = parseSource(text).value;
    expect(() => addCode(source, { uid: "00000000" }, "x")).toThrow(NotFoundError);
  });
});

describe("removeCode", () => {
  it("should remove the code token and its leading space only", () => {
    const source = parseSource(text).value;
    const next = removeCode(source, { line: 8 }, "koffie");
    expect(serializeSource(next)).toBe(text.replace(" [[koffie]]", ""));
    expect(next.utterances[2]?.codes).toEqual([]);
  });

  it("should round-trip add then remove to the original text", () => {
    const source = parseSource(text).value;
    const back = removeCode(addCode(source, 1, "moeheid"), 1, "moeheid");
    expect(serializeSource(back)).toBe(text);
  });
});

describe("setClassInstance", () => {
  it("should rewrite an existing class token in place", () => {
    const source = parseSource(text).value;
    const next = setClassInstance(source, 0, "cid", "p02");
    expect(serializeSource(next)).toBe(text.replace("[[cid=p01]]", "[[cid=p02]]"));
    expect(next.utterances.map((u) => u.caseId)).toEqual(["p02", "p02", "p02"]);
  });

  it("should insert a new class after the uid and carry it to later lines", () => {
    const source = parseSource(text).value;
    const next = setClassInstance(source, { uid: "7zs2xyfz" }, "coderId", "anna");
    expect(next.utterances[2]?.raw).toBe(
      "[[uid=7zs2xyfz]] [[coderId=anna]] Koffie helpt. [[koffie]] [[onbekend-teken]]",
    );
    expect(next.utterances.map((u) => u.coderId)).toEqual([undefined, undefined, "anna"]);
  });

  it("should remove the class token when the id is null", () => {
    const source = parseSource(text).value;
    const next = setClassInstance(source, 0, "cid", null);
    expect(next.utterances[0]?.raw).toBe("");
    expect(next.utterances[1]?.caseId).toBeUndefined();
  });

  it("should refuse ids rock cannot read", () => {
    const source = parseSource(text).value;
    expect(() => setClassInstance(source, 0, "cid", "p-01")).toThrow(InvalidArgumentsError);
    expect(() => setClassInstance(source, 0, "uid", "x")).toThrow(InvalidArgumentsError);
  });
});
