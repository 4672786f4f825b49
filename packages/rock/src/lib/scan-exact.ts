import type { Message } from "@verlicht/core";
import { findLeftovers, findTokens, type TokenMatch } from "./find-tokens.js";
import { rockMessage } from "./messages.js";
import {
  CASE_ID_TOKEN,
  CI_CODE_TOKEN,
  CLASS_INSTANCE_TOKEN,
  CODE_TOKEN,
  CODE_VALUE_TOKEN,
  NETWORK_CODE_TOKEN,
  UID_TOKEN,
} from "./patterns.js";
import {
  type Builder,
  EMPTY_TOKENS,
  finish,
  LazyPosition,
  type LinePlace,
  type LineScan,
  linePosition,
} from "./scan-builder.js";
import { addClass, addCode, addCodeValue, addNetwork, addUid, addUnparsed } from "./scan-tokens.js";

/** A string with, per character, its index in the original line. */
interface Mapped {
  s: string;
  map: number[];
}

/**
 * The exact path: rock's patterns applied one after the other to the whole line, each match deleted
 * before the next pattern runs (used for lines with stray brackets, where tokens may nest or overlap).
 * Every pass is linear in the line's length (see `findTokens`).
 */
export function scanExact(b: Builder, raw: string, place: LinePlace, messages: Message[]): LineScan {
  const at = (cur: Mapped, m: TokenMatch): LazyPosition => {
    const start = cur.map[m.index]!;
    const end = cur.map[m.end - 1]! + 1;
    return new LazyPosition(place, start, end);
  };
  const original = (p: LazyPosition): string => raw.slice(p.start, p.end);
  let cur: Mapped = { s: raw, map: Array.from(raw, (_, i) => i) };
  // Class instances are read from the raw line, then the identifiers are deleted.
  const classes = findTokens(cur.s, CLASS_INSTANCE_TOKEN);
  for (const m of classes) {
    const p = at(cur, m);
    addClass(b, m.groups.class!, m.groups.id!, original(p), p, place, messages);
  }
  cur = remove(cur, findTokens(cur.s, CASE_ID_TOKEN));
  cur = remove(cur, findTokens(cur.s, CLASS_INSTANCE_TOKEN));
  const hasContent = cur.s.length > 0;
  const steps: Array<[RegExp, boolean, (m: TokenMatch, raw: string, p: LazyPosition) => void]> = [
    [CODE_TOKEN, false, (m, r, p) => addCode(b, "code", m.groups.code!, m.groups.range, r, p, place, messages)],
    [CI_CODE_TOKEN, false, (m, r, p) => addCode(b, "ci-code", m.groups.code!, m.groups.range, r, p, place, messages)],
    [CODE_VALUE_TOKEN, true, (m, r, p) => addCodeValue(b, m.groups.name!, m.groups.value ?? "", r, p)],
    [NETWORK_CODE_TOKEN, false, (m, r, p) => addNetwork(b, m.groups, r, p, place, messages)],
  ];
  for (const [token, openBracket, add] of steps) {
    const found = findTokens(cur.s, token, openBracket);
    for (const m of found) {
      const p = at(cur, m);
      add(m, original(p), p);
    }
    cur = remove(cur, found);
  }
  const uids = findTokens(cur.s, UID_TOKEN);
  for (const m of uids) {
    const p = at(cur, m);
    addUid(b, m.groups.id!, original(p), p.start, p.end, place);
  }
  cur = remove(cur, uids);
  reportLeftovers(b, cur, raw, place, messages);
  if (b.scan.tokens !== EMPTY_TOKENS) b.scan.tokens.sort((x, y) => x.position.start.offset - y.position.start.offset);
  return finish(b, cur.s, hasContent, place, messages);
}

function remove(cur: Mapped, found: TokenMatch[]): Mapped {
  if (found.length === 0) return cur;
  let s = "";
  const map: number[] = [];
  let last = 0;
  for (const m of found) {
    s += cur.s.slice(last, m.index);
    for (let i = last; i < m.index; i++) map.push(cur.map[i]!);
    last = m.end;
  }
  s += cur.s.slice(last);
  for (let i = last; i < cur.s.length; i++) map.push(cur.map[i]!);
  return { s, map };
}

function reportLeftovers(b: Builder, cur: Mapped, raw: string, place: LinePlace, messages: Message[]): void {
  let last = 0;
  for (const m of findLeftovers(cur.s)) {
    const start = cur.map[m.index]!;
    const end = cur.map[m.end - 1]! + 1;
    addUnparsed(b, raw.slice(start, end), m.inner, new LazyPosition(place, start, end), place, messages);
    last = m.end;
  }
  const open = cur.s.indexOf("[[", last);
  if (open !== -1) {
    const start = cur.map[open]!;
    messages.push(
      rockMessage("unclosed-token", {}, linePosition(place, start, start + 2), {
        file: place.file,
      }),
    );
  }
}
