import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "../../src/lib/csv.js";

describe("parseCsv", () => {
  it("should read quoted fields with commas, doubled quotes and newlines, with the line each row starts on", () => {
    const { rows } = parseCsv('a,b\n"x, y","he said ""hi"""\n"multi\nline",z\nlast,row');
    expect(rows.map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["x, y", 'he said "hi"'],
      ["multi\nline", "z"],
      ["last", "row"],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it("should report the line of an unterminated quote", () => {
    expect(parseCsv('a,b\n1,2\n3,"open\n4,5\n').unterminatedAt).toBe(3);
  });

  it("should round-trip what toCsv writes", () => {
    const rows = [
      ["id", "text"],
      ["1", 'a "quote", and\na newline'],
    ];
    expect(parseCsv(toCsv(rows)).rows.map((r) => r.fields)).toEqual(rows);
  });
});
