import type { SerializedNetwork } from "@verlicht/core";
import { MultiDirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { assignCurvatures } from "./assign-curvatures.js";
import { assignCategoryColours, valenceColour } from "./colours.js";
import { createRng } from "./create-rng.js";
import type { ResolvedViewerOptions, ViewerLayout } from "./default-options.js";
import { layeredLayout } from "./layered-layout.js";

/** Display attributes of a node in the viewer's graph. */
export interface ViewNodeAttributes {
  /** Label shown. */
  label: string;
  /** Horizontal position. */
  x: number;
  /** Vertical position. */
  y: number;
  /** Radius in pixels. */
  size: number;
  /** Fill colour. */
  color: string;
  /** The category behind the colour (kind or community). */
  category: string;
  /** The node's kind, or `""`. */
  kind: string;
}

/** Display attributes of an edge in the viewer's graph. */
export interface ViewEdgeAttributes {
  /** Colour by valence. */
  color: string;
  /** Width by support. */
  size: number;
  /** `arrow` (straight) or `curved`. */
  type: "arrow" | "curved";
  /** Bend for curved edges. */
  curvature: number;
  /** The edge type (`causal_pos`, …). */
  relation: string;
  /** Edge weight for the layout. */
  weight: number;
}

/** The viewer's display graph plus what the legend needs. */
export interface ViewGraph {
  /** A graphology multi directed graph with display attributes, keyed like the network. */
  graph: MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>;
  /** Category → colour, in legend order. */
  categories: Map<string, string>;
  /** The layout actually used (`auto` resolved). */
  layout: Exclude<ViewerLayout, "auto">;
}

/**
 * Decide the layout: `preset` when every node carries numeric x/y, `layered` for a logic model (the
 * network says `kind: "logic-model"`, or every node has a stage kind or is a mechanism, from the first
 * stage on and across at least three stages), otherwise `force`.
 *
 * @param network The network.
 * @param options The resolved options.
 * @returns The concrete layout.
 */
export function chooseLayout(
  network: SerializedNetwork,
  options: ResolvedViewerOptions,
): Exclude<ViewerLayout, "auto"> {
  if (options.layout !== "auto") return options.layout;
  const nodes = network.nodes;
  if (
    nodes.length > 0 &&
    nodes.every((n) => typeof n.attributes["x"] === "number" && typeof n.attributes["y"] === "number")
  ) {
    return "preset";
  }
  if (network.attributes["kind"] === "logic-model") return "layered";
  // Only a network made of stage kinds (plus mechanisms) that starts with resources and spans at least
  // three stages is read as a logic model; an assumption network with some outcomes stays a force layout.
  const stageOf = (kind: string | null | undefined) =>
    options.stages.findIndex((s) => kind != null && s.includes(kind));
  const stages = nodes.map((n) => stageOf(n.attributes.kind));
  const allStaged = nodes.every((n, i) => stages[i]! >= 0 || n.attributes.kind === "mechanism");
  const used = new Set(stages.filter((s) => s >= 0));
  return nodes.length > 0 && allStaged && used.has(0) && used.size >= 3 ? "layered" : "force";
}

/**
 * Build the display graph of a read network: colours by kind or community (Louvain with a seeded
 * random generator, so the same seed gives the same groups), sizes by degree or support, edge colours
 * by valence, widths by support, curvatures for parallel edges, and deterministic start positions.
 * Pure and free of the renderer, so it also runs in Node.
 *
 * @param network A network read by `readNetwork` (edge keys filled in).
 * @param options The resolved options.
 * @returns The display graph, the legend categories and the layout used.
 */
export function buildViewGraph(network: SerializedNetwork, options: ResolvedViewerOptions): ViewGraph {
  const graph = new MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  for (const node of network.nodes) {
    graph.addNode(node.key, {
      label: node.attributes.label,
      x: 0,
      y: 0,
      size: 4,
      color: "#888888",
      category: "",
      kind: node.attributes.kind ?? "",
    });
  }
  const measure = options.supportMeasure;
  const maxSupport = Math.max(1, ...network.edges.map((e) => e.attributes.support[measure]));
  const curvatures = assignCurvatures(
    network.edges.map((e, i) => ({ key: e.key ?? `e${i}`, source: e.source, target: e.target })),
  );
  network.edges.forEach((edge, i) => {
    const key = edge.key ?? `e${i}`;
    const a = edge.attributes;
    const curvature = curvatures.get(key) ?? 0;
    graph.addEdgeWithKey(key, edge.source, edge.target, {
      color: valenceColour(a.valence),
      size: 1 + 4 * Math.sqrt(a.support[measure] / maxSupport),
      type: curvature === 0 ? "arrow" : "curved",
      curvature,
      relation: a.type,
      weight: a.weight > 0 ? a.weight : 1,
    });
  });

  let categoryOf: (key: string) => string;
  if (options.colourBy === "community" && graph.size > 0) {
    const communities = louvain(graph, { rng: createRng(options.seed), getEdgeWeight: "weight" });
    categoryOf = (key) => `${options.locale === "nl" ? "groep" : "group"} ${(communities[key] ?? 0) + 1}`;
  } else {
    categoryOf = (key) => graph.getNodeAttribute(key, "kind");
  }
  const categories = assignCategoryColours(graph.mapNodes((key) => categoryOf(key)));
  const nodeSupport = new Map<string, number>();
  for (const e of network.edges) {
    for (const end of [e.source, e.target])
      nodeSupport.set(end, (nodeSupport.get(end) ?? 0) + e.attributes.support[measure]);
  }
  for (const node of network.nodes) {
    const own = node.attributes.support?.[measure];
    if (own !== undefined) nodeSupport.set(node.key, own);
  }
  const sizeValue = (key: string) => (options.sizeBy === "support" ? (nodeSupport.get(key) ?? 0) : graph.degree(key));
  const maxSize = Math.max(1, ...graph.mapNodes(sizeValue));
  // Crowded networks get smaller dots, so thousands of factors do not cover each other.
  const crowd = Math.max(0.3, Math.min(1, Math.sqrt(150 / Math.max(1, graph.order))));
  graph.forEachNode((key) => {
    const category = categoryOf(key);
    graph.mergeNodeAttributes(key, {
      category,
      color: categories.get(category) ?? categories.get("")!,
      size: (4 + 12 * Math.sqrt(sizeValue(key) / maxSize)) * crowd,
    });
  });

  const layout = chooseLayout(network, options);
  placeNodes(graph, network, layout, options);
  const used = new Set(graph.mapNodes((_, a) => a.category));
  return { graph, categories: new Map([...categories].filter(([c]) => used.has(c))), layout };
}

function placeNodes(
  graph: MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>,
  network: SerializedNetwork,
  layout: Exclude<ViewerLayout, "auto">,
  options: ResolvedViewerOptions,
): void {
  if (layout === "layered") {
    const positions = layeredLayout(
      { nodes: network.nodes.map((n) => ({ key: n.key, kind: n.attributes.kind ?? null })), edges: network.edges },
      { stages: options.stages },
    );
    for (const [key, p] of positions) graph.mergeNodeAttributes(key, { x: p.x, y: p.y });
    return;
  }
  // Deterministic start: given positions are kept, the rest are seeded random points in a disc
  // whose area grows with the number of nodes (ForceAtlas2 fails when nodes share a position).
  const rng = createRng(options.seed);
  const radius = 10 * Math.sqrt(Math.max(1, network.nodes.length));
  for (const node of network.nodes) {
    const x = node.attributes["x"];
    const y = node.attributes["y"];
    if (typeof x === "number" && typeof y === "number") {
      graph.mergeNodeAttributes(node.key, { x, y });
    } else {
      const angle = rng() * 2 * Math.PI;
      const dist = radius * Math.sqrt(rng());
      graph.mergeNodeAttributes(node.key, { x: dist * Math.cos(angle), y: dist * Math.sin(angle) });
    }
  }
}
