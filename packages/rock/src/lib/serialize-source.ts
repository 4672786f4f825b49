import { errorPrefix, InvalidArgumentsError } from "@verlicht/core";
import type { RockSource } from "./types.js";

const PREFIX = errorPrefix("rock", "serializeSource");

/**
 * Write a parsed source back to text. Without changes the result is the original text byte for byte
 * (line endings, comments, YAML, spacing and unread tokens included); utterance lines are taken from
 * `utterances[i].raw`, so edits made with {@link addCode}, {@link removeCode} or {@link setClassInstance}
 * (or by setting `raw`) are written.
 *
 * @param value A source from `parseSource`.
 * @returns The text.
 * @throws {InvalidArgumentsError} when `value` has no concrete syntax layer (not made by `parseSource`).
 */
export function serializeSource(value: RockSource): string {
  const concrete = value?.concrete;
  if (!concrete || !Array.isArray(concrete.lines)) {
    throw new InvalidArgumentsError(`${PREFIX}expected a RockSource made by parseSource (with a \`concrete\` layer)`);
  }
  const parts: string[] = concrete.bom ? ["\uFEFF"] : [];
  let u = 0;
  for (const line of concrete.lines) {
    if (line.kind === "utterance") {
      const utterance = value.utterances[u++];
      parts.push(utterance ? utterance.raw : line.raw);
    } else parts.push(line.raw);
    parts.push(line.eol);
  }
  return parts.join("");
}
