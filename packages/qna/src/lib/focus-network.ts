import { errorPrefix, InvalidArgumentsError, NotFoundError, type Support } from "@verlicht/core";
import { MultiDirectedGraph } from "graphology";
import { recomputeNodeSupport } from "./filter-by-support.js";
import { compareKeys } from "./index-adjacency.js";
import type { QnaEdgeAttributes, QnaGraphAttributes, QnaNetwork, QnaNodeAttributes } from "./types.js";

/** Which links to follow from the focus: causes (`upstream`), effects (`downstream`) or both. */
export type FocusDirection = "upstream" | "downstream" | "both";

/** Options of {@link focusNetwork}. */
export interface FocusNetworkOptions {
  /** How many steps from the focus (default 1). */
  steps?: number | undefined;
  /** Direction (default `both`). */
  direction?: FocusDirection | undefined;
}

/** Copy the given nodes and the edges among them that pass `keepEdge`; recompute node support. */
function subnetwork(
  network: QnaNetwork,
  nodes: ReadonlySet<string>,
  keepEdge: (edge: string, attrs: QnaEdgeAttributes) => boolean,
  extra: Record<string, unknown>,
): QnaNetwork {
  const out: QnaNetwork = new MultiDirectedGraph<QnaNodeAttributes, QnaEdgeAttributes, QnaGraphAttributes>({
    allowSelfLoops: true,
  });
  out.replaceAttributes({ ...network.getAttributes(), ...extra });
  for (const n of [...nodes].sort(compareKeys)) out.addNode(n, { ...network.getNodeAttributes(n) });
  network.forEachEdge((edge, attrs, from, to) => {
    if (nodes.has(from) && nodes.has(to) && keepEdge(edge, attrs))
      out.addDirectedEdgeWithKey(edge, from, to, { ...attrs });
  });
  recomputeNodeSupport(out);
  return out;
}

/**
 * Focus on one factor (Causal Map's "focus"): the factors within `steps` links of it, following causes,
 * effects or both, with the links among them.
 *
 * @param network The network.
 * @param focus The factor.
 * @param options See {@link FocusNetworkOptions}.
 * @returns A new network.
 */
export function focusNetwork(network: QnaNetwork, focus: string, options?: FocusNetworkOptions | null): QnaNetwork {
  const prefix = errorPrefix("qna", "focusNetwork");
  if (!network.hasNode(focus)) throw new NotFoundError(`${prefix}no construct "${focus}" in the network`);
  const steps = options?.steps ?? 1;
  if (!Number.isInteger(steps) || steps < 0)
    throw new InvalidArgumentsError(`${prefix}expected whole \`steps\` ≥ 0, got ${steps}`);
  const direction = options?.direction ?? "both";
  const seen = new Set([focus]);
  let frontier = [focus];
  for (let s = 0; s < steps && frontier.length > 0; s++) {
    const next: string[] = [];
    for (const v of frontier) {
      const around =
        direction === "upstream"
          ? network.inNeighbors(v)
          : direction === "downstream"
            ? network.outNeighbors(v)
            : network.neighbors(v);
      for (const w of around) {
        if (seen.has(w)) continue;
        seen.add(w);
        next.push(w);
      }
    }
    frontier = next;
  }
  return subnetwork(network, seen, () => true, { focus: { node: focus, steps, direction } });
}

/** Options of {@link topNetwork}. */
export interface TopNetworkOptions {
  /** Keep the N factors with the most support (ties at the boundary are kept). */
  factors?: number | undefined;
  /** Then keep the N links with the most support among them (ties at the boundary are kept). */
  links?: number | undefined;
  /** Which support count ranks (default `sources`). */
  by?: keyof Support | undefined;
}

/** The values that reach the N-th highest, ties included. */
function topKeys<T>(items: ReadonlyArray<[T, number]>, n: number | undefined): Set<T> {
  if (n === undefined) return new Set(items.map(([k]) => k));
  const sorted = [...items].sort((a, b) => b[1] - a[1]);
  const bar = sorted[Math.min(n, sorted.length) - 1]?.[1] ?? Number.POSITIVE_INFINITY;
  return new Set(sorted.filter(([, v], i) => i < n || v === bar).map(([k]) => k));
}

/**
 * Keep the most-mentioned factors and links (Causal Map's top-N factor and link filters): first the
 * `factors` nodes with the most support, then among their links the `links` with the most support. Ties
 * at the boundary are kept, so the result never depends on input order.
 *
 * @param network The network.
 * @param options See {@link TopNetworkOptions}.
 * @returns A new network.
 */
export function topNetwork(network: QnaNetwork, options?: TopNetworkOptions | null): QnaNetwork {
  const prefix = errorPrefix("qna", "topNetwork");
  const by = options?.by ?? "sources";
  for (const key of ["factors", "links"] as const) {
    const v = options?.[key];
    if (v !== undefined && (!Number.isInteger(v) || v < 1))
      throw new InvalidArgumentsError(`${prefix}expected whole \`${key}\` ≥ 1, got ${v}`);
  }
  const nodes = topKeys(
    network.mapNodes((n, a) => [n, a.support?.[by] ?? 0] as [string, number]),
    options?.factors,
  );
  const candidates = network
    .filterEdges((_e, _a, from, to) => nodes.has(from) && nodes.has(to))
    .map((e) => [e, network.getEdgeAttribute(e, "support")[by]] as [string, number]);
  const edges = topKeys(candidates, options?.links);
  const kept = new Set<string>();
  for (const e of edges) kept.add(network.source(e)).add(network.target(e));
  const keepNodes = options?.links === undefined ? nodes : kept;
  return subnetwork(network, keepNodes, (edge) => edges.has(edge), {
    top: { factors: options?.factors, links: options?.links, by },
  });
}
