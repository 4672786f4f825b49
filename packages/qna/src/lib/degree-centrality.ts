import { collapseNetwork } from "./collapse-network.js";
import type { EdgeWeightBy, QnaNetwork } from "./types.js";

/** Options of {@link degreeCentrality}. */
export interface DegreeCentralityOptions {
  /** Strength of a link for the weighted degrees (default `weight`). */
  weight?: EdgeWeightBy | undefined;
  /** Prefix of the attribute names `.assign` writes (default none: `degree`, `inDegree`, …). */
  attributePrefix?: string | undefined;
}

/** Degrees of one node. */
export interface NodeDegree {
  /** Distinct constructs this one is said to influence (parallel edges of other types count once). */
  outDegree: number;
  /** Distinct constructs said to influence this one. */
  inDegree: number;
  /** `inDegree + outDegree`. */
  degree: number;
  /** Sum of the strengths of the outgoing links. */
  weightedOutDegree: number;
  /** Sum of the strengths of the incoming links. */
  weightedInDegree: number;
  /** `weightedInDegree + weightedOutDegree`. */
  weightedDegree: number;
  /**
   * Fuzzy-cognitive-mapping role (Özesmi & Özesmi): `driver` (only outgoing links: a "transmitter"),
   * `outcome` (only incoming: a "receiver"), `ordinary` (both); a self-loop alone counts as both.
   */
  role: "driver" | "outcome" | "ordinary";
}

function compute(network: QnaNetwork, options?: DegreeCentralityOptions | null): Record<string, NodeDegree> {
  const g = collapseNetwork(network, options?.weight ?? "weight");
  const out: Record<string, NodeDegree> = {};
  g.forEachNode((node) => {
    let wOut = 0;
    let wIn = 0;
    g.forEachOutEdge(node, (_e, a) => {
      wOut += a.weight;
    });
    g.forEachInEdge(node, (_e, a) => {
      wIn += a.weight;
    });
    const inDegree = g.inDegree(node);
    const outDegree = g.outDegree(node);
    out[node] = {
      outDegree,
      inDegree,
      degree: inDegree + outDegree,
      weightedOutDegree: wOut,
      weightedInDegree: wIn,
      weightedDegree: wIn + wOut,
      role: inDegree === 0 ? "driver" : outDegree === 0 ? "outcome" : "ordinary",
    };
  });
  return out;
}

/**
 * Degree centrality of every construct, counted over distinct linked constructs (one link per
 * (from, to) whatever its types), with weighted variants. A construct with a high out-degree and a
 * low in-degree is a driver (FCM "transmitter"); the reverse is an outcome ("receiver").
 * `degreeCentrality.assign(network, options)` writes them as node attributes.
 *
 * @param network The network.
 * @param options See {@link DegreeCentralityOptions}.
 * @returns Degrees per node key.
 */
export const degreeCentrality = Object.assign(compute, {
  /** Write `degree`, `inDegree`, `outDegree`, `weightedDegree`, `weightedInDegree`, `weightedOutDegree`, `role` on the nodes. */
  assign(network: QnaNetwork, options?: DegreeCentralityOptions | null): void {
    const prefix = options?.attributePrefix ?? "";
    for (const [node, d] of Object.entries(compute(network, options))) {
      network.mergeNodeAttributes(node, Object.fromEntries(Object.entries(d).map(([k, v]) => [prefix + k, v])));
    }
  },
});
