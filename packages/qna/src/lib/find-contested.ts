import { compareKeys } from "./index-adjacency.js";
import type { QnaNetwork } from "./types.js";

/** A contested link: the same cause and effect coded with both signs. */
export interface ContestedLink {
  /** Cause. */
  from: string;
  /** Effect. */
  to: string;
  /** Keys of the signed edges (valence +1 or −1) from `from` to `to`, sorted. */
  edges: string[];
}

/**
 * Find the pairs (from, to) that are coded with both a positive (+1) and a negative (−1) valence,
 * e.g. `[[a->b||causal_pos]]` in one interview and `[[a->b||causal_neg]]` in another. Direction
 * matters (a→b and b→a are different pairs); edges with valence 0 or null do not count and are not
 * listed. Evidence is never netted: both edges stay in the network. Sorted by from, then to.
 *
 * @param network The network.
 * @returns The contested pairs.
 */
export function findContested(network: QnaNetwork): ContestedLink[] {
  const pairs = new Map<string, { from: string; to: string; pos: boolean; neg: boolean; edges: string[] }>();
  network.forEachEdge((key, attrs, from, to) => {
    if (attrs.valence !== 1 && attrs.valence !== -1) return;
    const id = `${from}\u0000${to}`;
    let p = pairs.get(id);
    if (!p) {
      p = { from, to, pos: false, neg: false, edges: [] };
      pairs.set(id, p);
    }
    if (attrs.valence === 1) p.pos = true;
    else p.neg = true;
    p.edges.push(key);
  });
  return [...pairs.values()]
    .filter((p) => p.pos && p.neg)
    .map((p) => ({ from: p.from, to: p.to, edges: p.edges.sort(compareKeys) }))
    .sort((a, b) => compareKeys(a.from, b.from) || compareKeys(a.to, b.to));
}
