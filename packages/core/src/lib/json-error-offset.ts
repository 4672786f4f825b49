/**
 * The offset (UTF-16) of the first syntax error of a JSON text, or -1 when it is valid. A small
 * recursive-descent scanner, used because V8's messages do not always say where the error is.
 * Iterative over arrays and objects (an explicit stack), so deep nesting cannot overflow.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const str = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return str();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "" || m[0] === "-") return false;
    i += m[0].length;
    return true;
  };
  // Stack of open containers: "[" or "{".
  const stack: string[] = [];
  ws();
  for (;;) {
    // Expect a value.
    ws();
    if (text[i] === "[" || text[i] === "{") {
      const open = text[i] as string;
      i++;
      ws();
      if ((open === "[" && text[i] === "]") || (open === "{" && text[i] === "}")) {
        i++;
      } else {
        stack.push(open);
        if (open === "{") {
          if (text[i] !== '"' || !str()) return i;
          ws();
          if (text[i] !== ":") return i;
          i++;
        }
        continue;
      }
    } else if (!scalar()) return i;
    // After a value: close containers or continue with a comma.
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i === n ? -1 : i;
      if (text[i] === ",") {
        i++;
        if (top === "{") {
          ws();
          if (text[i] !== '"' || !str()) return i;
          ws();
          if (text[i] !== ":") return i;
          i++;
        }
        break;
      }
      if ((top === "[" && text[i] === "]") || (top === "{" && text[i] === "}")) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}
