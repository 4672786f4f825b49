// Browser only: this module imports sigma, which throws at import time in plain Node.
// It is loaded through a dynamic import from create-network-viewer.ts.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { createEdgeArrowProgram, drawDiscNodeHover, EdgeLineProgram, type EdgeProgramType } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { ViewEdgeAttributes, ViewNodeAttributes } from "./build-view-graph.js";
import { fadeColour } from "./colours.js";
import { drawLabels, LABEL_SIZE } from "./draw-labels.js";
import type { PlacedLabel } from "./label-layout.js";
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
  let placed: PlacedLabel[] = [];
  const placedKeys = new Set<string>();
  const { width, height } = container.getBoundingClientRect();
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
    // The viewer draws node labels itself after each frame (draw-labels.ts): a placement pass that keeps labels
    // off each other, off nodes and off arrows, inside the canvas; sigma's own label grid is not used.
    renderLabels: false,
    labelSize: LABEL_SIZE,
    labelFont: "system-ui, sans-serif",
    // Hovering a node draws a ring; its label is already placed (or, on very large graphs, drawn in sigma's box).
    defaultDrawNodeHover: (context, data, settings) => {
      if (placedKeys.has(data.key)) drawRing(context, data);
      else drawDiscNodeHover(context, data, settings);
    },
    labelColor: { color: "#222" },
    edgeLabelColor: { color: "#555" },
    // Sorting 20,000 edges by zIndex at every redraw is costly; big graphs draw in data order.
    zIndex: !big,
    // A margin around the graph: enough for a label's plate, small enough that the graph fills a phone's canvas.
    stagePadding: Math.round(Math.max(14, Math.min(40, 0.05 * Math.min(width || 800, height || 600)))),
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    minCameraRatio: 0.05,
    maxCameraRatio: 10,
    nodeReducer: (node, data) => reduceNode(node, data, state),
    edgeReducer: (edge, data) => reduceEdge(edge, data, state, graph),
  });
  const labelContext = renderer.getCanvases().labels!.getContext("2d")!;
  renderer.on("afterRender", () => {
    const camera = renderer.getCamera();
    const moving = camera.isAnimated() || renderer.getMouseCaptor().isMoving;
    // Big graphs: no labels while the layout runs or the view moves (they are placed again at rest).
    if (big && (moving || state.layoutRunning)) {
      placed = [];
    } else {
      placed = drawLabels(renderer, graph, labelContext, { withEdges: graph.size <= 20_000 });
    }
    placedKeys.clear();
    for (const p of placed) placedKeys.add(p.key);
  });
  // The first frame was drawn inside the constructor, before the label pass was attached: draw again for the
  // labels, unless this is a big graph whose labels wait for the layout anyway (a second full frame is costly).
  if (!(big && state.layoutRunning)) renderer.refresh();
  state.placedLabels = () =>
    placed.map(({ x, y, width, height, key, lines, crossings }) => ({ x, y, width, height, key, lines, crossings }));
  renderer.on("clickNode", ({ node }) => handlers.clickNode(node));
  renderer.on("clickEdge", ({ edge }) => handlers.clickEdge(edge));
  renderer.on("clickStage", () => handlers.clickStage());
  renderer.on("enterNode", ({ node }) => handlers.hoverNode(node));
  renderer.on("leaveNode", () => handlers.hoverNode(null));
  return renderer;
}

const FADE = 0.85;

function drawRing(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number }): void {
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.strokeStyle = "#1f2328";
  context.lineWidth = 2;
  context.stroke();
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
  // Very large graphs draw only their nodes while the layout moves them (software WebGL spends most of a frame
  // on tens of thousands of edges): the first frame shows everything, the edges come back when the layout stops.
  if (!state.visibility.edges.has(edge) || (state.layoutMoving && graph.size > HEAVY_EDGES)) {
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
