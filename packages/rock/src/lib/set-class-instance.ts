import { errorPrefix, InvalidArgumentsError } from "@verlicht/core";
import { findUtterance, type UtteranceRef, withRawLines } from "./edit-utterance.js";
import { readTokens } from "./read-tokens.js";
import type { RockSource } from "./types.js";

const CLASS = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const ID = /^[a-zA-Z0-9_]+$/;

/**
 * Set (or, with `null`, remove) a class instance identifier `[[class=id]]` on an utterance line. As in
 * rock, class instances are persistent, so the value holds for the following lines until a new one.
 * An existing token of that class on the line is rewritten in place; otherwise the token is inserted
 * after the line's uid (or at its start). Pure: returns a new source.
 *
 * @param source A parsed source.
 * @param ref The utterance: index, `{uid}` or `{line}`.
 * @param className Class, e.g. `cid` or `coderId` (`[A-Za-z][A-Za-z0-9_]*`, not `uid`).
 * @param id Instance id (`[A-Za-z0-9_]+`), or `null` to remove the class's token from the line.
 * @returns The new source.
 * @throws {InvalidArgumentsError} when the class or id cannot be read by rock.
 * @throws {NotFoundError} when the utterance does not exist.
 */
export function setClassInstance(
  source: RockSource,
  ref: UtteranceRef,
  className: string,
  id: string | null,
): RockSource {
  const prefix = errorPrefix("rock", "setClassInstance");
  if (typeof className !== "string" || !CLASS.test(className) || className.toLowerCase() === "uid") {
    throw new InvalidArgumentsError(
      `${prefix}expected a class name [A-Za-z][A-Za-z0-9_]* other than uid, got ${JSON.stringify(className)}`,
    );
  }
  if (id !== null && (typeof id !== "string" || !ID.test(id))) {
    throw new InvalidArgumentsError(
      `${prefix}expected an id of A-Z, a-z, 0-9 and _ (rock cannot read others), got ${JSON.stringify(id)}`,
    );
  }
  const index = findUtterance(source, ref, "setClassInstance");
  const u = source.utterances[index]!;
  const tokens = readTokens(u.raw);
  const own = tokens.filter((t) => t.kind === "class-instance" && t.name === className);
  let raw = u.raw;
  if (own.length > 0) {
    for (const [k, t] of [...own.entries()].reverse()) {
      let start = t.position.start.column - 1;
      const end = t.position.end.column - 1;
      if (id !== null && k === 0) {
        raw = `${raw.slice(0, start)}[[${className}=${id}]]${raw.slice(end)}`;
        continue;
      }
      if (start > 0 && raw[start - 1] === " ") start--;
      else if (raw[end] === " ") raw = raw.slice(0, end) + raw.slice(end + 1);
      raw = raw.slice(0, start) + raw.slice(end);
    }
  } else if (id !== null) {
    const uid = tokens.find((t) => t.kind === "uid");
    const at = uid ? uid.position.end.column - 1 : 0;
    const token = `[[${className}=${id}]]`;
    raw = uid ? `${raw.slice(0, at)} ${token}${raw.slice(at)}` : `${token}${raw.length > 0 ? " " : ""}${raw}`;
  }
  if (raw === u.raw) return source;
  return withRawLines(source, new Map([[index, raw]]));
}
