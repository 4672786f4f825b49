import type { SerializedNetwork } from "@verlicht/core";
import type { SupportMeasure, ViewerFilter } from "./default-options.js";

/** Which nodes and edges a filter leaves visible. */
export interface Visibility {
  /** Keys of visible nodes. */
  nodes: Set<string>;
  /** Keys of visible edges. */
  edges: Set<string>;
}

/**
 * Apply a filter to a network without changing it. An edge is visible when its support (counted by
 * `measure`) is at least `minSupport`, its type is listed in `types`, one of its `groups` is listed in
 * `groups` (edges without groups are hidden while a group filter is set) and both its ends are visible.
 * A node is visible when its kind is listed in `kinds` (`""` stands for no kind) and, while an edge
 * criterion is set, at least one of its edges is still visible (nodes that never had edges stay).
 *
 * @param network A read network (edge keys filled in, see `readNetwork`).
 * @param filter The filter; absent fields do not filter.
 * @param measure Which support count `minSupport` reads (default `sources`).
 * @returns The visible node and edge keys.
 */
export function computeVisibility(
  network: SerializedNetwork,
  filter: ViewerFilter | null | undefined,
  measure: SupportMeasure = "sources",
): Visibility {
  const minSupport = filter?.minSupport ?? 0;
  const types = filter?.types ? new Set(filter.types) : null;
  const groups = filter?.groups ? new Set(filter.groups) : null;
  const kinds = filter?.kinds ? new Set(filter.kinds) : null;
  const edgeFilterActive = minSupport > 0 || types !== null || groups !== null;

  const kindOk = new Set<string>();
  for (const node of network.nodes) {
    if (!kinds || kinds.has(node.attributes.kind ?? "")) kindOk.add(node.key);
  }
  const edges = new Set<string>();
  const touched = new Set<string>();
  const hadEdges = new Set<string>();
  network.edges.forEach((edge, index) => {
    hadEdges.add(edge.source);
    hadEdges.add(edge.target);
    const a = edge.attributes;
    if (!kindOk.has(edge.source) || !kindOk.has(edge.target)) return;
    if (a.support[measure] < minSupport) return;
    if (types && !types.has(a.type)) return;
    if (groups && !(a.groups ?? []).some((g) => groups.has(g))) return;
    edges.add(edge.key ?? `e${index}`);
    touched.add(edge.source);
    touched.add(edge.target);
  });
  const nodes = new Set<string>();
  for (const key of kindOk) {
    if (!edgeFilterActive || touched.has(key) || !hadEdges.has(key)) nodes.add(key);
  }
  return { nodes, edges };
}
