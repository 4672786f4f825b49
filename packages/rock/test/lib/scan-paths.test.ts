// Fictional generated lines. The parser reads bracket-clean lines on a fast path and other lines by
// applying rock's patterns one after another; both must agree on what they read.
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/index.js";

const pieces = [
  "[[uid=7zs2xz00]]",
  "[[UID:7zs2xz01]]",
  "[[ uid=7zs2xz02 ]]",
  "[[code]]",
  "[[a>b>c]]",
  "[[ spaced ]]",
  "[[code12-34]]",
  "[[ci--begrip]]",
  "[[waarde||3]]",
  "[[waarde|| twee woorden ]]",
  "[[a->b||causal_pos||1]]",
  "[[a -> b || causal ]]",
  "[[a->b||c||0.5]]",
  "[[a->b||c||-1]]",
  "[[cid=p1]]",
  "[[coderId:anna]]",
  "[[Uid=x1]]",
  "[[geïrriteerd]]",
  "[[cid=p-1]]",
  "[[]]",
  "tekst",
  "nog wat",
  "  ",
];

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("fast and exact reading paths", () => {
  it("should read the same codes, values, network codes, classes and uid on both paths", () => {
    const r = rng(7);
    for (let i = 0; i < 400; i++) {
      const n = 1 + Math.floor(r() * 6);
      const line = Array.from({ length: n }, () => pieces[Math.floor(r() * pieces.length)]).join(" ");
      const fast = parseSource(line).value.utterances[0]!;
      const exact = parseSource(`${line} ]`).value.utterances[0]!;
      const view = (u: typeof fast) => ({
        uid: u.uid,
        codes: u.codes,
        ciCodes: u.ciCodes,
        codeValues: u.codeValues,
        network: u.networkCodes.map((c) => [c.from, c.to, c.type, c.weight, c.position.start.column]),
        classInstances: u.classInstances,
      });
      expect(view(exact), line).toEqual(view(fast));
      expect(exact.text.endsWith("]"), line).toBe(true);
      expect(exact.text.slice(0, -1).trim(), line).toBe(fast.text);
    }
  });
});
