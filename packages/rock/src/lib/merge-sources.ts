import type { ParseResult } from "@verlicht/core";
import { type MergeCodersOptions, mergeCoders } from "./merge-coders.js";
import { serializeSource } from "./serialize-source.js";
import type { RockSource } from "./types.js";

/**
 * rock's `merge_sources`: the primary coder's source with every code the secondary coders added to the
 * same utterances (matched by uid) appended to its lines, as text ready to write. The agreement between
 * the coders is in {@link mergeCoders}, which this uses.
 *
 * @param primary The primary coder's parsed source (its text is kept).
 * @param secondaries The other coders' parsed sources of the same transcript.
 * @param options Coder ids and locale, as for {@link mergeCoders}.
 * @returns The merged text and messages.
 */
export function mergeSources(
  primary: RockSource,
  secondaries: ReadonlyArray<RockSource>,
  options?: Omit<MergeCodersOptions, "primary"> | null,
): ParseResult<string> {
  const merged = mergeCoders([primary, ...secondaries], { ...options, primary: 0 });
  return { value: serializeSource(merged.value.merged), messages: merged.messages };
}
