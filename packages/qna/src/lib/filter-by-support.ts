import { type Citation, errorPrefix, InvalidArgumentsError, type Support } from "@verlicht/core";
import { MultiDirectedGraph } from "graphology";
import { computeSupport } from "./compute-support.js";
import type { QnaEdgeAttributes, QnaGraphAttributes, QnaNetwork, QnaNodeAttributes } from "./types.js";

const PREFIX = errorPrefix("qna", "filterBySupport");

/** Options of {@link filterBySupport}. */
export interface FilterBySupportOptions {
  /** Filter the given network instead of a copy. */
  inPlace?: boolean | undefined;
}

/** Recompute each node's support from the citations of its remaining edges. */
export function recomputeNodeSupport(network: QnaNetwork): void {
  const fallback = network.getAttribute("caseFallback") ?? "source";
  const evidence = network.getAttribute("evidence");
  network.forEachNode((node) => {
    const citations: Citation[] = [];
    for (const edge of network.edges(node)) citations.push(...network.getEdgeAttribute(edge, "citations"));
    network.setNodeAttribute(node, "support", computeSupport(citations, fallback, evidence));
  });
}

/**
 * Keep only the edges whose support reaches every given minimum (`{sources: 2}` keeps links named in
 * at least two sources), then drop nodes left without any edge and recompute node support from the
 * remaining edges. Causal Map calls this the link-frequency filter.
 *
 * @param network The network.
 * @param min Minimum `citations`, `sources` and/or `cases`.
 * @param options `inPlace` to filter the given network (default: a filtered copy).
 * @returns The filtered network.
 */
export function filterBySupport(
  network: QnaNetwork,
  min: Partial<Support>,
  options?: FilterBySupportOptions | null,
): QnaNetwork {
  if (typeof min !== "object" || min === null) {
    throw new InvalidArgumentsError(`${PREFIX}expected a minimum like {sources: 2}, got ${String(min)}`);
  }
  for (const [k, v] of Object.entries(min)) {
    if (!["citations", "sources", "cases"].includes(k) || (v !== undefined && typeof v !== "number")) {
      throw new InvalidArgumentsError(`${PREFIX}unknown minimum "${k}": use citations, sources or cases (numbers)`);
    }
  }
  const fails = (s: Support) =>
    s.citations < (min.citations ?? 0) || s.sources < (min.sources ?? 0) || s.cases < (min.cases ?? 0);
  let graph: QnaNetwork;
  if (options?.inPlace) {
    graph = network;
    for (const edge of graph.filterEdges((_e, attrs) => fails(attrs.support))) graph.dropEdge(edge);
    for (const node of graph.nodes()) if (graph.degree(node) === 0) graph.dropNode(node);
  } else {
    // Build the copy from the kept edges only: much cheaper than copying everything and dropping most.
    graph = new MultiDirectedGraph<QnaNodeAttributes, QnaEdgeAttributes, QnaGraphAttributes>({ allowSelfLoops: true });
    graph.replaceAttributes({ ...network.getAttributes() });
    network.forEachEdge((edge, attrs, from, to) => {
      if (fails(attrs.support)) return;
      if (!graph.hasNode(from)) graph.addNode(from, { ...network.getNodeAttributes(from) });
      if (!graph.hasNode(to)) graph.addNode(to, { ...network.getNodeAttributes(to) });
      graph.addDirectedEdgeWithKey(edge, from, to, { ...attrs });
    });
  }
  recomputeNodeSupport(graph);
  return graph;
}
