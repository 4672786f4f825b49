// Fuzz: @verlicht/rock's source parser and its codebook/DCT readers never throw and run in linear time, and
// a parsed source serialises back to the very same bytes.
import { parseSource, readCodebook, readDct, readSpreadsheetCodebook, serializeSource } from "@verlicht/rock";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countFor, params, repeatedShape, scalesLinearly, TIMEOUT, textOf } from "./fuzz-settings.js";

const ROCK = [
  "[[",
  "]]",
  "[[cid=",
  "[[uid=",
  "||",
  "|",
  "->",
  ">",
  "<",
  "=",
  ":",
  "::",
  "§§",
  "---",
  "--",
  "-",
  "+",
  "{",
  "}",
  "---<<",
  ">>---",
  "<<",
  ">>",
  "#",
  "##",
  "[[code]]",
  "[[a>b]]",
  "[[a||b]]",
  "[[ci--",
  "id:",
  "ROCK_attributes:",
  "\n---\n",
  "\n---<<",
  "{{",
  "}}",
  "~",
  "'",
  '"',
];
const YAML = [
  "---\n",
  "...\n",
  "codes:\n",
  "  - id: ",
  "    label: ",
  "label: ",
  "id: ",
  "children:\n",
  "dct:\n",
  "  ",
  "- ",
  ": ",
  "? ",
  "&a ",
  "*a",
  "<<: *a\n",
  "!!str ",
  "!!map ",
  "{",
  "}",
  "[",
  "]",
  ",",
  "#",
  "|",
  ">",
  "'",
  '"',
  "ROCK_codebook:\n",
  "ROCK_attributes:\n",
  "instruction: ",
  "source_id: ",
  "dct_version: ",
];

describe("rock parsers under fuzzing", () => {
  it(
    "should parse any text without throwing and serialise it back byte for byte",
    () => {
      fc.assert(
        fc.property(textOf(ROCK, 80), (text) => {
          const { value, messages } = parseSource(text);
          for (const m of messages) expect(typeof m.ruleId).toBe("string");
          expect(serializeSource(value)).toBe(text);
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    "should read any codebook or DCT text without throwing",
    () => {
      fc.assert(
        fc.property(textOf(YAML, 80), (text) => {
          expect(Array.isArray(readCodebook(text).messages)).toBe(true);
          expect(Array.isArray(readDct(text).messages)).toBe(true);
          // The same YAML inside a source's fragment delimiters.
          expect(serializeSource(parseSource(`---<<\n${text}\n>>---\n`).value)).toBe(`---<<\n${text}\n>>---\n`);
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    "should read any spreadsheet codebook without throwing",
    () => {
      const csv = textOf(["code_id,code_label,code_description\n", ",", '"', '""', "\n", "a", "b", "parent_to_child"]);
      fc.assert(
        fc.property(fc.record({ codes: csv, relationships: csv, metadata: csv, examples: csv }), (sheets) => {
          expect(Array.isArray(readSpreadsheetCodebook(sheets).messages)).toBe(true);
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    "should take about linear time on long runs of one shape (sources)",
    () => {
      fc.assert(
        fc.property(repeatedShape(ROCK), ({ p, c, s }) => {
          const r = scalesLinearly(parseSource, (n) => p + c.repeat(n) + s, countFor(c, 3000));
          expect(r.ok, `${JSON.stringify({ p, c, s })}: ${r.small.toFixed(1)} ms → ${r.large.toFixed(1)} ms`).toBe(
            true,
          );
        }),
        params(15),
      );
    },
    TIMEOUT,
  );

  it(
    "should take about linear time on long runs of one shape (codebooks and DCTs)",
    () => {
      fc.assert(
        fc.property(repeatedShape(YAML), ({ p, c, s }) => {
          const make = (n: number) => p + c.repeat(n) + s;
          const n = countFor(c, 1000);
          for (const read of [readCodebook, readDct]) {
            const r = scalesLinearly(read, make, n);
            expect(r.ok, `${JSON.stringify({ p, c, s })}: ${r.small.toFixed(1)} ms → ${r.large.toFixed(1)} ms`).toBe(
              true,
            );
          }
        }),
        params(15),
      );
    },
    TIMEOUT,
  );

  // The two shapes of issue 13 (being fixed by the rock helper): they must hold once fixed.
  it(
    "should parse the anchor-like line of issue 13 in linear time",
    () => {
      const r = scalesLinearly(parseSource, (n) => `--+-{${" ".repeat(n)}\t`, 600);
      expect(r.ok, `${r.small.toFixed(1)} ms → ${r.large.toFixed(1)} ms`).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "should read deeply nested YAML keys of issue 13 in linear time and without throwing",
    () => {
      const r = scalesLinearly(readDct, (n) => "? ".repeat(n), 96);
      expect(r.ok, `${r.small.toFixed(1)} ms → ${r.large.toFixed(1)} ms`).toBe(true);
      for (const text of ["a: *nope\n", "<<: 3\n", `a: &a [${"*a,".repeat(50)}]\n`]) {
        expect(() => readDct(text)).not.toThrow();
        expect(() => readCodebook(text)).not.toThrow();
      }
    },
    TIMEOUT,
  );
});
