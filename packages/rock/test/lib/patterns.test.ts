import { describe, expect, it } from "vitest";
import { findAnchors, findLeftovers, findTokens } from "../../src/lib/find-tokens.js";
import {
  CASE_ID_TOKEN,
  CI_CODE_REGEX,
  CI_CODE_TOKEN,
  CLASS_INSTANCE_REGEX,
  CLASS_INSTANCE_TOKEN,
  CODE_REGEX,
  CODE_TOKEN,
  CODE_VALUE_REGEX,
  CODE_VALUE_TOKEN,
  NETWORK_CODE_REGEX,
  NETWORK_CODE_TOKEN,
  UID_REGEX,
  UID_TOKEN,
} from "../../src/lib/patterns.js";

// rock 0.9.6's patterns as written in R/opts.R (the network weight with our "." extension): the
// reference the linear patterns must agree with. Only run on short strings here (they backtrack).
const ROCK = {
  classInstance: /\[\[(?!uid)(?!UID)\s*([a-zA-Z][a-zA-Z0-9_]*)\s*[=:]\s*([a-zA-Z0-9_]+)\s*\]\]/g,
  caseId: /\[\[cid\s*[=:]\s*([a-zA-Z0-9_]+)\s*\]\]/g,
  uid: /\[\[\s*[uU][iI][dD]\s*[=:]\s*([a-zA-Z0-9_]+)\s*\]\]/g,
  code: /\[\[\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*([0-9]*\s*-\s*[0-9]*)?\s*\]\]/g,
  ci: /\[\[ci\s*--\s*([a-zA-Z0-9_>]+)\s*([0-9]*\s*-\s*[0-9]*)?\s*\]\]/g,
  codeValue: /\[\[\s*([a-zA-Z0-9_>]+)\s*\|\|\s*([^\]]*)\s*([0-9]*\s*-\s*[0-9]*)?\s*\]\]/g,
  network:
    /\[\[\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*->\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*\|\|\s*([a-zA-Z][a-zA-Z0-9_>]*)\s*(\|\|[a-zA-Z0-9_>.]*)?\s*([0-9]*\s*-\s*[0-9]*)?\s*\]\]/g,
  anchor: /--\+-\{\s*([a-zA-Z0-9_:.,+@!#$%^&*)(/\\>< |~=-]+)\s*\}-\+--/g,
  leftover: /\[\[(.*?)\]\]/g,
};

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "[[",
  "]]",
  "[",
  "]",
  " ",
  "\t",
  "a",
  "b",
  "ci",
  "c",
  "1",
  "2",
  "-",
  "--",
  "->",
  "||",
  "|",
  "=",
  ":",
  "uid",
  "UID",
  "cid",
  ">",
  ".",
  "_",
  "x",
  "--+-{",
  "}-+--",
  "{",
  "}",
  "#",
];

const INNER = [" ", "\t", "a", "b", "ci", "1", "2", "-", "--", "->", "||", "=", ":", "uid", "cid", ">", ".", "_", "["];

function pick(next: () => number, from: string[], n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += from[Math.floor(next() * from.length)];
  return s;
}

/** Half the lines are free-form, half are text with tokens whose inside is drawn from token pieces. */
function randomLine(next: () => number): string {
  if (next() < 0.5) return pick(next, PIECES, 1 + Math.floor(next() * 14));
  let s = pick(next, PIECES, Math.floor(next() * 3));
  const tokens = 1 + Math.floor(next() * 3);
  for (let t = 0; t < tokens; t++)
    s += `[[${pick(next, INNER, 1 + Math.floor(next() * 8))}]]${pick(next, [" ", "x", "]", "["], Math.floor(next() * 2))}`;
  return s;
}

const trim = (s: string | undefined) => (s ?? "").trim();

describe("rock's patterns, rewritten to be linear", () => {
  const next = rng(20260607);
  const lines = Array.from({ length: 8000 }, () => randomLine(next));
  // Known tokens as well, so every pattern is exercised on matches too.
  lines.push(
    "[[a 12-34]]",
    "[[code12-34]]",
    "[[ci--x 1 - 2 ]]",
    "[[a->b||t||1 -2]]",
    "[[x|| y [z ]]",
    "[[ uid = a1 ]]",
  );

  it("should find exactly the tokens rock's patterns find, with the same values", () => {
    const cases: Array<
      [
        RegExp,
        RegExp,
        RegExp,
        boolean,
        (m: RegExpMatchArray) => string[],
        (g: Record<string, string | undefined>) => string[],
      ]
    > = [
      [
        ROCK.classInstance,
        CLASS_INSTANCE_TOKEN,
        CLASS_INSTANCE_REGEX,
        false,
        (m) => [m[1]!, m[2]!],
        (g) => [g.class!, g.id!],
      ],
      [ROCK.caseId, CASE_ID_TOKEN, CASE_ID_TOKEN, false, (m) => [m[1]!], (g) => [g.id!]],
      [ROCK.uid, UID_TOKEN, UID_REGEX, false, (m) => [m[1]!], (g) => [g.id!]],
      [ROCK.code, CODE_TOKEN, CODE_REGEX, false, (m) => [m[1]!, trim(m[2])], (g) => [g.code!, trim(g.range)]],
      [ROCK.ci, CI_CODE_TOKEN, CI_CODE_REGEX, false, (m) => [m[1]!, trim(m[2])], (g) => [g.code!, trim(g.range)]],
      [ROCK.codeValue, CODE_VALUE_TOKEN, CODE_VALUE_REGEX, true, (m) => [m[1]!, m[2]!], (g) => [g.name!, g.value!]],
      [
        ROCK.network,
        NETWORK_CODE_TOKEN,
        NETWORK_CODE_REGEX,
        false,
        (m) => [m[1]!, m[2]!, m[3]!, m[4] ?? "", trim(m[5])],
        (g) => [g.from!, g.to!, g.type!, g.weight ?? "", trim(g.range)],
      ],
    ];
    let matches = 0;
    const bad: unknown[] = [];
    for (const [rock, token, global, openBracket, rockValues, ourValues] of cases) {
      for (const line of lines) {
        const expected = [...line.matchAll(rock)].map((m) => [m.index, m.index + m[0].length, ...rockValues(m)]);
        const found = findTokens(line, token, openBracket).map((m) => [m.index, m.end, ...ourValues(m.groups)]);
        if (JSON.stringify(found) !== JSON.stringify(expected)) bad.push([rock.source, line, found, expected]);
        if (global !== token) {
          const viaGlobal = [...line.matchAll(global)].map((m) => [
            m.index,
            m.index + m[0].length,
            ...ourValues(m.groups!),
          ]);
          if (JSON.stringify(viaGlobal) !== JSON.stringify(expected))
            bad.push([global.source, line, viaGlobal, expected]);
        }
        matches += expected.length;
      }
    }
    expect(bad.slice(0, 3)).toEqual([]);
    expect(matches).toBeGreaterThan(1000);
  });

  it("should find the anchors and leftovers rock's patterns find", () => {
    let n = 0;
    const bad: unknown[] = [];
    const anchorLines = [
      ...lines,
      "--+-{ 2022-11-26 21:01:00.000 CET (UTC+1) }-+--",
      "--+-{ \t }-+--",
      "--+-{\t}-+--",
      "x--+-{a b}-+----+-{c}-+--",
    ];
    for (const line of anchorLines) {
      const expected = [...line.matchAll(ROCK.anchor)].map((m) => [m.index, m.index + m[0].length, m[1]!.trim()]);
      const anchors = findAnchors(line).map((m) => [m.index, m.end, m.value]);
      if (JSON.stringify(anchors) !== JSON.stringify(expected)) bad.push([line, anchors, expected]);
      const left = [...line.matchAll(ROCK.leftover)].map((m) => [m.index, m.index + m[0].length, m[1]]);
      const ours = findLeftovers(line).map((m) => [m.index, m.end, m.inner]);
      if (JSON.stringify(ours) !== JSON.stringify(left)) bad.push([line, ours, left]);
      n += expected.length;
    }
    expect(bad.slice(0, 3)).toEqual([]);
    expect(n).toBeGreaterThan(3);
  });
});
