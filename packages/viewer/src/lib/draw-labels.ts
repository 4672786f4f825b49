// Browser only: reads sigma's display data after a frame and draws the viewer's own labels on the label canvas.
import type { MultiDirectedGraph } from "graphology";
import type Sigma from "sigma";
import type { ViewEdgeAttributes, ViewNodeAttributes } from "./build-view-graph.js";
import { type LabelEdge, type LabelNode, layoutLabels, type PlacedLabel } from "./label-layout.js";

/** Up to this many visible nodes every label is drawn. */
export const LABEL_ALL_LIMIT = 60;
/** Label font size in pixels. */
export const LABEL_SIZE = 13;
const FONT = "system-ui, sans-serif";

type Renderer = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;
type Graph = MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>;

/** Screen-space input of the label layout from the renderer's current frame. */
export function collectLabelInput(
  renderer: Renderer,
  graph: Graph,
  withEdges: boolean,
): { nodes: LabelNode[]; edges: Array<{ from: string; to: string; points: LabelEdge }>; visible: number } {
  const { width, height } = renderer.getDimensions();
  const nodes: LabelNode[] = [];
  const pos = new Map<string, { x: number; y: number }>();
  let visible = 0;
  graph.forEachNode((key) => {
    const d = renderer.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    visible++;
    const p = renderer.framedGraphToViewport(d);
    pos.set(key, p);
    const size = renderer.scaleSize(d.size);
    if (p.x < -50 || p.y < -50 || p.x > width + 50 || p.y > height + 50) return;
    nodes.push({
      key,
      x: p.x,
      y: p.y,
      size,
      label: d.label ?? "",
      priority: d.size + graph.degree(key) / 1000,
      forced: Boolean(d.forceLabel || d.highlighted),
    });
  });
  const edges: Array<{ from: string; to: string; points: LabelEdge }> = [];
  if (withEdges) {
    graph.forEachEdge((edge, attrs, source, target) => {
      const d = renderer.getEdgeDisplayData(edge);
      if (!d || d.hidden) return;
      const a = pos.get(source);
      const b = pos.get(target);
      if (!a || !b) return;
      const curvature = attrs.type === "curved" ? attrs.curvature : 0;
      edges.push({ from: source, to: target, points: curvature ? bend(a, b, curvature) : [a, b] });
    });
  }
  return { nodes, edges, visible };
}

/** The quadratic curve @sigma/edge-curve draws, as a polyline (control point at mid + c·(dy, −dx)). */
function bend(a: { x: number; y: number }, b: { x: number; y: number }, c: number): LabelEdge {
  const cx = (a.x + b.x) / 2 + c * (b.y - a.y);
  const cy = (a.y + b.y) / 2 - c * (b.x - a.x);
  const points: Array<{ x: number; y: number }> = [];
  for (let i = 0; i <= 6; i++) {
    const t = i / 6;
    const u = 1 - t;
    points.push({ x: u * u * a.x + 2 * u * t * cx + t * t * b.x, y: u * u * a.y + 2 * u * t * cy + t * t * b.y });
  }
  return points;
}

/**
 * Lay out and draw the labels of the current frame on the label canvas: a light plate under each label keeps
 * it readable, lines are left-aligned in their box.
 *
 * @returns The labels drawn.
 */
export function drawLabels(
  renderer: Renderer,
  graph: Graph,
  context: CanvasRenderingContext2D,
  options: { withEdges: boolean },
): PlacedLabel[] {
  const { width, height } = renderer.getDimensions();
  const input = collectLabelInput(renderer, graph, options.withEdges);
  context.font = `${LABEL_SIZE}px ${FONT}`;
  const placed = layoutLabels(input.nodes, input.edges, {
    width,
    height,
    fontSize: LABEL_SIZE,
    measure: (t) => context.measureText(t).width,
    labelAll: input.visible <= LABEL_ALL_LIMIT,
  });
  const lineHeight = Math.round(LABEL_SIZE * 1.2);
  context.textBaseline = "middle";
  context.textAlign = "left";
  // A label set away from its dot gets a thin leader line to it, so it is clear which dot it names.
  context.strokeStyle = "rgba(87,96,106,0.6)";
  context.lineWidth = 1;
  for (const label of placed) {
    const { x, y, size } = label.anchor;
    const px = Math.max(label.x, Math.min(x, label.x + label.width));
    const py = Math.max(label.y, Math.min(y, label.y + label.height));
    const d = Math.hypot(px - x, py - y);
    if (d - size < 14) continue;
    context.beginPath();
    context.moveTo(x + ((px - x) / d) * (size + 1), y + ((py - y) / d) * (size + 1));
    context.lineTo(px, py);
    context.stroke();
  }
  for (const label of placed) {
    // Free labels get a light plate; a label that lies across an edge gets an opaque one, so no line runs
    // through its text.
    context.fillStyle = label.crossings > 0 ? "#ffffff" : "rgba(255,255,255,0.85)";
    context.fillRect(label.x, label.y, label.width, label.height);
    context.fillStyle = "#1f2328";
    label.lines.forEach((line, i) => {
      context.fillText(line, label.x + 2, label.y + 2 + lineHeight * (i + 0.5));
    });
  }
  return placed;
}
