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
  const { lines, eols } = concrete;
  const utterances = value.utterances;
  // Utterances and other lines are both in line order: merge them by line number.
  let u = 0;
  let c = 0;
  for (let i = 0; i < eols.length; i++) {
    const n = i + 1;
    if (c < lines.length && lines[c]!.line === n) parts.push(lines[c++]!.raw);
    else if (u < utterances.length && utterances[u]!.line === n) parts.push(utterances[u++]!.raw);
    parts.push(eols[i]!);
  }
  return parts.join("");
}
