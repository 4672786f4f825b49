// Browser only: this module imports sigma, which throws at import time in plain Node.
// It is loaded through a dynamic import from create-network-viewer.ts.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { createEdgeArrowProgram, drawDiscNodeLabel, EdgeLineProgram, type EdgeProgramType } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { ViewEdgeAttributes, ViewNodeAttributes } from "./build-view-graph.js";
import { fadeColour } from "./colours.js";
import { createLabelPlacer, type LabelPlacer } from "./label-placer.js";
import type { ViewState } from "./view-state.js";

/** Callbacks from the renderer to the viewer. */
export interface RendererHandlers {
  /** A node was clicked. */
  clickNode(node: string): void;
  /** An edge was clicked. */
  clickEdge(edge: string): void;
  /** The empty stage was clicked. */
  clickStage(): void;
  /** The pointer entered (key) or left (null) a node. */
  hoverNode(node: string | null): void;
}

/**
 * Create the sigma renderer with the viewer's reducers (filter, hover, selection, path and search
 * highlighting are display-time only: the graph data is never changed for them).
 *
 * @param container The element to draw into (must have a size).
 * @param graph The display graph.
 * @param state The shared view state read by the reducers.
 * @param handlers Event callbacks.
 * @returns The sigma instance.
 */
export function createRenderer(
  container: HTMLElement,
  graph: MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>,
  state: ViewState,
  handlers: RendererHandlers,
): Sigma<ViewNodeAttributes, ViewEdgeAttributes> {
  const big = graph.size > 3000;
  const labels = createLabelPlacer();
  const renderer = new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(graph, container, {
    defaultEdgeType: "arrow",
    edgeProgramClasses: {
      // Above HEAVY_EDGES links, thin GL lines without heads keep software-rendered frames affordable.
      arrow:
        graph.size > HEAVY_EDGES
          ? EdgeLineProgram
          : createEdgeArrowProgram({ lengthToThicknessRatio: 4, widenessToThicknessRatio: 3 }),
      // The curved program is compiled only when some edge bends (shader compilation is slow on software GL).
      ...(graph.someEdge((_, a) => a.type === "curved")
        ? {
            curved: (graph.size > HEAVY_EDGES ? EdgeLineProgram : EdgeCurvedArrowProgram) as unknown as EdgeProgramType<
              ViewNodeAttributes,
              ViewEdgeAttributes
            >,
          }
        : {}),
    },
    // Edge picking costs an extra render pass per frame; above 5,000 edges only nodes are clickable.
    enableEdgeEvents: graph.size <= 5000,
    renderEdgeLabels: false,
    // sigma's label grid keeps labels apart (a finer grid showed more labels but let long Dutch labels
    // overlap); hidden labels appear on hover, on selection and in the text list.
    labelDensity: 0.8,
    labelGridCellSize: 120,
    // Small networks show every label; big ones only those of larger nodes (the label grid prevents overlap).
    labelRenderedSizeThreshold: graph.order <= 150 ? 0 : 7,
    labelFont: "system-ui, sans-serif",
    // On top of the grid, a collision pass draws a label only where it overlaps no label drawn before it.
    defaultDrawNodeLabel: (context, data, settings) => {
      if (!data.label) return;
      if (!placeLabel(labels, context, data, settings)) return;
      drawDiscNodeLabel(context, data, settings);
    },
    labelColor: { color: "#222" },
    edgeLabelColor: { color: "#555" },
    // Sorting 20,000 edges by zIndex at every redraw is costly; big graphs draw in data order.
    zIndex: !big,
    stagePadding: 40,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    minCameraRatio: 0.05,
    maxCameraRatio: 10,
    nodeReducer: (node, data) => reduceNode(node, data, state),
    edgeReducer: (edge, data) => reduceEdge(edge, data, state, graph),
  });
  renderer.on("beforeRender", () => labels.reset());
  state.placedLabels = () => labels.placed();
  renderer.on("clickNode", ({ node }) => handlers.clickNode(node));
  renderer.on("clickEdge", ({ edge }) => handlers.clickEdge(edge));
  renderer.on("clickStage", () => handlers.clickStage());
  renderer.on("enterNode", ({ node }) => handlers.hoverNode(node));
  renderer.on("leaveNode", () => handlers.hoverNode(null));
  return renderer;
}

const FADE = 0.85;

/** Measure a node label's box as sigma draws it (right of the disc) and ask the placer for room. */
function placeLabel(
  placer: LabelPlacer,
  context: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number; label?: string | null; forceLabel?: boolean; highlighted?: boolean },
  settings: { labelSize: number; labelWeight: string; labelFont: string },
): boolean {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label ?? "").width;
  const box = { x: data.x + data.size + 3 - 2, y: data.y - size / 2 - 2, width: width + 4, height: size + 4 };
  return placer.place(box, Boolean(data.forceLabel || data.highlighted));
}

/** Number of edges above which edges are drawn as plain lines (no arrow heads, no curves). */
const HEAVY_EDGES = 10_000;

function reduceNode(node: string, data: ViewNodeAttributes, state: ViewState): Partial<NodeDisplayData> {
  // sigma passes a fresh copy of the attributes to the reducer, so it can be changed in place.
  const out = data as Partial<NodeDisplayData> & ViewNodeAttributes;
  if (!state.visibility.nodes.has(node)) {
    out.hidden = true;
    return out;
  }
  const around = state.neighbourhood;
  const path = state.path;
  if (path && !path.nodes.has(node)) {
    out.color = fadeColour(data.color, FADE);
    out.label = "";
  } else if (around && !around.has(node)) {
    out.color = fadeColour(data.color, FADE);
    out.label = "";
  } else if (around || path) {
    out.forceLabel = true;
    out.zIndex = 1;
  }
  if (state.searchHits.has(node) || (state.selected?.type === "node" && state.selected.key === node)) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 2;
  }
  return out;
}

function reduceEdge(
  edge: string,
  data: ViewEdgeAttributes,
  state: ViewState,
  graph: MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>,
): Partial<EdgeDisplayData> {
  // sigma passes a fresh copy of the attributes to the reducer, so it can be changed in place.
  const out = data as Partial<EdgeDisplayData> & ViewEdgeAttributes;
  if (!state.visibility.edges.has(edge)) {
    out.hidden = true;
    return out;
  }
  const path = state.path;
  if (path) {
    if (!path.edges.has(edge)) out.color = fadeColour(data.color, 0.9);
    else {
      out.size = data.size + 2;
      out.zIndex = 2;
    }
    return out;
  }
  const anchor = state.neighbourhood ? state.anchor : null;
  if (anchor !== null) {
    const [s, t] = graph.extremities(edge);
    if (s !== anchor && t !== anchor) out.color = fadeColour(data.color, 0.9);
    else out.zIndex = 1;
  }
  if (state.selected?.type === "edge" && state.selected.key === edge) {
    out.size = data.size + 2;
    out.zIndex = 2;
  }
  return out;
}
