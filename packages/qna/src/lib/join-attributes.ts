import { CLASS_ALIASES } from "./compute-support.js";
import type { RockAttributes, RockSource } from "./network-source.js";

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
  // Index entries by (key, value) so that a lookup only visits the entries that can apply.
  const byPair = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    for (const [key, raw] of Object.entries(entry)) {
      const id = `${key}\u0000${String(raw)}`;
      const list = byPair.get(id);
      if (list) list.push(i);
      else byPair.set(id, [i]);
    }
  });
  const aliasesOf = new Map<string, string[]>();
  for (const [alias, column] of Object.entries(CLASS_ALIASES)) {
    aliasesOf.set(alias, [...(aliasesOf.get(alias) ?? []), column]);
    aliasesOf.set(column, [...(aliasesOf.get(column) ?? []), alias]);
  }
  const inForceValue = (ci: Readonly<Record<string, string>>, key: string): string | undefined => {
    if (ci[key] !== undefined) return ci[key];
    for (const other of aliasesOf.get(key) ?? []) if (ci[other] !== undefined) return ci[other];
    return undefined;
  };
  const cache = new Map<string, Record<string, string>>();
  const byObject = new WeakMap<object, Record<string, string>>();
  return (classInstances) => {
    if (entries.length === 0) return {};
    const seen = byObject.get(classInstances);
    if (seen) return seen;
    let cacheKey = "";
    for (const k in classInstances) cacheKey += `${k}\u0000${classInstances[k]}\u0001`;
    const hit = cache.get(cacheKey);
    if (hit) {
      byObject.set(classInstances, hit);
      return hit;
    }
    const candidates = new Set<number>();
    for (const [k, v] of Object.entries(classInstances)) {
      for (const name of [k, ...(aliasesOf.get(k) ?? [])]) {
        for (const i of byPair.get(`${name}\u0000${v}`) ?? []) candidates.add(i);
      }
    }
    const out: Record<string, string> = {};
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const entry = entries[i]!;
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
    byObject.set(classInstances, out);
    return out;
  };
}
