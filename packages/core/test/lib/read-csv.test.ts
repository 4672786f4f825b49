import { describe, expect, it } from "vitest";
import { detectDelimiter, forEachCsvRow, readCsv } from "../../src/lib/read-csv.js";
import { writeCsv } from "../../src/lib/write-csv.js";

const texts = (text: string, options?: Parameters<typeof readCsv>[1]) =>
  readCsv(text, options).value.rows.map((r) => r.cells.map((c) => c.text));

describe("readCsv", () => {
  it("should read RFC 4180 quotes: delimiters, doubled quotes and line breaks inside quotes", () => {
    expect(texts('a,b\n"x, y","zei ""ja""\nen ging"\n')).toEqual([
      ["a", "b"],
      ["x, y", 'zei "ja"\nen ging'],
    ]);
  });

  it("should accept CRLF, CR and LF, skip a byte order mark and blank lines", () => {
    const { value } = readCsv("\uFEFFa,b\r\n1,2\r\r\n3,4\n\n5,6");
    expect(value.bom).toBe(true);
    expect(value.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
    expect(value.rows.map((r) => r.line)).toEqual([1, 2, 4, 6]);
  });

  it("should detect `;` and tab, and use a given delimiter", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectDelimiter("a\tb\n")).toBe("\t");
    expect(detectDelimiter("one column\n")).toBe(",");
    expect(texts("a;b\n1,5;2\n")).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
    expect(texts("a;b,c\n", { delimiter: "," })).toEqual([["a;b", "c"]]);
  });

  it("should give every cell its position, quotes included, with lines and columns from 1", () => {
    const { value } = readCsv('id,title\n7,"two\nlines"\n');
    const cell = value.rows[1]?.cells[1];
    expect(cell?.position.start).toEqual({ line: 2, column: 3, offset: 11 });
    expect(cell?.position.end).toMatchObject({ line: 3, column: 7 });
  });

  it("should report an unclosed quote as an error and text after a closing quote as a warning, never throwing", () => {
    const { value, messages } = readCsv('a,b\n"x"y,2\n3,"open\n', { file: "t.csv" });
    expect(messages.map((m) => [m.ruleId, m.severity, m.file])).toEqual([
      ["csv-unclosed-quote", "error", "t.csv"],
      ["csv-text-after-quote", "warning", "t.csv"],
    ]);
    expect(value.rows[1]?.cells[0]?.text).toBe("xy");
    expect(value.rows[2]?.cells[1]?.text).toBe("open\n");
  });

  it("should keep an empty last cell after a final delimiter", () => {
    expect(texts("a,b,")).toEqual([["a", "b", ""]]);
  });

  it("should stream rows to a callback in order", () => {
    const lines: number[] = [];
    forEachCsvRow("h\n1\n2\n", undefined, (row) => lines.push(row.line));
    expect(lines).toEqual([1, 2, 3]);
  });

  it("should read back what writeCsv writes, for every delimiter and line ending", () => {
    const rows = [
      ["naam", "opmerking", "n"],
      ["Anna", 'zei "ja", en\r\nging', "3"],
      [" spatie ", "", "x;y\tz"],
    ];
    for (const delimiter of [",", ";", "\t"] as const) {
      for (const eol of ["\n", "\r\n"] as const) {
        const text = writeCsv(rows, { delimiter, eol, bom: true });
        expect(texts(text, { delimiter })).toEqual(rows);
      }
    }
  });
});
