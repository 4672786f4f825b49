import type { AbstractGraph as Graph } from "graphology-types";

/**
 * Stretch node positions along one axis so that the layout's bounding box has the canvas's aspect ratio
 * (width / height). sigma keeps a layout's proportions when it fits it to the canvas, so a round ForceAtlas2
 * layout would fill only the shorter side of a wide (or a phone's tall) canvas; after this it fills both.
 * The order of nodes along each axis, and so every left/right and above/below relation, is kept.
 *
 * @param graph A graph with numeric x/y node attributes (changed in place).
 * @param aspect Width divided by height of the drawing area.
 * @returns The factors applied to x and y.
 */
export function fitToAspect(graph: Graph, aspect: number): { sx: number; sy: number } {
  if (!(aspect > 0) || graph.order < 2) return { sx: 1, sy: 1 };
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_, a) => {
    const x = a["x"] as number;
    const y = a["y"] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  const dx = maxX - minX;
  const dy = maxY - minY;
  if (!(dx > 0) || !(dy > 0)) return { sx: 1, sy: 1 };
  const current = dx / dy;
  // Widen x when the layout is narrower than the canvas, else heighten y; never shrink, so distances only grow.
  const sx = current < aspect ? aspect / current : 1;
  const sy = current > aspect ? current / aspect : 1;
  if (sx === 1 && sy === 1) return { sx, sy };
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  graph.updateEachNodeAttributes(
    (_, a) => ({ ...a, x: cx + ((a["x"] as number) - cx) * sx, y: cy + ((a["y"] as number) - cy) * sy }),
    { attributes: ["x", "y"] },
  );
  return { sx, sy };
}
