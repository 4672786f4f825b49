/** One match of a token pattern in a string: where it is and its named groups. */
export interface TokenMatch {
  /** Index of the first `[`. */
  index: number;
  /** Index after the closing `]]`. */
  end: number;
  /** The named groups of the token pattern. */
  groups: Record<string, string | undefined>;
}

/**
 * Every match of `[[` + `token` + `]]` in `s`, left to right and not overlapping: the same matches as
 * the global pattern's `matchAll`, found in linear time.
 *
 * A token's inside holds no `]`, so a match ends at the first `]` after its start; when the inside
 * holds no `[` either (`allowOpenBracket` false) the only possible start is the `[[` just before that
 * `]`. The anchored token pattern is then tried once per candidate, on that inside only.
 */
export function findTokens(s: string, token: RegExp, allowOpenBracket = false): TokenMatch[] {
  const out: TokenMatch[] = [];
  let from = 0;
  while (from < s.length) {
    const close = s.indexOf("]", from);
    if (close === -1) break;
    if (s.charCodeAt(close + 1) !== 93) {
      from = close + 1;
      continue;
    }
    const start = allowOpenBracket ? firstValueStart(s, from, close) : lastOpen(s, from, close);
    if (start !== -1) {
      const m = token.exec(s.slice(start + 2, close));
      if (m) {
        out.push({ index: start, end: close + 2, groups: { ...m.groups } });
        from = close + 2;
        continue;
      }
    }
    from = close + 1;
  }
  return out;
}

/** The `[[` whose inside reaches `close` without another `[`, at or after `from`; -1 when none. */
function lastOpen(s: string, from: number, close: number): number {
  // Scanned forward over [from, close): `from` only grows, so the whole line is read once.
  let open = -1;
  for (let i = from; i < close; i++) if (s.charCodeAt(i) === 91) open = i;
  return open - 1 >= from && s.charCodeAt(open - 1) === 91 ? open - 1 : -1;
}

/** The leftmost `[[` in `[from, close)` that starts a code value (`[[name||`); -1 when none. */
function firstValueStart(s: string, from: number, close: number): number {
  let at = s.indexOf("[[", from);
  while (at !== -1 && at < close) {
    const end = codeValueStart(s, at + 2);
    if (end !== -1 && end <= close) return at;
    at = s.indexOf("[[", at + 1);
  }
  return -1;
}

const SPACE_CHAR = /\s/;
const NAME_CHAR = /[a-zA-Z0-9_>]/;

/**
 * Where the start of a code value `\s*name\s*||` that begins at `i` ends, or -1: a plain scan (as a
 * regular expression tried at every start, it would be quadratic on a long run of spaces).
 */
function codeValueStart(s: string, i: number): number {
  let k = i;
  while (k < s.length && SPACE_CHAR.test(s[k]!)) k++;
  const name = k;
  while (k < s.length && NAME_CHAR.test(s[k]!)) k++;
  if (k === name) return -1;
  while (k < s.length && SPACE_CHAR.test(s[k]!)) k++;
  return s.startsWith("||", k) ? k + 2 : -1;
}

/**
 * Every `[[…]]` left on a line (rock's leftovers, the lazy `\[\[(.*?)\]\]`): from each `[[` to the
 * first `]]` after it, in linear time. `inner` is what is between the brackets.
 */
export function findLeftovers(s: string): Array<{ index: number; end: number; inner: string }> {
  const out: Array<{ index: number; end: number; inner: string }> = [];
  let from = 0;
  for (;;) {
    const open = s.indexOf("[[", from);
    if (open === -1) break;
    const close = s.indexOf("]]", open + 2);
    if (close === -1) break;
    const inner = s.slice(open + 2, close);
    const stop = lineTerminator(inner);
    if (stop !== -1) {
      // "." does not cross U+2028/U+2029: no start before the terminator can match.
      from = open + 2 + stop + 1;
      continue;
    }
    out.push({ index: open, end: close + 2, inner });
    from = close + 2;
  }
  return out;
}

function lineTerminator(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i;
  }
  return -1;
}

/** Characters rock allows inside an anchor (`anchorRegex`'s class). */
const ANCHOR_CHARS = new Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:.,+@!#$%^&*)(/\\>< |~=-");
/** JavaScript's `\s`. */
const SPACE = /\s/;

/**
 * Anchors `--+-{ value }-+--` on a line, as rock's `anchorRegex` finds them, in linear time (rock's
 * pattern is cubic on a run of spaces). The value is trimmed.
 */
export function findAnchors(s: string): Array<{ index: number; end: number; value: string }> {
  const out: Array<{ index: number; end: number; value: string }> = [];
  let from = 0;
  let close = -1;
  for (;;) {
    const open = s.indexOf("--+-{", from);
    if (open === -1) break;
    // Neither "{" nor "}" may occur inside, so the anchor closes at the first "}" (if it is "}-+--").
    if (close < open + 5) close = s.indexOf("}", open + 5);
    if (close === -1) break;
    if (s.startsWith("}-+--", close) && anchorContent(s, open + 5, close)) {
      out.push({ index: open, end: close + 5, value: s.slice(open + 5, close).trim() });
      from = close + 5;
    } else from = open + 1;
  }
  return out;
}

/** `\s*[chars]+\s*` over `[a, z)`: the part between leading and trailing spaces is all allowed, or a space is there. */
function anchorContent(s: string, a: number, z: number): boolean {
  let i = a;
  let j = z;
  while (i < j && SPACE.test(s[i]!)) i++;
  while (j > i && SPACE.test(s[j - 1]!)) j--;
  if (i === j) return s.slice(a, z).includes(" ");
  for (let k = i; k < j; k++) {
    if (!ANCHOR_CHARS.has(s[k]!)) return false;
  }
  return true;
}
