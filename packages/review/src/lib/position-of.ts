import type { Point, Position } from "@verlicht/core";
import type { TextLine } from "./text-lines.js";

/** A point on a known line: column derived from the line's start offset. */
export function pointAt(line: TextLine, offset: number): Point {
  return { line: line.line, column: offset - line.base + 1, offset };
}

/** A position from `start` on line `a` to `end` on line `b`. */
export function spanOf(a: TextLine, start: number, b: TextLine, end: number): Position {
  return { start: pointAt(a, start), end: pointAt(b, end) };
}
