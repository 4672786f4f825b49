// All sources in this file are fictional, written for these tests.
import { InvalidArgumentsError } from "@verlicht/core";
import { describe, expect, it } from "vitest";
import { parseSource, serializeSource } from "../../src/index.js";

describe("parseSource", () => {
  it("should read uids, codes, code values, network codes and persistent class instances", () => {
    const text = [
      "[[cid=p01]]",
      "[[uid=7zs2xyfy]] Ik ben vaak moe. [[moeheid]] [[zorg>mantelzorg]] [[intensiteit||3]]",
      "[[uid=7zs2xyfz]] Koffie helpt. [[koffie->moeheid||causal_neg||1]] [[a->b||causal]]",
    ].join("\n");
    const { value, messages } = parseSource(text, { sourceId: "s1" });
    expect(messages).toEqual([]);
    expect(value.sourceId).toBe("s1");
    expect(value.utterances).toHaveLength(3);
    const [, u1, u2] = value.utterances;
    expect(u1?.uid).toBe("7zs2xyfy");
    expect(u1?.text).toBe("Ik ben vaak moe.");
    expect(u1?.codes).toEqual(["moeheid", "zorg>mantelzorg"]);
    expect(u1?.codeValues).toEqual({ intensiteit: "3" });
    expect(u1?.classInstances).toEqual({ cid: "p01", caseId: "p01" });
    expect(u1?.caseId).toBe("p01");
    expect(u2?.networkCodes.map(({ from, to, type, weight }) => ({ from, to, type, weight }))).toEqual([
      { from: "koffie", to: "moeheid", type: "causal_neg", weight: 1 },
      { from: "a", to: "b", type: "causal", weight: undefined },
    ]);
    expect("weight" in u2!.networkCodes[1]!).toBe(false);
    expect(u2?.caseId).toBe("p01");
    expect(serializeSource(value)).toBe(text);
  });

  it("should warn with a line for a token rock does not read", () => {
    const { value, messages } = parseSource("Hallo\nIk ben geïrriteerd. [[geïrriteerd]] [[cid=p-01]]\n");
    expect(messages.map((m) => [m.ruleId, m.place && "start" in m.place ? m.place.start.line : 0])).toEqual([
      ["invalid-code", 2],
      ["invalid-class-instance", 2],
    ]);
    expect(value.utterances[1]?.text).toBe("Ik ben geïrriteerd. [[geïrriteerd]] [[cid=p-01]]");
  });

  it("should throw InvalidArgumentsError when the text is not a string", () => {
    expect(() => parseSource(null as unknown as string)).toThrow(InvalidArgumentsError);
  });

  it("should read a line the way rock does when the uid follows the nesting marker", () => {
    const { value } = parseSource("[[uid=aaaaaaaa]] Vraag?\n~[[uid=bbbbbbbb]] Antwoord. [[a]]\n");
    expect(value.utterances[1]).toMatchObject({
      uid: "bbbbbbbb",
      text: "Antwoord.",
      nestingLevel: 1,
      parentUid: "aaaaaaaa",
    });
  });
});
