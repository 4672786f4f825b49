import betweenness from "graphology-metrics/centrality/betweenness.js";
import { collapseNetwork } from "./collapse-network.js";
import type { QnaNetwork } from "./types.js";

/** Options of {@link betweennessCentrality}. */
export interface BetweennessCentralityOptions {
  /** Normalise by (n−1)(n−2) (default true). */
  normalized?: boolean | undefined;
  /** Attribute `.assign` writes (default `betweenness`). */
  attribute?: string | undefined;
}

function compute(network: QnaNetwork, options?: BetweennessCentralityOptions | null): Record<string, number> {
  const g = collapseNetwork(network, "none");
  if (g.order === 0) return {};
  return betweenness(g, { getEdgeWeight: null, normalized: options?.normalized ?? true });
}

/**
 * Betweenness centrality (Brandes) of every construct on the collapsed directed network, counting
 * steps (evidence strength is not a distance, so links are not weighted): constructs that lie on
 * many shortest cause→effect chains (bridges, mediators) score high. Exact, O(n·m): fine for
 * networks of a few thousand constructs. `betweennessCentrality.assign` writes `betweenness`.
 *
 * @param network The network.
 * @param options See {@link BetweennessCentralityOptions}.
 * @returns Score per node key.
 */
export const betweennessCentrality = Object.assign(compute, {
  /** Write the score on the nodes (attribute `betweenness` by default). */
  assign(network: QnaNetwork, options?: BetweennessCentralityOptions | null): void {
    const attribute = options?.attribute ?? "betweenness";
    for (const [node, v] of Object.entries(compute(network, options))) network.setNodeAttribute(node, attribute, v);
  },
});
