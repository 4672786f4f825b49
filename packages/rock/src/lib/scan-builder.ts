import type { Message, Position } from "@verlicht/core";
import { rockMessage } from "./messages.js";
import type { NetworkCode, RockToken } from "./types.js";

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

/** Trim the way R's `trimws` does: only space, tab, CR and LF. */
export function trimR(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isRSpace(s.charCodeAt(a))) a++;
  while (b > a && isRSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

export function isBlank(s: string, a: number, z: number): boolean {
  for (let i = a; i < z; i++) if (!isRSpace(s.charCodeAt(i))) return false;
  return true;
}

export function isRSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Position of `[start, end)` within a line. */
export function linePosition(place: LinePlace, start: number, end: number): Position {
  return {
    start: { line: place.line, column: start + 1, offset: place.offset + start },
    end: { line: place.line, column: end + 1, offset: place.offset + end },
  };
}

export interface Builder {
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

export function newBuilder(keepTokens: boolean): Builder {
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

export function pushToken(b: Builder, token: RockToken): void {
  if (!b.keepTokens) return;
  if (b.scan.tokens === EMPTY_TOKENS) b.scan.tokens = [];
  b.scan.tokens.push(token);
}

/*
 * Empty collections are shared and frozen: a large source has hundreds of thousands of utterances and
 * most have no code values, network codes or ci codes. The data is read-only; edits go through the API.
 */
export const EMPTY_CLASSES: Array<[string, string]> = Object.freeze([]) as unknown as Array<[string, string]>;
export const EMPTY_CODES: string[] = Object.freeze([]) as unknown as string[];
export const EMPTY_VALUES: Record<string, string> = Object.freeze({}) as Record<string, string>;
export const EMPTY_NETWORK: NetworkCode[] = Object.freeze([]) as unknown as NetworkCode[];
export const EMPTY_TOKENS: RockToken[] = Object.freeze([]) as unknown as RockToken[];

/** A position built only when somebody needs it (a message, a kept token, a network code). */
export class LazyPosition {
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

export function finish(
  b: Builder,
  cleaned: string,
  hasContent: boolean,
  place: LinePlace,
  messages: Message[],
): LineScan {
  const s = b.scan;
  if (b.uidCount > 0) {
    if (b.uidCount > 1) {
      messages.push(
        rockMessage(
          "multiple-uids",
          { count: b.uidCount, uid: s.uid },
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
export function nesting(text: string): { text: string; nestingLevel: number } {
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
