import { type Citation, errorPrefix, InvalidArgumentsError } from "@verlicht/core";
import { DirectedGraph } from "graphology";
import { computeSupport } from "./compute-support.js";
import type { EdgeWeightBy, QnaNetwork } from "./types.js";

/** Edge attributes of a collapsed network. */
export interface CollapsedEdgeAttributes {
  /** Strength of the link, per the `weight` option. */
  weight: number;
  /** Number of parallel edges (types) merged. */
  types: number;
}

/** Check an `EdgeWeightBy` option. */
export function checkWeightBy(fn: string, value: unknown): EdgeWeightBy {
  if (value === "weight" || value === "citations" || value === "sources" || value === "cases" || value === "none") {
    return value;
  }
  throw new InvalidArgumentsError(
    `${errorPrefix("qna", fn)}expected \`weight\` to be "weight", "citations", "sources", "cases" or "none", got ${String(value)}`,
  );
}

/**
 * Collapse the parallel edges of a network into one directed edge per (from, to), for the
 * analyses that need a simple graph (PageRank, betweenness, Louvain). The edge `weight` is the sum
 * of the coded weights (`weight`), the number of codings (`citations`), the distinct sources or cases
 * over all types (`sources`, `cases`), or 1 (`none`). Edge keys are `from->to`. Node attributes are copied;
 * self-loops are kept.
 *
 * @param network The network.
 * @param weight What the strength of a link is (default `weight`).
 * @returns A new simple directed graph.
 */
export function collapseNetwork(
  network: QnaNetwork,
  weight: EdgeWeightBy = "weight",
): DirectedGraph<Record<string, unknown>, CollapsedEdgeAttributes> {
  checkWeightBy("collapseNetwork", weight);
  const graph = new DirectedGraph<Record<string, unknown>, CollapsedEdgeAttributes>({ allowSelfLoops: true });
  network.forEachNode((node, attrs) => void graph.addNode(node, { ...attrs }));
  const fallback = network.getAttribute("caseFallback") ?? "source";
  const evidence = network.getAttribute("evidence");
  const links = new Map<string, { from: string; to: string; weight: number; types: number; citations: Citation[] }>();
  const pool = weight === "sources" || weight === "cases";
  network.forEachEdge((_key, attrs, from, to) => {
    const key = `${from}->${to}`;
    const value = weight === "weight" ? attrs.weight : weight === "citations" ? attrs.support.citations : 1;
    const link = links.get(key);
    if (!link) {
      links.set(key, { from, to, weight: value, types: 1, citations: pool ? [...attrs.citations] : [] });
      return;
    }
    link.types++;
    if (weight !== "none") link.weight += value;
    if (pool) for (const c of attrs.citations) link.citations.push(c);
  });
  for (const [key, link] of links) {
    let w = link.weight;
    if (pool) {
      const support = computeSupport(link.citations, fallback, evidence);
      w = weight === "sources" ? support.sources : support.cases;
    }
    graph.addDirectedEdgeWithKey(key, link.from, link.to, { weight: w, types: link.types });
  }
  return graph;
}
