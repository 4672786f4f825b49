import { CLASS_ALIASES } from "./compute-support.js";
import type { RockAttributes, RockSource } from "./rock-types.js";

/**
 * Create a function that returns the `ROCK_attributes` in force for a set of class instances.
 *
 * Attributes of all sources are pooled (rock's `parse_sources` does the same, so an attributes file
 * can sit beside the transcripts). An entry applies when at least one of its keys names a class in
 * force (directly or through rock's aliases, `cid` = `caseId`) and every such key has the same value.
 * When several entries apply and disagree, the first wins (as in rock). Values are strings.
 */
export function createAttributeJoiner(
  sources: ReadonlyArray<RockSource>,
): (classInstances: Readonly<Record<string, string>>) => Record<string, string> {
  const entries: RockAttributes[] = [];
  for (const s of sources) for (const a of s.attributes ?? []) entries.push(a);
  const cache = new Map<string, Record<string, string>>();
  const inForceValue = (ci: Readonly<Record<string, string>>, key: string): string | undefined => {
    if (ci[key] !== undefined) return ci[key];
    for (const [alias, column] of Object.entries(CLASS_ALIASES)) {
      if (column === key && ci[alias] !== undefined) return ci[alias];
      if (alias === key && ci[column] !== undefined) return ci[column];
    }
    return undefined;
  };
  return (classInstances) => {
    if (entries.length === 0) return {};
    const cacheKey = Object.keys(classInstances)
      .sort()
      .map((k) => `${k}\u0000${classInstances[k]}`)
      .join("\u0001");
    const hit = cache.get(cacheKey);
    if (hit) return hit;
    const out: Record<string, string> = {};
    for (const entry of entries) {
      let matched = false;
      let conflict = false;
      for (const [key, raw] of Object.entries(entry)) {
        const inForce = inForceValue(classInstances, key);
        if (inForce === undefined) continue;
        if (inForce === String(raw)) matched = true;
        else conflict = true;
      }
      if (!matched || conflict) continue;
      for (const [key, raw] of Object.entries(entry)) if (!(key in out)) out[key] = String(raw);
    }
    cache.set(cacheKey, out);
    return out;
  };
}
