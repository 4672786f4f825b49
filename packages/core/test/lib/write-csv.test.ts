import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/read-csv.js";
import { CSV_FORMULA_TRIGGERS, csvCell, isFormulaLike, writeCsv } from "../../src/lib/write-csv.js";

describe("writeCsv", () => {
  it("should quote cells with the delimiter, quotes, line breaks or outer white space", () => {
    expect(writeCsv([["a,b", 'say "x"', "two\nlines", " pad", "plain"]])).toBe(
      '"a,b","say ""x""","two\nlines"," pad",plain\n',
    );
    expect(writeCsv([["a;b", "a,b"]], { delimiter: ";" })).toBe('"a;b";a,b\n');
  });

  it("should write numbers, booleans and empty values, with the chosen line ending and BOM", () => {
    expect(writeCsv([[1, -2.5, true, null, undefined]], { eol: "\r\n", bom: true })).toBe("\uFEFF1,-2.5,true,,\r\n");
  });

  it.each(CSV_FORMULA_TRIGGERS.map((c) => [c]))("should guard a text cell starting with %j", (trigger) => {
    const value = `${trigger}SUM(A1:A9)`;
    const written = csvCell(value);
    expect(written.replace(/^"/, "").startsWith("'")).toBe(true);
    // The guard is one visible character; the rest of the text is kept.
    expect(readCsv(`${written}\n`, { delimiter: "," }).value.rows[0]?.cells[0]?.text).toBe(`'${value}`);
  });

  it("should not guard numbers, nor text that is a plain number", () => {
    expect(writeCsv([[-1, "-1", "+2.5", "-0,5", "1e-3", "-3e+2"]])).toBe('-1,-1,+2.5,"-0,5",1e-3,-3e+2\n');
    expect(isFormulaLike("-1+A1")).toBe(true);
    expect(isFormulaLike("+31 6 12345678")).toBe(true);
    expect(isFormulaLike("a=b")).toBe(false);
  });

  it("should leave cells unguarded with guard: false", () => {
    expect(writeCsv([["=1+1", "@x"]], { guard: false })).toBe("=1+1,@x\n");
  });
});
