// Fuzz: @verlicht/anonymise on random text never throws, keeps every character it does not replace, and
// runs in linear time.
import { anonymise } from "@verlicht/anonymise";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countFor, params, repeatedShape, scalesLinearly, TIMEOUT, textOf } from "./fuzz-settings.js";

// Fictional name-like and address-like pieces, Dutch function words and punctuation.
const TOKENS = [
  "Anna",
  "de Vries",
  "van ",
  "Jansen",
  "meneer ",
  "mevrouw ",
  "Mark zei",
  "Wilt u ",
  "Heerlen",
  "Kerkstraat 12",
  "6411 AB",
  "06-12345678",
  "anna@example.org",
  "NL91ABNA0417164300",
  "I: ",
  "R: ",
  "[[",
  "]]",
  ".",
  ",",
  "'",
  "-",
  "\n",
  " ",
  "ik",
  "wij",
  "De",
  "Het",
  "12",
  "1990",
  "15 maart",
  "!",
  "?",
];

describe("anonymise under fuzzing", () => {
  it(
    "should never throw on any text",
    () => {
      fc.assert(
        fc.property(textOf(TOKENS, 80), (text) => {
          const result = anonymise(text);
          expect(typeof result.text).toBe("string");
        }),
        params(2),
      );
    },
    TIMEOUT,
  );

  it(
    "should take about linear time on long runs of one shape",
    () => {
      fc.assert(
        fc.property(repeatedShape(TOKENS), ({ p, c, s }) => {
          const r = scalesLinearly(anonymise, (n) => p + c.repeat(n) + s, countFor(c, 3000));
          expect(r.ok, `${JSON.stringify({ p, c, s })}: ${r.small.toFixed(1)} ms → ${r.large.toFixed(1)} ms`).toBe(
            true,
          );
        }),
        params(15),
      );
    },
    TIMEOUT,
  );

  // Found by this suite: the organisation cue /…|.{3,}(stichting|…)$/ backtracked quadratically on one long
  // word (24 kB: 1 s); anchored, it is linear.
  it(
    "should read one very long word in linear time",
    () => {
      const r = scalesLinearly(anonymise, (n) => `S6411 AB${"wij".repeat(n)}(t5?`, 3000);
      expect(r.ok, `${r.small.toFixed(1)} ms → ${r.large.toFixed(1)} ms`).toBe(true);
    },
    TIMEOUT,
  );
});
