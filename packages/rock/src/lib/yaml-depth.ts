/**
 * A linear upper estimate of how deeply a YAML text nests, read before the YAML library parses it:
 * block levels (indentation, plus compact `- ` / `? ` / `: ` indicators at a line's start) plus flow
 * levels (`[` and `{` outside quotes and comments). Stops at the first place deeper than `max`.
 */
export function yamlDepth(text: string, max: number): { exceeded: boolean; offset: number } {
  const indents: number[] = [];
  let flow = 0;
  let quote = 0; // 0, 39 (') or 34 (")
  let i = 0;
  const n = text.length;
  while (i < n) {
    // One line: [i, end).
    let end = text.indexOf("\n", i);
    if (end === -1) end = n;
    let k = i;
    if (quote === 0 && flow === 0) {
      while (k < end && text.charCodeAt(k) === 32) k++;
      const c = text.charCodeAt(k);
      if (k < end && c !== 35 && c !== 13) {
        const indent = k - i;
        while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
        if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
        // Compact indicators: "- - a", "? ? a".
        let inline = 0;
        while (k < end && isIndicator(text.charCodeAt(k)) && (k + 1 === end || isSpace(text.charCodeAt(k + 1)))) {
          inline++;
          k++;
          while (k < end && isSpace(text.charCodeAt(k))) k++;
        }
        if (indents.length + inline > max) return { exceeded: true, offset: k };
      }
    }
    for (; k < end; k++) {
      const c = text.charCodeAt(k);
      if (quote !== 0) {
        if (quote === 34 && c === 92) k++;
        else if (c === quote) {
          if (quote === 39 && text.charCodeAt(k + 1) === 39) k++;
          else quote = 0;
        }
        continue;
      }
      if ((c === 39 || c === 34) && opensQuote(text.charCodeAt(k - 1), k === i)) quote = c;
      else if (c === 35 && (k === i || isSpace(text.charCodeAt(k - 1)))) break;
      else if (c === 91 || c === 123) {
        flow++;
        if (indents.length + flow > max) return { exceeded: true, offset: k };
      } else if ((c === 93 || c === 125) && flow > 0) flow--;
    }
    i = end + 1;
  }
  return { exceeded: false, offset: 0 };
}

function isIndicator(c: number): boolean {
  return c === 45 || c === 63 || c === 58; // - ? :
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/** A quote starts a quoted scalar at the start of a line or after a space or a flow indicator. */
function opensQuote(before: number, atLineStart: boolean): boolean {
  return (
    atLineStart || isSpace(before) || before === 91 || before === 123 || before === 44 || before === 58 || before === 45
  );
}
