// Fuzz: @verlicht/review's record parsers (every format) never throw and run in linear time.
import { parseRecords, RECORD_FORMATS } from "@verlicht/review";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countFor, params, repeatedShape, scalesLinearly, TIMEOUT, textOf } from "./fuzz-settings.js";

const TOKENS = [
  "TY  - ",
  "JOUR",
  "ER  - ",
  "TI  - ",
  "AU  - ",
  "PY  - ",
  "DO  - ",
  "AB  - ",
  "KW  - ",
  "  - ",
  "PMID- ",
  "TI  - ",
  "FAU - ",
  "AID - ",
  "      ",
  "PT J",
  "TI ",
  "AU ",
  "ER",
  "EF",
  "FN ",
  "VR ",
  "%0 ",
  "%T ",
  "%A ",
  "%D ",
  "@article{",
  "@book{",
  "title = {",
  "author = ",
  "{",
  "}",
  ",",
  "=",
  '"',
  "\\",
  "@",
  "@string{",
  "#",
  "title,abstract,doi\n",
  '"',
  '""',
  ",",
  ";",
  "<xml>",
  "<records>",
  "<record>",
  "</record>",
  "<title>",
  "</title>",
  "<style>",
  "<![CDATA[",
  "]]>",
  "&amp;",
  "&#",
];

describe("parseRecords under fuzzing", () => {
  for (const format of [undefined, ...RECORD_FORMATS]) {
    it(
      `should never throw (${format ?? "detected format"})`,
      () => {
        fc.assert(
          fc.property(textOf(TOKENS), (text) => {
            const result = parseRecords(text, { format });
            expect(Array.isArray(result.value)).toBe(true);
            for (const m of result.messages) expect(typeof m.ruleId).toBe("string");
          }),
          params(),
        );
      },
      TIMEOUT,
    );
  }

  for (const format of RECORD_FORMATS) {
    it(
      `should take about linear time on long runs of one shape (${format})`,
      () => {
        fc.assert(
          fc.property(repeatedShape(TOKENS), ({ p, c, s }) => {
            const make = (n: number) => p + c.repeat(n) + s;
            const r = scalesLinearly((t) => parseRecords(t, { format }), make, countFor(c, 4000));
            expect(r.ok, `${JSON.stringify({ p, c, s })}: ${r.small.toFixed(1)} ms → ${r.large.toFixed(1)} ms`).toBe(
              true,
            );
          }),
          params(15),
        );
      },
      TIMEOUT,
    );
  }
});
