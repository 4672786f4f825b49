import { describe, expect, it } from "vitest";
import { location, toPosition } from "../../src/lib/position.js";

describe("location", () => {
  it("should map offsets to 1-based lines and columns", () => {
    const loc = location("ab\ncd\n\nef");
    expect(loc.toPoint(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(loc.toPoint(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(loc.toPoint(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(loc.toPoint(6)).toEqual({ line: 3, column: 1, offset: 6 });
    expect(loc.toPoint(9)).toEqual({ line: 4, column: 3, offset: 9 });
  });

  it("should treat CRLF as one line ending and a lone CR as a line ending", () => {
    const loc = location("a\r\nb\rc");
    expect(loc.toPoint(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(loc.toPoint(5)).toEqual({ line: 3, column: 1, offset: 5 });
    expect(loc.toOffset({ line: 3, column: 1 })).toBe(5);
  });

  it("should count UTF-16 code units, so an emoji takes two columns", () => {
    const text = "😀x\ny";
    const loc = location(text);
    expect(text.indexOf("x")).toBe(2);
    expect(loc.toPoint(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(loc.toOffset({ line: 2, column: 1 })).toBe(4);
  });

  it("should round-trip every offset of a text with diacritics and mixed endings", () => {
    const text = "Zoë zei:\r\n‘t is goed.\nJoëlle\r";
    const loc = location(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const point = loc.toPoint(offset);
      expect(point).toBeDefined();
      const back = loc.toOffset(point!);
      // Offsets inside a CRLF pair map to the column after the line's last character.
      expect(back).toBe(offset);
    }
  });

  it.each([[-1], [100], [1.5], [Number.NaN]])("should return undefined for the offset %s", (offset) => {
    expect(location("abc").toPoint(offset)).toBeUndefined();
  });

  it.each([[{ line: 0, column: 1 }], [{ line: 1, column: 0 }], [{ line: 3, column: 1 }], [{ line: 1, column: 5 }]])(
    "should return undefined for the point %j outside the text",
    (point) => {
      expect(location("abc\nd").toOffset(point)).toBeUndefined();
    },
  );

  it("should build a position for a range and refuse an inverted one", () => {
    const loc = location("hello\nworld");
    expect(loc.toPosition(6, 11)).toEqual({
      start: { line: 2, column: 1, offset: 6 },
      end: { line: 2, column: 6, offset: 11 },
    });
    expect(loc.toPosition(5, 2)).toBeUndefined();
  });

  it("should handle the empty text", () => {
    const loc = location("");
    expect(loc.toPoint(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(loc.toPoint(1)).toBeUndefined();
  });
});

describe("toPosition", () => {
  it("should copy its points so later edits do not leak", () => {
    const start = { line: 1, column: 1, offset: 0 };
    const position = toPosition(start, { line: 1, column: 3, offset: 2 });
    start.line = 9;
    expect(position.start.line).toBe(1);
  });
});
