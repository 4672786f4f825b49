import type { AbstractGraph as Graph } from "graphology-types";
import type { Visibility } from "./compute-visibility.js";
import type { Scene } from "./to-svg.js";

/** Options of {@link graphToScene}. */
export interface GraphToSceneOptions {
  /** Width in pixels (default 800). */
  width?: number | undefined;
  /** Height in pixels (default 600). */
  height?: number | undefined;
  /** Margin in pixels (default 40). */
  padding?: number | undefined;
  /** Title of the drawing. */
  title?: string | undefined;
}

/**
 * Fit a display graph (nodes with x, y, size, color, label; edges with color, size, curvature) into
 * a pixel box, keeping its aspect ratio and turning the y axis downwards as on screen, and keep
 * only what the visibility lets through.
 *
 * @param graph The display graph.
 * @param visibility Visible node and edge keys, or null for all.
 * @param options Box size, margin and title.
 * @returns A scene for `toSvg`.
 */
export function graphToScene(graph: Graph, visibility: Visibility | null, options?: GraphToSceneOptions | null): Scene {
  const width = options?.width ?? 800;
  const height = options?.height ?? 600;
  const pad = options?.padding ?? 40;
  const keys = graph.filterNodes((k) => !visibility || visibility.nodes.has(k));
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const k of keys) {
    const { x, y } = graph.getNodeAttributes(k) as { x: number; y: number };
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const offX = (width - spanX * scale) / 2;
  const offY = (height - spanY * scale) / 2;
  const nodes = keys.map((key) => {
    const a = graph.getNodeAttributes(key) as { x: number; y: number; size?: number; color?: string; label?: string };
    return {
      key,
      x: keys.length === 1 ? width / 2 : offX + (a.x - minX) * scale,
      y: keys.length === 1 ? height / 2 : offY + (maxY - a.y) * scale,
      size: a.size ?? 4,
      color: a.color ?? "#888888",
      label: a.label ?? "",
    };
  });
  const edges = graph
    .filterEdges((k) => !visibility || visibility.edges.has(k))
    .map((key) => {
      const a = graph.getEdgeAttributes(key) as { color?: string; size?: number; curvature?: number };
      // The y axis is flipped, so a bend keeps its side only when the curvature is negated.
      return {
        key,
        source: graph.source(key),
        target: graph.target(key),
        color: a.color ?? "#9e9e9e",
        size: a.size ?? 1,
        curvature: a.curvature ? -a.curvature : 0,
      };
    });
  return { width, height, nodes, edges, title: options?.title };
}
