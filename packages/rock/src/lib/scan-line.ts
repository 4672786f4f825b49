import type { Message, Position } from "@verlicht/core";
import { rockMessage } from "./messages.js";
import {
  CASE_ID_REGEX,
  CI_CODE_REGEX,
  CI_CODE_TOKEN,
  CLASS_INSTANCE_REGEX,
  CLASS_INSTANCE_TOKEN,
  CODE_REGEX,
  CODE_TOKEN,
  CODE_VALUE_REGEX,
  CODE_VALUE_TOKEN,
  NETWORK_CODE_REGEX,
  NETWORK_CODE_TOKEN,
  UID_REGEX,
  UID_TOKEN,
} from "./patterns.js";
import type { NetworkCode, RockToken, RockTokenKind } from "./types.js";

/** What one line holds, read the way rock 0.9.6 reads it. */
export interface LineScan {
  /** Class instances on this line (first value per class wins, as in rock), without the dropped `uid` class. */
  classes: Array<[string, string]>;
  /** The uid (the last one when there are several). */
  uid: string | null;
  /** Plain codes in line order. */
  codes: string[];
  /** Cognitive-interview codes in line order. */
  ciCodes: string[];
  /** Code values (first per name wins, as in rock). */
  codeValues: Record<string, string>;
  /** Network codes in line order. */
  networkCodes: NetworkCode[];
  /** All tokens in line order. */
  tokens: RockToken[];
  /** Clean text (markup removed, rock's `utterances_clean`). */
  text: string;
  /** Nesting level from leading `~`. */
  nestingLevel: number;
  /** Whether anything is left once class instance identifiers are removed (rock keeps the row then). */
  hasContent: boolean;
}

/** Where the line is, to build positions. */
export interface LinePlace {
  /** Line number, 1-based. */
  line: number;
  /** Offset of the line's first character in the whole text. */
  offset: number;
  /** File or source id for messages. */
  file: string | undefined;
}

/** Sticky forms of the two fast spellings, tried at a token's start inside the line. */
const STICKY_CODE = /[a-zA-Z][a-zA-Z0-9_>]*\]\]/y;
const STICKY_UID = /uid[=:][a-zA-Z0-9_]+\]\]/y;

/** `[[code]]` without spaces or range: a subset of rock's code pattern. */
const PLAIN_CODE = /^[a-zA-Z][a-zA-Z0-9_>]*$/;
/** `[[uid=…]]` / `[[uid:…]]` without spaces: a subset of rock's uid pattern (and never a class instance). */
const PLAIN_UID = /^uid[=:][a-zA-Z0-9_]+$/;

/** Trim the way R's `trimws` does: only space, tab, CR and LF. */
export function trimR(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isRSpace(s.charCodeAt(a))) a++;
  while (b > a && isRSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function isBlank(s: string, a: number, z: number): boolean {
  for (let i = a; i < z; i++) if (!isRSpace(s.charCodeAt(i))) return false;
  return true;
}

function isRSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Position of `[start, end)` within a line. */
export function linePosition(place: LinePlace, start: number, end: number): Position {
  return {
    start: { line: place.line, column: start + 1, offset: place.offset + start },
    end: { line: place.line, column: end + 1, offset: place.offset + end },
  };
}

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

interface Builder {
  scan: LineScan;
  /** Tokens are collected only when asked for (readTokens); parsing does not keep them. */
  keepTokens: boolean;
  /** How many uids the line has; the last one is `scan.uid`, the first one's place is kept for messages. */
  uidCount: number;
  firstUidStart: number;
  firstUidEnd: number;
  uidLikeClasses: number;
  allClasses: number;
}

function newBuilder(keepTokens: boolean): Builder {
  return {
    scan: {
      classes: EMPTY_CLASSES,
      uid: null,
      codes: EMPTY_CODES,
      ciCodes: EMPTY_CODES,
      codeValues: EMPTY_VALUES,
      networkCodes: EMPTY_NETWORK,
      tokens: EMPTY_TOKENS,
      text: "",
      nestingLevel: 0,
      hasContent: true,
    },
    keepTokens,
    uidCount: 0,
    firstUidStart: 0,
    firstUidEnd: 0,

    uidLikeClasses: 0,
    allClasses: 0,
  };
}

function pushToken(b: Builder, token: RockToken): void {
  if (!b.keepTokens) return;
  if (b.scan.tokens === EMPTY_TOKENS) b.scan.tokens = [];
  b.scan.tokens.push(token);
}

/*
 * Empty collections are shared and frozen: a large source has hundreds of thousands of utterances and
 * most have no code values, network codes or ci codes. The data is read-only; edits go through the API.
 */
const EMPTY_CLASSES: Array<[string, string]> = Object.freeze([]) as unknown as Array<[string, string]>;
const EMPTY_CODES: string[] = Object.freeze([]) as unknown as string[];
export const EMPTY_VALUES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const EMPTY_NETWORK: NetworkCode[] = Object.freeze([]) as unknown as NetworkCode[];
const EMPTY_TOKENS: RockToken[] = Object.freeze([]) as unknown as RockToken[];

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
    STICKY_CODE.lastIndex = start + 2;
    if (!b.keepTokens && STICKY_CODE.test(raw) && STICKY_CODE.lastIndex === end) {
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

/** Classify one bracket-free token by rock's patterns, in rock's order. */
function readToken(
  b: Builder,
  raw: string,
  inner: string,
  start: number,
  end: number,
  place: LinePlace,
  messages: Message[],
): RockTokenKind {
  const position = new LazyPosition(place, start, end);
  // Exact subsets of rock's patterns for the common spellings, read without match arrays.
  if (PLAIN_CODE.test(inner)) {
    addCode(b, "code", inner, undefined, raw, position, place, messages);
    return "code";
  }
  if (PLAIN_UID.test(inner)) {
    addUid(b, inner.slice(4), raw, start, end, place);
    return "uid";
  }
  // Cheap pre-checks skip patterns that cannot match: class instances and uids need "=" or ":",
  // code values and network codes need "||", and plain and ci codes cannot hold "|", "=" or ":".
  const hasAssign = inner.indexOf("=") !== -1 || inner.indexOf(":") !== -1;
  const hasBar = inner.indexOf("|") !== -1;
  let m: RegExpExecArray | null = hasAssign ? CLASS_INSTANCE_TOKEN.exec(inner) : null;
  if (m) {
    addClass(b, m[1]!, m[2]!, raw, position, place, messages);
    return "class-instance";
  }
  if (!hasBar && !hasAssign) {
    m = CODE_TOKEN.exec(inner);
    if (m) {
      addCode(b, "code", m[1]!, m[2], raw, position, place, messages);
      return "code";
    }
    m = CI_CODE_TOKEN.exec(inner);
    if (m) {
      addCode(b, "ci-code", m[1]!, m[2], raw, position, place, messages);
      return "ci-code";
    }
  }
  if (hasBar) {
    m = CODE_VALUE_TOKEN.exec(inner);
    if (m) {
      addCodeValue(b, m[1]!, m[2] ?? "", raw, position);
      return "code-value";
    }
    m = NETWORK_CODE_TOKEN.exec(inner);
    if (m) {
      addNetwork(b, m, raw, position, place, messages);
      return "network-code";
    }
  }
  if (hasAssign) {
    m = UID_TOKEN.exec(inner);
    if (m) {
      addUid(b, m[1]!, raw, start, end, place);
      return "uid";
    }
  }
  addUnparsed(b, raw, inner, position, place, messages);
  return "unparsed";
}

function addUid(b: Builder, uid: string, raw: string, start: number, end: number, place: LinePlace): void {
  if (b.uidCount === 0) {
    b.firstUidStart = start;
    b.firstUidEnd = end;
  }
  b.uidCount++;
  b.scan.uid = uid;
  if (b.keepTokens) pushToken(b, { kind: "uid", raw, name: uid, value: "", position: linePosition(place, start, end) });
}

/** A position built only when somebody needs it (a message, a kept token, a network code). */
class LazyPosition {
  private value: Position | undefined;
  constructor(
    private readonly place: LinePlace,
    readonly start: number,
    readonly end: number,
  ) {}
  get(): Position {
    if (this.value === undefined) this.value = linePosition(this.place, this.start, this.end);
    return this.value;
  }
}

function addClass(
  b: Builder,
  name: string,
  value: string,
  raw: string,
  position: LazyPosition,
  place: LinePlace,
  messages: Message[],
): void {
  if (b.keepTokens) pushToken(b, { kind: "class-instance", raw, name, value, position: position.get() });
  b.allClasses++;
  if (name.toLowerCase() === "uid") {
    b.uidLikeClasses++;
    messages.push(
      rockMessage(
        "uid-read-as-class",
        `rock reads ${raw} as a class instance identifier, not as a uid; write [[uid=${value}]]`,
        position.get(),
        { file: place.file, actual: raw, expected: [`[[uid=${value}]]`] },
      ),
    );
    if (name === "uid") return; // rock drops the class named exactly "uid"
  }
  if (b.scan.classes.some(([n]) => n === name)) {
    messages.push(
      rockMessage(
        "duplicate-class-instance",
        `Class "${name}" is set twice on this line; rock uses the first`,
        position.get(),
        {
          file: place.file,
          actual: raw,
        },
      ),
    );
    return;
  }
  if (b.scan.classes === EMPTY_CLASSES) b.scan.classes = [];
  b.scan.classes.push([name, value]);
}

function addCode(
  b: Builder,
  kind: "code" | "ci-code",
  code: string,
  range: string | undefined,
  raw: string,
  position: LazyPosition,
  place: LinePlace,
  messages: Message[],
): void {
  if (kind === "code") {
    if (b.scan.codes === EMPTY_CODES) b.scan.codes = [];
    b.scan.codes.push(code);
  } else {
    if (b.scan.ciCodes === EMPTY_CODES) b.scan.ciCodes = [];
    b.scan.ciCodes.push(code);
  }
  if (b.keepTokens) pushToken(b, { kind, raw, name: code, value: "", position: position.get() });
  if (range) {
    messages.push(
      rockMessage(
        "code-range-suffix",
        `rock reads ${raw} as code "${code}" followed by the range "${range.trim()}"`,
        position.get(),
        { file: place.file, actual: raw },
      ),
    );
  }
}

function addCodeValue(b: Builder, name: string, value: string, raw: string, position: LazyPosition): void {
  if (b.scan.codeValues === EMPTY_VALUES) b.scan.codeValues = {};
  if (!Object.hasOwn(b.scan.codeValues, name)) b.scan.codeValues[name] = value;
  if (b.keepTokens) pushToken(b, { kind: "code-value", raw, name, value, position: position.get() });
}

const NUMBER = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/;

function addNetwork(
  b: Builder,
  m: RegExpExecArray,
  raw: string,
  lazy: LazyPosition,
  place: LinePlace,
  messages: Message[],
): void {
  const position = lazy.get();
  const code: NetworkCode = { from: m[1]!, to: m[2]!, type: m[3]!, raw, position };
  const written = m[4] === undefined ? "" : m[4].replace(/\|\|/g, "");
  const range = m[5];
  if (written !== "") {
    if (NUMBER.test(written)) {
      code.weight = Number(written);
      if (written.includes(".")) {
        messages.push(
          rockMessage(
            "decimal-weight",
            `rock 0.9.6 does not read ${raw} (decimal weight); later rock versions do`,
            position,
            {
              severity: "info",
              file: place.file,
              actual: raw,
            },
          ),
        );
      }
    } else {
      messages.push(
        rockMessage(
          "non-numeric-weight",
          `The weight "${written}" of ${raw} is not a number; it is ignored`,
          position,
          {
            file: place.file,
            actual: raw,
          },
        ),
      );
    }
  } else if (range?.trim().startsWith("-")) {
    messages.push(
      rockMessage(
        "negative-weight-ignored",
        `rock reads "${range.trim()}" in ${raw} as a range, not a weight, so the edge gets the default weight; put valence in the type (e.g. causal_neg)`,
        position,
        { file: place.file, actual: raw },
      ),
    );
  }
  if (b.scan.networkCodes === EMPTY_NETWORK) b.scan.networkCodes = [];
  b.scan.networkCodes.push(code);
  if (b.keepTokens) pushToken(b, { kind: "network-code", raw, name: code.from, value: code.to, position });
}

const CLASS_LIKE = /^\s*[^\s=:|>]+\s*[=:]/;
const CODE_LIKE = /^\s*[\p{L}\p{N}_>.-]+\s*$/u;

function addUnparsed(
  b: Builder,
  raw: string,
  inner: string,
  lazy: LazyPosition,
  place: LinePlace,
  messages: Message[],
): void {
  const position = lazy.get();
  if (b.keepTokens) pushToken(b, { kind: "unparsed", raw, name: inner, value: "", position });
  const [ruleId, expected, why] = inner.includes("->")
    ? (["invalid-network-code", ["[[from->to||type||weight]]"], "no network-code pattern reads it"] as const)
    : inner.includes("||")
      ? (["invalid-code-value", ["[[name||value]]"], "no code-value pattern reads it"] as const)
      : CLASS_LIKE.test(inner)
        ? ([
            "invalid-class-instance",
            ["[[class=id]] with class [A-Za-z][A-Za-z0-9_]* and id [A-Za-z0-9_]+"],
            "class instance ids may only hold A-Z, a-z, 0-9 and _",
          ] as const)
        : CODE_LIKE.test(inner)
          ? (["invalid-code", ["[A-Za-z][A-Za-z0-9_>]*"], "codes may only hold A-Z, a-z, 0-9, _ and >"] as const)
          : ([
              "unparsed-token",
              ["a ROCK code, class instance, code value, network code or uid"],
              "it matches no ROCK rule",
            ] as const);
  messages.push(
    rockMessage(ruleId, `Token ${raw} is not read by rock (${why}); it stays in the utterance text`, position, {
      file: place.file,
      actual: raw,
      expected: [...expected],
    }),
  );
}

function finish(b: Builder, cleaned: string, hasContent: boolean, place: LinePlace, messages: Message[]): LineScan {
  const s = b.scan;
  if (b.uidCount > 0) {
    if (b.uidCount > 1) {
      messages.push(
        rockMessage(
          "multiple-uids",
          `This line has ${b.uidCount} uids; rock uses the last, "${s.uid}"`,
          linePosition(place, b.firstUidStart, b.firstUidEnd),
          {
            file: place.file,
          },
        ),
      );
    }
  }
  // rock leaves out every class when all classes on a line are spelled like "uid".
  if (b.uidLikeClasses > 0 && b.uidLikeClasses === b.allClasses) s.classes = EMPTY_CLASSES;
  // An array grown by push keeps spare slots; an exact copy is smaller to keep for every utterance.
  if (s.codes.length > 0) s.codes = s.codes.slice();
  const n = nesting(trimR(cleaned));
  s.text = n.text;
  s.nestingLevel = n.nestingLevel;
  s.hasContent = hasContent;
  return s;
}

/** rock's nesting: count `~` in the leading run of `~` and whitespace, then strip that run. */
function nesting(text: string): { text: string; nestingLevel: number } {
  if (text.charCodeAt(0) !== 126) return { text, nestingLevel: 0 };
  let i = 0;
  let level = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 126) level++;
    else if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11)) break;
    i++;
  }
  return { text: text.slice(i), nestingLevel: level };
}

/** A string with, per character, its index in the original line. */
interface Mapped {
  s: string;
  map: number[];
}

/**
 * The exact path: rock's patterns applied one after the other to the whole line, each match deleted
 * before the next pattern runs (used for lines with stray brackets, where tokens may nest or overlap).
 */
function scanExact(b: Builder, raw: string, place: LinePlace, messages: Message[]): LineScan {
  const at = (cur: Mapped, m: RegExpMatchArray): LazyPosition => {
    const start = cur.map[m.index!]!;
    const end = cur.map[m.index! + m[0].length - 1]! + 1;
    return new LazyPosition(place, start, end);
  };
  const original = (p: LazyPosition): string => {
    const q = p.get();
    return raw.slice(q.start.column - 1, q.end.column - 1);
  };
  let cur: Mapped = { s: raw, map: Array.from(raw, (_, i) => i) };
  // Class instances are read from the raw line, then the identifiers are deleted.
  for (const m of cur.s.matchAll(CLASS_INSTANCE_REGEX)) {
    const p = at(cur, m);
    addClass(b, m[1]!, m[2]!, original(p), p, place, messages);
  }
  cur = remove(cur, CASE_ID_REGEX);
  cur = remove(cur, CLASS_INSTANCE_REGEX);
  const hasContent = cur.s.length > 0;
  const steps: Array<[RegExp, (m: RegExpMatchArray, raw: string, p: LazyPosition) => void]> = [
    [CODE_REGEX, (m, r, p) => addCode(b, "code", m[1]!, m[2], r, p, place, messages)],
    [CI_CODE_REGEX, (m, r, p) => addCode(b, "ci-code", m[1]!, m[2], r, p, place, messages)],
    [CODE_VALUE_REGEX, (m, r, p) => addCodeValue(b, m[1]!, m[2] ?? "", r, p)],
    [NETWORK_CODE_REGEX, (m, r, p) => addNetwork(b, m as RegExpExecArray, r, p, place, messages)],
  ];
  for (const [regex, add] of steps) {
    for (const m of cur.s.matchAll(regex)) {
      const p = at(cur, m);
      add(m, original(p), p);
    }
    cur = remove(cur, regex);
  }
  for (const m of cur.s.matchAll(UID_REGEX)) {
    const p = at(cur, m);
    addUid(b, m[1]!, original(p), p.start, p.end, place);
  }
  cur = remove(cur, UID_REGEX);
  reportLeftovers(b, cur, raw, place, messages);
  if (b.scan.tokens !== EMPTY_TOKENS) b.scan.tokens.sort((x, y) => x.position.start.offset - y.position.start.offset);
  return finish(b, cur.s, hasContent, place, messages);
}

function remove(cur: Mapped, regex: RegExp): Mapped {
  let s = "";
  const map: number[] = [];
  let last = 0;
  for (const m of cur.s.matchAll(regex)) {
    s += cur.s.slice(last, m.index);
    for (let i = last; i < m.index!; i++) map.push(cur.map[i]!);
    last = m.index! + m[0].length;
  }
  if (last === 0) return cur;
  s += cur.s.slice(last);
  for (let i = last; i < cur.s.length; i++) map.push(cur.map[i]!);
  return { s, map };
}

const LEFTOVER = /\[\[(.*?)\]\]/g;

function reportLeftovers(b: Builder, cur: Mapped, raw: string, place: LinePlace, messages: Message[]): void {
  let last = 0;
  for (const m of cur.s.matchAll(LEFTOVER)) {
    const start = cur.map[m.index!]!;
    const end = cur.map[m.index! + m[0].length - 1]! + 1;
    addUnparsed(b, raw.slice(start, end), m[1] ?? "", new LazyPosition(place, start, end), place, messages);
    last = m.index! + m[0].length;
  }
  const open = cur.s.indexOf("[[", last);
  if (open !== -1) {
    const start = cur.map[open]!;
    messages.push(
      rockMessage(
        "unclosed-token",
        "This [[ is never closed with ]]; rock leaves it in the utterance text",
        linePosition(place, start, start + 2),
        {
          file: place.file,
        },
      ),
    );
  }
}
