import { errorPrefix, InvalidArgumentsError, NotFoundError, type Valence } from "@verlicht/core";
import { chainValence, compareKeys, expandEdgeChoices, indexAdjacency } from "./index-adjacency.js";
import { holderOf } from "./trace-threads.js";
import type { QnaNetwork } from "./types.js";

const PREFIX = errorPrefix("qna", "findPaths");

/** Options of {@link findPaths}. */
export interface FindPathsOptions {
  /** Longest path, in edges (default 6). */
  maxLength?: number | undefined;
  /** Stop after this many paths (default: no limit). */
  limit?: number | undefined;
  /** Follow only edges of these types (default: all). */
  types?: ReadonlyArray<string> | null | undefined;
  /**
   * Thread tracing: keep only paths that one source (`source`) or one case (`case`) states link by link,
   * so that a chain is not stitched together from different people's claims (Causal Map's guard against
   * the "transitivity trap"). Default null: any path.
   */
  thread?: "source" | "case" | null | undefined;
}

/** Defaults of {@link findPaths}. */
export const DEFAULT_FIND_PATHS_OPTIONS = Object.freeze({
  maxLength: 6,
  limit: Number.POSITIVE_INFINITY,
  types: null,
  thread: null,
});

/** One path. */
export interface NetworkPath {
  /** Node keys from `from` to `to`. */
  nodes: string[];
  /** Edge keys, one per step (`nodes.length - 1`). */
  edges: string[];
  /** Product of the edge valences: null if any edge is not causal, 0 if any sign is unknown. */
  valence: Valence;
}

/** Check a length/limit option. */
export function checkCount(prefix: string, name: string, value: number, min: number): void {
  if (!(value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && value >= min))) {
    throw new InvalidArgumentsError(`${prefix}expected \`${name}\` to be a whole number ≥ ${min}, got ${value}`);
  }
}

/**
 * Find every simple path (no node twice) from `from` to `to` of at most `maxLength` edges.
 * Parallel edges of different types are different paths: a→b coded both `causal_pos` and
 * `causal_neg` gives two paths a→b→c, one per combination, each with its own valence.
 * When `from === to` the paths are the loops through that node.
 * Results are sorted by length, then by node keys, then by edge keys.
 *
 * @param network The network.
 * @param from Start node key.
 * @param to End node key.
 * @param options See {@link FindPathsOptions}.
 * @returns The paths.
 */
export function findPaths(
  network: QnaNetwork,
  from: string,
  to: string,
  options?: FindPathsOptions | null,
): NetworkPath[] {
  const maxLength = options?.maxLength ?? DEFAULT_FIND_PATHS_OPTIONS.maxLength;
  const limit = options?.limit ?? DEFAULT_FIND_PATHS_OPTIONS.limit;
  checkCount(PREFIX, "maxLength", maxLength, 1);
  checkCount(PREFIX, "limit", limit, 0);
  for (const node of [from, to]) {
    if (!network.hasNode(node)) throw new NotFoundError(`${PREFIX}node "${node}" is not in the network`);
  }
  const adj = indexAdjacency(network, options?.types);
  const s = adj.index.get(from)!;
  const t = adj.index.get(to)!;
  // Distance (in edges) from every node to the target, to prune branches that cannot arrive in time.
  const dist = new Array<number>(adj.nodes.length).fill(Number.POSITIVE_INFINITY);
  dist[t] = 0;
  const queue = [t];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (const u of adj.inn[v]!) {
      if (dist[u] === Number.POSITIVE_INFINITY) {
        dist[u] = dist[v]! + 1;
        queue.push(u);
      }
    }
  }
  const results: NetworkPath[] = [];
  const threaded = createThreadCheck(network, options?.thread ?? null);
  const keep = (edges: string[]) => threaded === null || threaded(edges);
  if (s === t) {
    for (const edge of adj.selfLoops[s]!) {
      if (results.length < limit && keep([edge.key])) {
        results.push({ nodes: [from, to], edges: [edge.key], valence: edge.valence });
      }
    }
  }
  const onPath = new Uint8Array(adj.nodes.length);
  const path: number[] = [s];
  const steps: Array<Array<{ key: string; valence: Valence }>> = [];
  onPath[s] = 1;
  const visit = (v: number) => {
    for (const link of adj.out[v]!) {
      if (results.length >= limit) return;
      const w = link.to;
      if (w === t) {
        steps.push(link.edges);
        const nodes = [...path, t].map((i) => adj.nodes[i]!);
        expandEdgeChoices(steps, limit - results.length, (edges, valences) => {
          if (keep(edges)) results.push({ nodes, edges, valence: chainValence(valences) });
        });
        steps.pop();
        continue;
      }
      if (onPath[w] || path.length + dist[w]! > maxLength) continue;
      onPath[w] = 1;
      path.push(w);
      steps.push(link.edges);
      visit(w);
      steps.pop();
      path.pop();
      onPath[w] = 0;
    }
  };
  if (dist[s]! <= maxLength || s === t) visit(s);
  return results.sort(comparePaths);
}

/** Order paths by length, then node keys, then edge keys. */
export function comparePaths(a: { nodes: string[]; edges: string[] }, b: { nodes: string[]; edges: string[] }): number {
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  for (let i = 0; i < a.nodes.length; i++) {
    const c = compareKeys(a.nodes[i]!, b.nodes[i]!);
    if (c) return c;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const c = compareKeys(a.edges[i]!, b.edges[i]!);
    if (c) return c;
  }
  return 0;
}

/** For thread tracing: a check that one source (or case) cites every edge of a path, or null for none. */
function createThreadCheck(
  network: QnaNetwork,
  thread: "source" | "case" | null,
): ((edges: string[]) => boolean) | null {
  if (thread === null) return null;
  const fallback = network.getAttribute("caseFallback") ?? "source";
  const holders = new Map<string, Set<string>>();
  const holdersOf = (edge: string) => {
    let set = holders.get(edge);
    if (!set) {
      set = new Set();
      for (const c of network.getEdgeAttribute(edge, "citations")) {
        const key = holderOf(c, thread, fallback);
        if (key !== undefined) set.add(key);
      }
      holders.set(edge, set);
    }
    return set;
  };
  return (edges) => {
    let common: string[] = [...holdersOf(edges[0]!)];
    for (let i = 1; i < edges.length && common.length > 0; i++) {
      const next = holdersOf(edges[i]!);
      common = common.filter((h) => next.has(h));
    }
    return common.length > 0;
  };
}
