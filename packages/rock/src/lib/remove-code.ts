import { findUtterance, type UtteranceRef, withRawLines } from "./edit-utterance.js";
import { readTokens } from "./read-tokens.js";
import type { RockSource } from "./types.js";

/**
 * Remove every `[[code]]` token of one code (as written, e.g. `parent>child`) from an utterance line,
 * with the space before it. Pure: returns a new source; a code that is not on the line leaves the source
 * unchanged.
 *
 * @param source A parsed source.
 * @param ref The utterance: index, `{uid}` or `{line}`.
 * @param code The code string as written.
 * @returns The new source.
 * @throws {NotFoundError} when the utterance does not exist.
 */
export function removeCode(source: RockSource, ref: UtteranceRef, code: string): RockSource {
  const index = findUtterance(source, ref, "removeCode");
  const u = source.utterances[index]!;
  if (!u.codes.includes(code)) return source;
  let raw = u.raw;
  const tokens = readTokens(u.raw).filter((t) => t.kind === "code" && t.name === code);
  for (const t of tokens.reverse()) {
    let start = t.position.start.column - 1;
    const end = t.position.end.column - 1;
    if (start > 0 && (raw[start - 1] === " " || raw[start - 1] === "\t")) start--;
    raw = raw.slice(0, start) + raw.slice(end);
  }
  return withRawLines(source, new Map([[index, raw]]));
}
