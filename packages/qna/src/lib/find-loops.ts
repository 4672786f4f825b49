import { errorPrefix } from "@verlicht/core";
import { checkCount, comparePaths } from "./find-paths.js";
import { findStronglyConnected } from "./find-strongly-connected.js";
import { type AdjacencyLink, chainValence, expandEdgeChoices, indexAdjacency } from "./index-adjacency.js";
import type { QnaNetwork } from "./types.js";

const PREFIX = errorPrefix("qna", "findLoops");

/** Options of {@link findLoops}. */
export interface FindLoopsOptions {
  /** Longest loop, in edges (default 8; `Infinity` for all). */
  maxLength?: number | undefined;
  /** Stop after this many loops (default: no limit). */
  limit?: number | undefined;
  /** Follow only edges of these types (default: all). */
  types?: ReadonlyArray<string> | null | undefined;
}

/** Defaults of {@link findLoops}. */
export const DEFAULT_FIND_LOOPS_OPTIONS = Object.freeze({ maxLength: 8, limit: Number.POSITIVE_INFINITY, types: null });

/** Polarity of a feedback loop. */
export type LoopPolarity = "reinforcing" | "balancing" | "unknown";

/** One feedback loop (elementary cycle). */
export interface NetworkLoop {
  /** Node keys around the loop, starting at the smallest key, the start not repeated at the end. */
  nodes: string[];
  /** Edge keys: `edges[i]` goes from `nodes[i]` to `nodes[i + 1]` (the last one back to `nodes[0]`). */
  edges: string[];
  /** `reinforcing` (product of valences +1), `balancing` (−1), `unknown` (an edge with valence 0 or null). */
  polarity: LoopPolarity;
}

/** Polarity from a net valence. */
export function polarityOf(valence: number | null): LoopPolarity {
  return valence === 1 ? "reinforcing" : valence === -1 ? "balancing" : "unknown";
}

/**
 * Enumerate the node cycles of one strongly connected component through its smallest node `s`
 * (Johnson 1975, iterative, with a length bound: a branch cut by the bound counts as "closed", so
 * its nodes are unblocked and can be reached again by a shorter route — blocking stays an optimisation).
 */
function circuitsThrough(
  s: number,
  out: ReadonlyArray<ReadonlyArray<AdjacencyLink>>,
  member: Uint8Array,
  maxLength: number,
  emit: (path: number[]) => boolean,
): boolean {
  const blocked = new Set<number>([s]);
  const B = new Map<number, Set<number>>();
  const closed = new Set<number>();
  const path = [s];
  const succ = (v: number) => out[v]!.filter((l) => member[l.to]).map((l) => l.to);
  const stack: Array<[number, number[]]> = [[s, succ(s)]];
  const unblock = (v: number) => {
    const todo = [v];
    while (todo.length) {
      const u = todo.pop()!;
      if (!blocked.delete(u)) continue;
      const list = B.get(u);
      if (list) {
        for (const w of list) todo.push(w);
        B.delete(u);
      }
    }
  };
  while (stack.length > 0) {
    const [v, nbrs] = stack[stack.length - 1]!;
    if (nbrs.length > 0) {
      const w = nbrs.pop()!;
      if (w === s) {
        if (!emit(path)) return false;
        for (const p of path) closed.add(p);
      } else if (!blocked.has(w)) {
        if (path.length < maxLength) {
          path.push(w);
          stack.push([w, succ(w)]);
          closed.delete(w);
          blocked.add(w);
          continue;
        }
        for (const p of path) closed.add(p);
      }
    }
    if (nbrs.length === 0) {
      if (closed.has(v)) unblock(v);
      else {
        for (const l of out[v]!) {
          if (!member[l.to]) continue;
          let set = B.get(l.to);
          if (!set) {
            set = new Set();
            B.set(l.to, set);
          }
          set.add(v);
        }
      }
      stack.pop();
      path.pop();
    }
  }
  return true;
}

/**
 * Find the feedback loops of a network: every elementary cycle (no node twice) of at most
 * `maxLength` edges, exactly once, with Johnson's algorithm per strongly connected component.
 * Parallel edges of different types give different loops (one per combination of edges), and a
 * self-loop `a -> a` is a loop of length 1. Polarity is the product of the edge valences.
 * Results are sorted by length, then node keys, then edge keys.
 *
 * @param network The network.
 * @param options See {@link FindLoopsOptions}.
 * @returns The loops.
 */
export function findLoops(network: QnaNetwork, options?: FindLoopsOptions | null): NetworkLoop[] {
  const maxLength = options?.maxLength ?? DEFAULT_FIND_LOOPS_OPTIONS.maxLength;
  const limit = options?.limit ?? DEFAULT_FIND_LOOPS_OPTIONS.limit;
  checkCount(PREFIX, "maxLength", maxLength, 1);
  checkCount(PREFIX, "limit", limit, 0);
  const adj = indexAdjacency(network, options?.types);
  const loops: NetworkLoop[] = [];
  adj.selfLoops.forEach((edges, v) => {
    for (const e of edges) {
      if (loops.length < limit) loops.push({ nodes: [adj.nodes[v]!], edges: [e.key], polarity: polarityOf(e.valence) });
    }
  });
  if (maxLength >= 2) {
    const succ = adj.out.map((links) => links.map((l) => l.to));
    const member = new Uint8Array(adj.nodes.length);
    const pending = findStronglyConnected(succ).filter((c) => c.length > 1);
    while (pending.length > 0 && loops.length < limit) {
      const component = pending.pop()!;
      const s = component[0]!;
      for (const v of component) member[v] = 1;
      const go = circuitsThrough(s, adj.out, member, maxLength, (path) => {
        const steps = path.map((v, i) => {
          const next = i + 1 < path.length ? path[i + 1]! : s;
          return adj.out[v]!.find((l) => l.to === next)!.edges;
        });
        const nodes = path.map((v) => adj.nodes[v]!);
        expandEdgeChoices(steps, limit - loops.length, (edges, valences) =>
          loops.push({ nodes, edges, polarity: polarityOf(chainValence(valences)) }),
        );
        return loops.length < limit;
      });
      for (const v of component) member[v] = 0;
      if (!go) break;
      // Remove s and look for cycles in what remains of the component.
      const rest = new Uint8Array(adj.nodes.length);
      const remaining = component.filter((v) => v !== s);
      for (const v of remaining) rest[v] = 1;
      for (const c of findStronglyConnected(succ, rest, remaining)) if (c.length > 1) pending.push(c);
    }
  }
  return loops.sort(comparePaths);
}
