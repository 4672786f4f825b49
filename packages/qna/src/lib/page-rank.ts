import pagerank from "graphology-metrics/centrality/pagerank.js";
import { collapseNetwork } from "./collapse-network.js";
import type { EdgeWeightBy, QnaNetwork } from "./types.js";

/** Options of {@link pageRank}. */
export interface PageRankOptions {
  /** Strength of a link (default `weight`; `none` for unweighted). */
  weight?: EdgeWeightBy | undefined;
  /** Damping factor (default 0.85). */
  alpha?: number | undefined;
  /** Attribute `.assign` writes (default `pagerank`). */
  attribute?: string | undefined;
}

/** Defaults of {@link pageRank}. */
export const DEFAULT_PAGE_RANK_OPTIONS = Object.freeze({ weight: "weight", alpha: 0.85, attribute: "pagerank" });

function compute(network: QnaNetwork, options?: PageRankOptions | null): Record<string, number> {
  const weight = options?.weight ?? DEFAULT_PAGE_RANK_OPTIONS.weight;
  const g = collapseNetwork(network, weight);
  if (g.order === 0) return {};
  return pagerank(g, {
    getEdgeWeight: weight === "none" ? null : "weight",
    alpha: options?.alpha ?? DEFAULT_PAGE_RANK_OPTIONS.alpha,
    maxIterations: 1000,
    tolerance: 1e-9,
  });
}

/**
 * PageRank of every construct on the collapsed network (one link per (from, to), strength per the
 * `weight` option): constructs that many well-supported links lead to score high. Sums to 1.
 * `pageRank.assign` writes the score as the `pagerank` node attribute.
 *
 * @param network The network.
 * @param options See {@link PageRankOptions}.
 * @returns Score per node key.
 */
export const pageRank = Object.assign(compute, {
  /** Write the score on the nodes (attribute `pagerank` by default). */
  assign(network: QnaNetwork, options?: PageRankOptions | null): void {
    const attribute = options?.attribute ?? DEFAULT_PAGE_RANK_OPTIONS.attribute;
    for (const [node, v] of Object.entries(compute(network, options))) network.setNodeAttribute(node, attribute, v);
  },
});
