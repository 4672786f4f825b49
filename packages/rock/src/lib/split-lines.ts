/** A physical line before it is classified. */
export interface PhysicalLine {
  /** The line without its ending. */
  raw: string;
  /** Its line ending (`""` for a last line without one). */
  eol: string;
  /** Line number, 1-based. */
  line: number;
  /** Offset of its first character. */
  offset: number;
}

/**
 * Split a text into physical lines, keeping each line ending (`\n`, `\r\n` or a lone `\r`, as R's
 * `readLines` and core's `location` count them). A final line ending does not start an extra line.
 * A leading byte order mark is reported separately and is not part of line 1.
 */
export function splitLines(text: string): SplitText {
  const bom = text.charCodeAt(0) === 0xfeff;
  const raws: string[] = [];
  const offsets: number[] = [];
  const eols: string[] = [];
  let start = bom ? 1 : 0;
  const length = text.length;
  // The next CR is looked up only when the previous one has been passed: searching from every line
  // start would scan to the end of a text without CRs each time (quadratic).
  let cr = text.indexOf("\r", start);
  while (start < length) {
    let i = text.indexOf("\n", start);
    if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
    let eol: string;
    if (cr !== -1 && (i === -1 || cr < i)) {
      eol = cr + 1 === i ? "\r\n" : "\r";
      i = cr;
    } else if (i === -1) {
      raws.push(text.slice(start));
      offsets.push(start);
      eols.push("");
      break;
    } else {
      eol = "\n";
    }
    raws.push(text.slice(start, i));
    offsets.push(start);
    eols.push(eol);
    start = i + eol.length;
  }
  return {
    bom,
    raws,
    offsets,
    eols,
    line: (i) => ({ raw: raws[i]!, eol: eols[i]!, line: i + 1, offset: offsets[i]! }),
  };
}

/** A text split into lines, as parallel arrays (no object per line: sources can have millions). */
export interface SplitText {
  /** Whether the text starts with a byte order mark. */
  bom: boolean;
  /** Each line without its ending. */
  raws: string[];
  /** Offset of each line's first character. */
  offsets: number[];
  /** Each line's ending. */
  eols: string[];
  /** A view of line `i` (0-based) as one object. */
  line(i: number): PhysicalLine;
}
