import { type Citation, errorPrefix, InvalidArgumentsError } from "@verlicht/core";
import { MultiDirectedGraph } from "graphology";
import { computeSupport, countCoders } from "./compute-support.js";
import { edgeKeyOf } from "./edge-key-of.js";
import { recomputeNodeSupport } from "./filter-by-support.js";
import type { QnaEdgeAttributes, QnaGraphAttributes, QnaNetwork, QnaNodeAttributes } from "./types.js";

const PREFIX = errorPrefix("qna", "zoomNetwork");

/**
 * Zoom out along the code hierarchy: every node whose `codePath` is deeper than `level` is merged
 * into its ancestor at that level, and edges that then share (from, to, type) are merged (weights
 * summed, citations joined, support recounted). The ancestor's key is the written prefix for
 * written paths (`a>b>c` at 2 → `a>b`) and the ancestor id for codebook paths. Its label and kind
 * come from an existing node with that key, else the id and the kind all merged nodes share (or null).
 * Self-loops that the merge creates are kept (drop them with `buildNetwork`'s `dropSelfLoops`).
 *
 * @param network The network (not changed).
 * @param level Number of levels to keep (≥ 1).
 * @returns A new, zoomed network.
 */
export function zoomNetwork(network: QnaNetwork, level: number): QnaNetwork {
  if (!Number.isInteger(level) || level < 1) {
    throw new InvalidArgumentsError(`${PREFIX}expected a whole number level ≥ 1, got ${String(level)}`);
  }
  const mapping = new Map<string, { key: string; codePath: string[] }>();
  network.forEachNode((node, attrs) => {
    const path = attrs.codePath?.length ? attrs.codePath : [node];
    if (path.length <= level) return void mapping.set(node, { key: node, codePath: [...path] });
    const codePath = path.slice(0, level);
    mapping.set(node, { key: node.includes(">") ? codePath.join(">") : codePath[level - 1]!, codePath });
  });
  const zoomed: QnaNetwork = new MultiDirectedGraph<QnaNodeAttributes, QnaEdgeAttributes, QnaGraphAttributes>({
    allowSelfLoops: true,
  });
  zoomed.replaceAttributes({ ...network.getAttributes(), zoom: level });
  const members = new Map<string, string[]>();
  for (const [node, m] of mapping) {
    const list = members.get(m.key) ?? [];
    list.push(node);
    members.set(m.key, list);
  }
  for (const [key, list] of members) {
    const own = network.hasNode(key) ? network.getNodeAttributes(key) : null;
    const kinds = new Set(list.map((n) => network.getNodeAttribute(n, "kind") ?? null));
    const kind = own ? own.kind : kinds.size === 1 ? [...kinds][0]! : null;
    zoomed.addNode(key, {
      label: own?.label ?? key.split(">").pop()!,
      kind,
      codePath: mapping.get(list[0]!)!.codePath,
      support: { citations: 0, sources: 0, cases: 0 },
    });
  }
  const fallback = network.getAttribute("caseFallback") ?? "source";
  const evidence = network.getAttribute("evidence");
  const merged = new Map<string, { from: string; to: string; attrs: QnaEdgeAttributes; groups: Set<string> | null }>();
  network.forEachEdge((_edge, attrs, source, target) => {
    const from = mapping.get(source)!.key;
    const to = mapping.get(target)!.key;
    const key = edgeKeyOf(from, to, attrs.type);
    const hit = merged.get(key);
    if (!hit) {
      const citations: Citation[] = [...attrs.citations];
      merged.set(key, {
        from,
        to,
        attrs: { ...attrs, citations },
        groups: attrs.groups ? new Set(attrs.groups) : null,
      });
      return;
    }
    hit.attrs.weight += attrs.weight;
    hit.attrs.citations.push(...attrs.citations);
    if (attrs.groups) {
      hit.groups ??= new Set();
      for (const g of attrs.groups) hit.groups.add(g);
    }
  });
  for (const [key, e] of merged) {
    e.attrs.support = computeSupport(e.attrs.citations, fallback, evidence);
    if (e.attrs.coders !== undefined) e.attrs.coders = countCoders(e.attrs.citations);
    if (e.groups) e.attrs.groups = [...e.groups].sort();
    zoomed.addDirectedEdgeWithKey(key, e.from, e.to, e.attrs);
  }
  recomputeNodeSupport(zoomed);
  return zoomed;
}
