import { errorPrefix, InvalidArgumentsError } from "@verlicht/core";
import { findUtterance, trimEndSpaces, type UtteranceRef, withRawLines } from "./edit-utterance.js";
import type { RockSource } from "./types.js";

const CODE = /^[a-zA-Z][a-zA-Z0-9_>]*$/;

/**
 * Add a code `[[code]]` at the end of an utterance line (where rock and iROCK put codes). Pure: returns a
 * new source; nothing else on the line or in the file changes. Adding a code the line already has
 * returns the source unchanged.
 *
 * @param source A parsed source.
 * @param ref The utterance: index, `{uid}` or `{line}`.
 * @param code A code rock can read: `[A-Za-z][A-Za-z0-9_>]*`, e.g. `zorg>mantelzorg`.
 * @returns The new source.
 * @throws {InvalidArgumentsError} when the code is not readable by rock.
 * @throws {NotFoundError} when the utterance does not exist.
 * @example
 * ```ts
 * const next = addCode(source, {uid: "7zs2xyfy"}, "moeheid");
 * serializeSource(next); // "... [[moeheid]]"
 * ```
 */
export function addCode(source: RockSource, ref: UtteranceRef, code: string): RockSource {
  if (typeof code !== "string" || !CODE.test(code)) {
    throw new InvalidArgumentsError(
      `${errorPrefix("rock", "addCode")}expected a code of the form [A-Za-z][A-Za-z0-9_>]* (rock 0.9.6), got ${JSON.stringify(code)}`,
    );
  }
  const index = findUtterance(source, ref, "addCode");
  const u = source.utterances[index]!;
  if (u.codes.includes(code)) return source;
  const trimmed = trimEndSpaces(u.raw);
  const raw = `${trimmed}${trimmed.length > 0 ? " " : ""}[[${code}]]${u.raw.slice(trimmed.length)}`;
  return withRawLines(source, new Map([[index, raw]]));
}
