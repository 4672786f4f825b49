import { escapeMarkup } from "@verlicht/core";
/** A node as drawn, in pixel coordinates. */
export interface SceneNode {
  /** Node key. */
  key: string;
  /** Horizontal pixel position. */
  x: number;
  /** Vertical pixel position (grows downwards). */
  y: number;
  /** Radius in pixels. */
  size: number;
  /** Fill colour. */
  color: string;
  /** Label, or empty for none. */
  label: string;
}

/** An edge as drawn. */
export interface SceneEdge {
  /** Edge key. */
  key: string;
  /** Source node key. */
  source: string;
  /** Target node key. */
  target: string;
  /** Stroke colour. */
  color: string;
  /** Stroke width in pixels. */
  size: number;
  /** Bend as a fraction of the edge length (0 = straight). */
  curvature: number;
}

/** What {@link toSvg} draws. */
export interface Scene {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Visible nodes. */
  nodes: ReadonlyArray<SceneNode>;
  /** Visible edges (edges whose ends are missing are skipped). */
  edges: ReadonlyArray<SceneEdge>;
  /** Optional title, written as `<title>`. */
  title?: string | undefined;
}

/** Escape text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return escapeMarkup(text);
}

const r = (n: number) => Math.round(n * 100) / 100;

/**
 * Draw a scene as a standalone SVG document: curved or straight edges with arrow heads in the
 * edge's colour, circles for nodes and labels beside them. Pure: the same scene gives the same text.
 *
 * @param scene Nodes and edges in pixel coordinates.
 * @returns The SVG text.
 */
export function toSvg(scene: Scene): string {
  const byKey = new Map(scene.nodes.map((n) => [n.key, n]));
  const colours = [...new Set(scene.edges.map((e) => e.color))];
  const markerId = new Map(colours.map((c, i) => [c, `arrow-${i}`]));
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r(scene.width)}" height="${r(scene.height)}" viewBox="0 0 ${r(scene.width)} ${r(scene.height)}" font-family="sans-serif">`,
  );
  if (scene.title) out.push(`<title>${escapeXml(scene.title)}</title>`);
  out.push("<defs>");
  for (const [c, id] of markerId) {
    out.push(
      `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(c)}"/></marker>`,
    );
  }
  out.push("</defs>");
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<g class="edges" fill="none">`);
  for (const e of scene.edges) {
    const s = byKey.get(e.source);
    const t = byKey.get(e.target);
    if (!s || !t) continue;
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    // End the line at the target's rim so the arrow head stays visible.
    const ex = t.x - (dx / len) * t.size;
    const ey = t.y - (dy / len) * t.size;
    const attrs = `stroke="${escapeXml(e.color)}" stroke-width="${r(e.size)}" marker-end="url(#${markerId.get(e.color)})" data-edge="${escapeXml(e.key)}"`;
    if (e.curvature === 0 || e.source === e.target) {
      out.push(`<path d="M${r(s.x)},${r(s.y)} L${r(ex)},${r(ey)}" ${attrs}/>`);
    } else {
      const cx = (s.x + t.x) / 2 + (dy / len) * len * e.curvature;
      const cy = (s.y + t.y) / 2 - (dx / len) * len * e.curvature;
      out.push(`<path d="M${r(s.x)},${r(s.y)} Q${r(cx)},${r(cy)} ${r(ex)},${r(ey)}" ${attrs}/>`);
    }
  }
  out.push("</g>");
  out.push(`<g class="nodes">`);
  for (const n of scene.nodes) {
    out.push(
      `<circle cx="${r(n.x)}" cy="${r(n.y)}" r="${r(n.size)}" fill="${escapeXml(n.color)}" stroke="#ffffff" stroke-width="1" data-node="${escapeXml(n.key)}"/>`,
    );
  }
  out.push("</g>");
  out.push(`<g class="labels" font-size="12" fill="#222222">`);
  for (const n of scene.nodes) {
    if (!n.label) continue;
    out.push(`<text x="${r(n.x + n.size + 3)}" y="${r(n.y + 4)}">${escapeXml(n.label)}</text>`);
  }
  out.push("</g>");
  out.push("</svg>");
  return out.join("\n");
}
