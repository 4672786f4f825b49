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
export function splitLines(text: string): { bom: boolean; lines: PhysicalLine[] } {
  const bom = text.charCodeAt(0) === 0xfeff;
  const lines: PhysicalLine[] = [];
  let start = bom ? 1 : 0;
  let line = 1;
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
      lines.push({ raw: text.slice(start), eol: "", line, offset: start });
      break;
    } else {
      eol = "\n";
    }
    lines.push({ raw: text.slice(start, i), eol, line, offset: start });
    start = i + eol.length;
    line++;
  }
  return { bom, lines };
}
