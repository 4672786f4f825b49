/**
 * A place in a text: `line` and `column` count from 1, `offset` from 0, all in UTF-16 code units
 * (what JavaScript strings index).
 */
export interface Point {
  /** Line number, 1-indexed. */
  line: number;
  /** Column number, 1-indexed, in UTF-16 code units. */
  column: number;
  /** Offset from the start of the text, 0-indexed, in UTF-16 code units. */
  offset: number;
}

/** A range in a text; `end` is exclusive (it points just after the last character). */
export interface Position {
  /** First character of the range. */
  start: Point;
  /** Place just after the last character of the range. */
  end: Point;
}

/** Converts between offsets and line/column points for one text. */
export interface Location {
  /** The point of an offset, or `undefined` when the offset is outside `0..text.length`. */
  toPoint(offset: number): Point | undefined;
  /** The offset of a `{line, column}` point, or `undefined` when it lies outside the text. */
  toOffset(point: Pick<Point, "line" | "column">): number | undefined;
  /** The position of the range `[start, end)`, or `undefined` when it lies outside the text. */
  toPosition(start: number, end: number): Position | undefined;
}

/**
 * Build a converter between offsets and line/column points for `text`.
 *
 * Lines end at `\n`, `\r\n` or a lone `\r`; a `\r\n` pair counts as one line ending.
 *
 * @param text The whole text.
 * @returns A {@link Location} for `text`.
 * @example
 * ```ts
 * const loc = location("ab\ncd");
 * loc.toPoint(3); // {line: 2, column: 1, offset: 3}
 * loc.toOffset({line: 2, column: 2}); // 4
 * ```
 */
export function location(text: string): Location {
  const starts = lineStarts(text);
  const length = text.length;

  function toPoint(offset: number): Point | undefined {
    if (!Number.isInteger(offset) || offset < 0 || offset > length) return undefined;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  }

  function toOffset(point: Pick<Point, "line" | "column">): number | undefined {
    const { line, column } = point;
    if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) return undefined;
    const start = starts[line - 1];
    if (start === undefined) return undefined;
    const next = starts[line];
    const offset = start + column - 1;
    // A column may point at the line's own ending, never past it into the next line.
    const inLine = next === undefined ? offset <= length : offset < next;
    return inLine ? offset : undefined;
  }

  function toPosition(start: number, end: number): Position | undefined {
    if (end < start) return undefined;
    const a = toPoint(start);
    const b = toPoint(end);
    return a && b ? { start: a, end: b } : undefined;
  }

  return { toPoint, toOffset, toPosition };
}

/** Offsets at which each line starts (the first is always 0). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Build a position from explicit line/column/offset values of both ends.
 * Handy for parsers that track lines themselves.
 */
export function toPosition(start: Point, end: Point): Position {
  return { start: { ...start }, end: { ...end } };
}
