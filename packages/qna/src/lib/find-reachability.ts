import { errorPrefix, NotFoundError } from "@verlicht/core";
import { checkCount } from "./find-paths.js";
import { indexAdjacency } from "./index-adjacency.js";
import type { QnaNetwork } from "./types.js";

const PREFIX = errorPrefix("qna", "findReachability");

/** Options of {@link findReachability}. */
export interface FindReachabilityOptions {
  /** Start nodes (default: every node whose kind is `fromKind`). */
  from?: ReadonlyArray<string> | null | undefined;
  /** Target nodes (default: every node whose kind is `toKind`). */
  to?: ReadonlyArray<string> | null | undefined;
  /** Kind of the default start nodes (default `intervention`). */
  fromKind?: string | undefined;
  /** Kind of the default targets (default `goal`). */
  toKind?: string | undefined;
  /** Longest chain, in edges (default: no limit). */
  maxLength?: number | undefined;
  /** Follow only edges of these types (default: all). */
  types?: ReadonlyArray<string> | null | undefined;
}

/** Defaults of {@link findReachability}. */
export const DEFAULT_FIND_REACHABILITY_OPTIONS = Object.freeze({
  fromKind: "intervention",
  toKind: "goal",
  maxLength: Number.POSITIVE_INFINITY,
  types: null,
});

/** A target reached from a start node. */
export interface ReachedPair {
  /** Start node (intervention). */
  from: string;
  /** Target node (goal). */
  to: string;
  /** Fewest edges from `from` to `to`. */
  distance: number;
  /** One shortest chain of nodes (the first in key order). */
  path: string[];
}

/** Result of {@link findReachability}. */
export interface Reachability {
  /** The start nodes used, sorted. */
  from: string[];
  /** The targets used, sorted. */
  to: string[];
  /** Every reached (start, target) pair, sorted by start then target. */
  reached: ReachedPair[];
  /** Targets that no start node reaches: goals with no path from any intervention. */
  unreachedTargets: string[];
  /** Start nodes that reach no target: interventions with no chain to any goal. */
  idleSources: string[];
}

/**
 * Which goals can each intervention plausibly reach, through chains of coded links?
 * Breadth-first search along edge directions (every type by default), so `distance` is the fewest
 * steps. A start node that is also a target reaches itself at distance 0.
 *
 * @param network The network.
 * @param options See {@link FindReachabilityOptions}.
 * @returns Reached pairs, goals without any path, and interventions that reach no goal.
 */
export function findReachability(network: QnaNetwork, options?: FindReachabilityOptions | null): Reachability {
  const maxLength = options?.maxLength ?? DEFAULT_FIND_REACHABILITY_OPTIONS.maxLength;
  checkCount(PREFIX, "maxLength", maxLength, 0);
  const byKind = (kind: string) => network.filterNodes((_n, a) => a.kind === kind);
  const from = [...(options?.from ?? byKind(options?.fromKind ?? DEFAULT_FIND_REACHABILITY_OPTIONS.fromKind))].sort();
  const to = [...(options?.to ?? byKind(options?.toKind ?? DEFAULT_FIND_REACHABILITY_OPTIONS.toKind))].sort();
  for (const node of [...from, ...to]) {
    if (!network.hasNode(node)) throw new NotFoundError(`${PREFIX}node "${node}" is not in the network`);
  }
  const adj = indexAdjacency(network, options?.types);
  const targets = new Set(to.map((t) => adj.index.get(t)!));
  const reached: ReachedPair[] = [];
  const hit = new Set<string>();
  const idle: string[] = [];
  for (const start of from) {
    const s = adj.index.get(start)!;
    const parent = new Int32Array(adj.nodes.length).fill(-2);
    const depth = new Int32Array(adj.nodes.length);
    parent[s] = -1;
    const queue = [s];
    let found = 0;
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q]!;
      if (targets.has(v)) {
        const path: string[] = [];
        for (let u = v; u !== -1; u = parent[u]!) path.push(adj.nodes[u]!);
        reached.push({ from: start, to: adj.nodes[v]!, distance: depth[v]!, path: path.reverse() });
        hit.add(adj.nodes[v]!);
        found++;
      }
      if (depth[v]! >= maxLength) continue;
      for (const link of adj.out[v]!) {
        if (parent[link.to] !== -2) continue;
        parent[link.to] = v;
        depth[link.to] = depth[v]! + 1;
        queue.push(link.to);
      }
    }
    if (found === 0) idle.push(start);
  }
  reached.sort((a, b) => (a.from === b.from ? (a.to < b.to ? -1 : 1) : a.from < b.from ? -1 : 1));
  return { from, to, reached, unreachedTargets: to.filter((t) => !hit.has(t)), idleSources: idle };
}
