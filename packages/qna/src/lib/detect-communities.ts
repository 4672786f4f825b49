import { createRng } from "@verlicht/core";
import louvain from "graphology-communities-louvain";
import { collapseNetwork } from "./collapse-network.js";
import type { EdgeWeightBy, QnaNetwork } from "./types.js";

/** Options of {@link detectCommunities}. */
export interface DetectCommunitiesOptions {
  /** Seed of the random number generator (default 1): the same seed gives the same communities. */
  seed?: number | string | undefined;
  /** Resolution (default 1; higher gives more, smaller communities). */
  resolution?: number | undefined;
  /** Strength of a link (default `weight`). */
  weight?: EdgeWeightBy | undefined;
  /** Attribute `.assign` writes (default `community`). */
  attribute?: string | undefined;
}

/** Defaults of {@link detectCommunities}. */
export const DEFAULT_DETECT_COMMUNITIES_OPTIONS = Object.freeze({
  seed: 1,
  resolution: 1,
  weight: "weight",
  attribute: "community",
});

/** Result of {@link detectCommunities}. */
export interface Communities {
  /** Community number per node key. */
  communities: Record<string, number>;
  /** Number of communities. */
  count: number;
  /** Directed modularity of the partition. */
  modularity: number;
}

/** The seeded generator of `@verlicht/core` (the one of the toolkit). */
export { createRng };

function compute(network: QnaNetwork, options?: DetectCommunitiesOptions | null): Communities {
  const weight = options?.weight ?? DEFAULT_DETECT_COMMUNITIES_OPTIONS.weight;
  const g = collapseNetwork(network, weight);
  if (g.size === 0) {
    const communities: Record<string, number> = {};
    g.nodes().forEach((n, i) => {
      communities[n] = i;
    });
    return { communities, count: g.order, modularity: 0 };
  }
  const result = louvain.detailed(g, {
    getEdgeWeight: weight === "none" ? null : "weight",
    resolution: options?.resolution ?? DEFAULT_DETECT_COMMUNITIES_OPTIONS.resolution,
    rng: createRng(options?.seed ?? DEFAULT_DETECT_COMMUNITIES_OPTIONS.seed),
  });
  return { communities: result.communities, count: result.count, modularity: result.modularity };
}

/**
 * Find themes: Louvain communities (directed modularity) of the collapsed network, with a seeded
 * random number generator so that the same network and seed always give the same partition.
 * `detectCommunities.assign` writes the community number as the `community` node attribute.
 *
 * @param network The network.
 * @param options See {@link DetectCommunitiesOptions}.
 * @returns Communities, their count and the modularity.
 */
export const detectCommunities = Object.assign(compute, {
  /** Write the community number on the nodes and return the result. */
  assign(network: QnaNetwork, options?: DetectCommunitiesOptions | null): Communities {
    const attribute = options?.attribute ?? DEFAULT_DETECT_COMMUNITIES_OPTIONS.attribute;
    const result = compute(network, options);
    for (const [node, c] of Object.entries(result.communities)) network.setNodeAttribute(node, attribute, c);
    return result;
  },
});
