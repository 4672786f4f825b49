import { errorPrefix, InvalidArgumentsError, NotFoundError } from "@verlicht/core";
import { parseSource } from "./parse-source.js";
import type { RockSource, Utterance } from "./types.js";

/** Which utterance to edit: its index in `source.utterances`, its uid, or its line number. */
export type UtteranceRef = number | { uid: string } | { line: number };

/** Find the index of an utterance; throws NotFoundError when there is none. */
export function findUtterance(source: RockSource, ref: UtteranceRef, fn: string): number {
  const prefix = errorPrefix("rock", fn);
  if (!source || !Array.isArray(source.utterances)) {
    throw new InvalidArgumentsError(`${prefix}expected a RockSource made by parseSource`);
  }
  let index = -1;
  if (typeof ref === "number") index = Number.isInteger(ref) && ref >= 0 && ref < source.utterances.length ? ref : -1;
  else if (ref && "uid" in ref) index = source.utterances.findIndex((u) => u.uid === ref.uid);
  else if (ref && "line" in ref) index = source.utterances.findIndex((u) => u.line === ref.line);
  else
    throw new InvalidArgumentsError(
      `${prefix}expected an utterance index, {uid} or {line}, got ${JSON.stringify(ref)}`,
    );
  if (index === -1) throw new NotFoundError(`${prefix}no utterance matches ${JSON.stringify(ref)}`);
  return index;
}

/**
 * Replace the raw text of some utterance lines and read the source again, so that every derived field
 * (class instances carried over, trees, messages) stays consistent. Pure: the input is not changed.
 */
export function withRawLines(source: RockSource, changes: ReadonlyMap<number, string>): RockSource {
  if (changes.size === 0) return source;
  const utterances: Utterance[] = source.utterances.map((u, i) => {
    const raw = changes.get(i);
    return raw === undefined ? u : { ...u, raw };
  });
  const parts: string[] = source.concrete.bom ? ["\uFEFF"] : [];
  const { lines, eols } = source.concrete;
  let u = 0;
  let c = 0;
  for (let i = 0; i < eols.length; i++) {
    if (c < lines.length && lines[c]!.line === i + 1) parts.push(lines[c++]!.raw);
    else parts.push(utterances[u++]?.raw ?? "");
    parts.push(eols[i]!);
  }
  return parseSource(parts.join(""), { sourceId: source.sourceId }).value;
}

/** `s` without trailing spaces and tabs (a loop: `/[ \t]+$/` is quadratic on a long inner run of spaces). */
export function trimEndSpaces(s: string): string {
  let z = s.length;
  while (z > 0 && (s.charCodeAt(z - 1) === 32 || s.charCodeAt(z - 1) === 9)) z--;
  return s.slice(0, z);
}
