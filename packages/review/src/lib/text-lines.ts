/** One physical line of a text, without its line ending, with its offsets. */
export interface TextLine {
  /** 1-based line number. */
  line: number;
  /** Offset of the first character. */
  start: number;
  /** Offset where the line begins for column counting (differs from `start` only after a BOM). */
  base: number;
  /** Offset just after the last character (before the line ending). */
  end: number;
  /** The line's text (a leading BOM on line 1 is removed, `start` moves past it). */
  text: string;
}

/** Split a text into lines at `\r\n`, `\n` or a lone `\r`, keeping offsets into the original text. */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let base = 0;
  let line = 1;
  const n = text.length;
  let i = start;
  while (i <= n) {
    const code = i < n ? text.charCodeAt(i) : -1;
    if (code === 10 || code === 13 || code === -1) {
      lines.push({ line, start, base, end: i, text: text.slice(start, i) });
      if (code === -1) break;
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      start = i;
      base = i;
      line++;
      continue;
    }
    i++;
  }
  return lines;
}
