import type { Valence } from "@verlicht/core";
import type { QnaNetwork } from "./types.js";

/** Parallel edges from one node to one other node. */
export interface AdjacencyLink {
  /** Index of the target node. */
  to: number;
  /** The parallel edges, sorted by key. */
  edges: Array<{ key: string; valence: Valence }>;
}

/** A node-level view of a multigraph, nodes sorted by key (code-unit order). */
export interface Adjacency {
  /** Node keys, sorted. */
  nodes: string[];
  /** Key → index. */
  index: Map<string, number>;
  /** Outgoing links per node (self-loops excluded), sorted by target index. */
  out: AdjacencyLink[][];
  /** Incoming neighbour indices per node (self-loops excluded). */
  inn: number[][];
  /** Self-loop edges per node. */
  selfLoops: Array<Array<{ key: string; valence: Valence }>>;
}

/** Compare strings by UTF-16 code units (locale-independent, so results are reproducible). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Build the node-level adjacency of a network, keeping only edges whose type passes `types` (all when null). */
export function indexAdjacency(network: QnaNetwork, types?: ReadonlyArray<string> | null): Adjacency {
  const allowed = types ? new Set(types) : null;
  const nodes = network.nodes().sort(compareKeys);
  const index = new Map(nodes.map((n, i) => [n, i] as const));
  const outMaps: Array<Map<number, AdjacencyLink>> = nodes.map(() => new Map());
  const selfLoops: Adjacency["selfLoops"] = nodes.map(() => []);
  network.forEachEdge((key, attrs, source, target) => {
    if (allowed && !allowed.has(attrs.type)) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    const edge = { key, valence: attrs.valence };
    if (s === t) return void selfLoops[s]!.push(edge);
    let link = outMaps[s]!.get(t);
    if (!link) {
      link = { to: t, edges: [] };
      outMaps[s]!.set(t, link);
    }
    link.edges.push(edge);
  });
  const inn: number[][] = nodes.map(() => []);
  const out = outMaps.map((m, s) => {
    const links = [...m.values()].sort((a, b) => a.to - b.to);
    for (const link of links) {
      link.edges.sort((a, b) => compareKeys(a.key, b.key));
      inn[link.to]!.push(s);
    }
    return links;
  });
  for (const list of selfLoops) list.sort((a, b) => compareKeys(a.key, b.key));
  return { nodes, index, out, inn, selfLoops };
}

/**
 * Net valence of a chain of edges: the product of the valences; null when any edge is not causal
 * (valence null), else 0 when any edge has an unknown sign (0).
 */
export function chainValence(valences: ReadonlyArray<Valence>): Valence {
  let product = 1;
  let unknown = false;
  for (const v of valences) {
    if (v === null) return null;
    if (v === 0) unknown = true;
    else product *= v;
  }
  return unknown ? 0 : (product as 1 | -1);
}

/**
 * Every combination of one edge per step (parallel edges of different types give different chains),
 * in lexicographic order of the edge keys. Stops after `limit` combinations.
 */
export function expandEdgeChoices(
  steps: ReadonlyArray<ReadonlyArray<{ key: string; valence: Valence }>>,
  limit: number,
  emit: (keys: string[], valences: Valence[]) => void,
): number {
  let count = 0;
  const keys: string[] = [];
  const valences: Valence[] = [];
  const walk = (i: number): boolean => {
    if (count >= limit) return false;
    if (i === steps.length) {
      emit([...keys], [...valences]);
      count++;
      return true;
    }
    for (const edge of steps[i]!) {
      keys.push(edge.key);
      valences.push(edge.valence);
      const go = walk(i + 1);
      keys.pop();
      valences.pop();
      if (!go) return false;
    }
    return true;
  };
  walk(0);
  return count;
}
