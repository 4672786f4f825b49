import type { Message } from "@verlicht/core";
import {
  type Builder,
  EMPTY_CLASSES,
  EMPTY_CODES,
  EMPTY_NETWORK,
  EMPTY_TOKENS,
  EMPTY_VALUES,
  finish,
  isBlank,
  isRSpace,
  type LinePlace,
  type LineScan,
  nesting,
  newBuilder,
  trimR,
} from "./scan-builder.js";
import { scanExact } from "./scan-exact.js";
import { addUid, readToken } from "./scan-tokens.js";
import type { RockTokenKind } from "./types.js";

export { EMPTY_VALUES, type LinePlace, type LineScan, linePosition, trimR } from "./scan-builder.js";

/** Sticky forms of the two fast spellings, tried at a token's start inside the line. */
const STICKY_UID = /uid[=:][a-zA-Z0-9_]+\]\]/y;

function emptyScan(raw: string): LineScan {
  const n = nesting(trimR(raw));
  return {
    classes: EMPTY_CLASSES,
    uid: null,
    codes: EMPTY_CODES,
    ciCodes: EMPTY_CODES,
    codeValues: EMPTY_VALUES,
    networkCodes: EMPTY_NETWORK,
    tokens: EMPTY_TOKENS,
    text: n.text,
    nestingLevel: n.nestingLevel,
    hasContent: raw.length > 0,
  };
}

/**
 * Read one utterance line: class instances, codes, code values, network codes and the uid, in rock's
 * order, plus a message for every token no rule reads.
 */
export function scanLine(raw: string, place: LinePlace, messages: Message[], keepTokens = false): LineScan {
  if (raw.indexOf("[[") === -1) return emptyScan(raw);
  const fast = minimalTokens(raw);
  const b = newBuilder(keepTokens);
  return fast ? scanFast(b, raw, fast, place, messages) : scanExact(b, raw, place, messages);
}

/**
 * The bracket-free tokens of a line as flat `[start, end, …]` pairs, when no other `[` or `]` occurs on
 * the line; otherwise undefined (the exact path then runs rock's patterns one by one).
 */
function minimalTokens(raw: string): number[] | undefined {
  const out: number[] = [];
  let last = 0;
  for (;;) {
    const open = raw.indexOf("[", last);
    const close = raw.indexOf("]", last);
    if (open === -1) return close === -1 ? out : undefined;
    if (raw.charCodeAt(open + 1) !== 91) return undefined; // "[" not followed by "["
    const end = raw.indexOf("]", open + 2);
    if (end === -1 || close < open || raw.charCodeAt(end + 1) !== 93) return undefined;
    const inner = raw.indexOf("[", open + 2);
    if (inner !== -1 && inner < end) return undefined;
    out.push(open, end + 2);
    last = end + 2;
  }
}

function scanFast(b: Builder, raw: string, found: number[], place: LinePlace, messages: Message[]): LineScan {
  // Kept text is gathered as [start, end) ranges of the raw line, so a line whose markup sits at one
  // end (the usual case) needs a single slice instead of string concatenation.
  const ranges: number[] = [];
  let last = 0;
  let idLength = 0;
  for (let k = 0; k < found.length; k += 2) {
    const start = found[k]!;
    const end = found[k + 1]!;
    let kind: RockTokenKind;
    // The commonest spellings, `[[code]]` and `[[uid=…]]`, are read in place: no token strings are cut.
    if (!b.keepTokens && isPlainCode(raw, start + 2, end - 2)) {
      if (b.scan.codes === EMPTY_CODES) b.scan.codes = [];
      b.scan.codes.push(raw.slice(start + 2, end - 2));
      kind = "code";
    } else {
      STICKY_UID.lastIndex = start + 2;
      if (!b.keepTokens && STICKY_UID.test(raw) && STICKY_UID.lastIndex === end) {
        addUid(b, raw.slice(start + 6, end - 2), "", start, end, place);
        kind = "uid";
      } else kind = readToken(b, raw.slice(start, end), raw.slice(start + 2, end - 2), start, end, place, messages);
    }
    if (kind === "unparsed") continue;
    if (kind === "class-instance") idLength += end - start;
    if (start > last) ranges.push(last, start);
    last = end;
  }
  if (raw.length > last) ranges.push(last, raw.length);
  // Ranges of only whitespace at either end vanish when the text is trimmed; dropping them first
  // leaves a single range for the usual "text [[code]] [[code]]" line, so the text is one slice.
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi && isBlank(raw, ranges[lo]!, ranges[lo + 1]!)) lo += 2;
  while (hi > lo && isBlank(raw, ranges[hi - 2]!, ranges[hi - 1]!)) hi -= 2;
  let text = "";
  if (hi - lo === 2) {
    // Trim on the indices, so the text is one slice of the line.
    let a = ranges[lo]!;
    let z = ranges[lo + 1]!;
    while (a < z && isRSpace(raw.charCodeAt(a))) a++;
    while (z > a && isRSpace(raw.charCodeAt(z - 1))) z--;
    text = raw.slice(a, z);
  } else for (let i = lo; i < hi; i += 2) text += raw.slice(ranges[i], ranges[i + 1]);
  return finish(b, text, raw.length - idLength > 0, place, messages);
}

/** Is `raw[a, z)` a code `[a-zA-Z][a-zA-Z0-9_>]*` (the commonest token, read without a regular expression)? */
function isPlainCode(raw: string, a: number, z: number): boolean {
  if (a >= z) return false;
  const first = raw.charCodeAt(a) | 32;
  if (first < 97 || first > 122) return false;
  for (let i = a + 1; i < z; i++) {
    const c = raw.charCodeAt(i);
    const l = c | 32;
    if (!((l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 62)) return false;
  }
  return true;
}
