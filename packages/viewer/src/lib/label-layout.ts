import type { LabelBox } from "./label-placer.js";

/** A node as the label layout sees it: its disc on screen, its label and how important it is. */
export interface LabelNode {
  /** Node key. */
  key: string;
  /** Centre, in viewport pixels. */
  x: number;
  /** Centre, in viewport pixels. */
  y: number;
  /** Radius in pixels. */
  size: number;
  /** Full label text ("" draws nothing, but the disc is still an obstacle). */
  label: string;
  /** Higher comes first (degree or support). */
  priority: number;
  /** Placed before every other label (hovered, selected, neighbours, search hits). */
  forced?: boolean | undefined;
}

/** An edge drawn on screen, as a polyline in viewport pixels. */
export type LabelEdge = ReadonlyArray<{ x: number; y: number }>;

/** A label placed by {@link layoutLabels}. */
export interface PlacedLabel extends LabelBox {
  /** The node it names. */
  key: string;
  /** The lines to draw (wrapped, or shortened with an ellipsis). */
  lines: string[];
  /** Whether the text was shortened. */
  shortened: boolean;
  /** Edges that still cross the label's box (0 when a free position was found). */
  crossings: number;
  /** The node's centre and radius, for a leader line when the label sits away from it. */
  anchor: { x: number; y: number; size: number };
}

/** Options of {@link layoutLabels}. */
export interface LabelLayoutOptions {
  /** Canvas width in pixels. */
  width: number;
  /** Canvas height in pixels. */
  height: number;
  /** Width of a text in pixels at the label font (e.g. `ctx.measureText(t).width`). */
  measure: (text: string) => number;
  /** Font size (line height is 1.2× this). */
  fontSize: number;
  /** Label every node (true up to 60 nodes); otherwise only where a label has free room. */
  labelAll: boolean;
  /** Longest label line in pixels before wrapping (default: 30 % of the width, 90–220 px). */
  maxLineWidth?: number | undefined;
  /** Most lines per label (default 2). */
  maxLines?: number | undefined;
  /** Most labels tried (default 400), so huge graphs stay fast. */
  maxLabels?: number | undefined;
}

const PAD = 2;
const ELLIPSIS = "…";

/** Do a box and a disc overlap? */
export function boxHitsDisc(b: LabelBox, x: number, y: number, r: number): boolean {
  const cx = Math.max(b.x, Math.min(x, b.x + b.width));
  const cy = Math.max(b.y, Math.min(y, b.y + b.height));
  return (cx - x) ** 2 + (cy - y) ** 2 < r * r;
}

/** Does the segment (x1,y1)–(x2,y2) pass through the box? (Liang–Barsky clipping.) */
export function segmentHitsBox(b: LabelBox, x1: number, y1: number, x2: number, y2: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: Array<[number, number]> = [
    [-dx, x1 - b.x],
    [dx, b.x + b.width - x1],
    [-dy, y1 - b.y],
    [dy, b.y + b.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return false;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return false;
        if (r < t1) t1 = r;
      }
    }
  }
  return t0 < t1;
}

/**
 * Break a label into at most `maxLines` lines no wider than `maxWidth`, at spaces (or hyphens); the last line
 * ends in an ellipsis when text is left over, and a single word too long for a line is cut with an ellipsis.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: (t: string) => number,
): { lines: string[]; shortened: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!;
    i++;
    while (i < words.length && measure(`${line} ${words[i]}`) <= maxWidth) {
      line = `${line} ${words[i]}`;
      i++;
    }
    lines.push(line);
  }
  let shortened = i < words.length;
  for (let l = 0; l < lines.length; l++) {
    const last = l === lines.length - 1;
    if (measure(lines[l]!) > maxWidth || (last && shortened)) {
      lines[l] = shorten(lines[l]!, maxWidth, measure, last && shortened);
      shortened = true;
    }
  }
  return { lines, shortened };
}

function shorten(text: string, maxWidth: number, measure: (t: string) => number, always: boolean): string {
  let t = text;
  if (!always && measure(t) <= maxWidth) return t;
  while (t.length > 1 && measure(`${t}${ELLIPSIS}`) > maxWidth) t = t.slice(0, -1);
  return `${t.trimEnd()}${ELLIPSIS}`;
}

/** Uniform grid over the canvas for fast neighbour queries. */
class Grid<T> {
  private cells = new Map<number, T[]>();
  constructor(private readonly cell: number) {}
  private key(gx: number, gy: number): number {
    return (gx + 1000) * 4096 + (gy + 1000);
  }
  add(b: LabelBox, item: T): void {
    this.visit(b, (k) => {
      const list = this.cells.get(k);
      if (list) list.push(item);
      else this.cells.set(k, [item]);
    });
  }
  query(b: LabelBox): Set<T> {
    const out = new Set<T>();
    this.visit(b, (k) => {
      for (const item of this.cells.get(k) ?? []) out.add(item);
    });
    return out;
  }
  private visit(b: LabelBox, fn: (k: number) => void): void {
    const x0 = Math.floor(b.x / this.cell);
    const x1 = Math.floor((b.x + b.width) / this.cell);
    const y0 = Math.floor(b.y / this.cell);
    const y1 = Math.floor((b.y + b.height) / this.cell);
    for (let gx = x0; gx <= x1; gx++) for (let gy = y0; gy <= y1; gy++) fn(this.key(gx, gy));
  }
}

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  from: string;
  to: string;
}

/**
 * Place node labels like a careful hand: the most important first (forced ones before all), each at the first of
 * several positions around its disc (right, left, above, below, the diagonals, then further out) where it stays
 * inside the canvas and overlaps no other label and no node; long labels are wrapped onto two lines, then
 * shortened with an ellipsis when nothing else fits. Positions crossed by fewer edges win (edges of the node
 * itself count as well). With `labelAll` every node gets a label where any free room exists; otherwise a label
 * is drawn only where no edge crosses it. Pure: no DOM.
 *
 * @param nodes The visible nodes with their screen discs.
 * @param edges The visible edges as screen polylines, with their end nodes.
 * @param options Canvas size, text measure, font size and mode.
 * @returns The placed labels, in placement order.
 */
export function layoutLabels(
  nodes: ReadonlyArray<LabelNode>,
  edges: ReadonlyArray<{ from: string; to: string; points: LabelEdge }>,
  options: LabelLayoutOptions,
): PlacedLabel[] {
  const { width, height, measure, fontSize } = options;
  const lineHeight = Math.round(fontSize * 1.2);
  const maxLineWidth = options.maxLineWidth ?? Math.max(90, Math.min(220, width * 0.3));
  const maxLines = options.maxLines ?? 2;
  const cache = new Map<string, number>();
  const m = (t: string) => {
    let w = cache.get(t);
    if (w === undefined) {
      w = measure(t);
      cache.set(t, w);
    }
    return w;
  };
  const discs = new Grid<LabelNode>(48);
  for (const n of nodes) discs.add({ x: n.x - n.size, y: n.y - n.size, width: 2 * n.size, height: 2 * n.size }, n);
  const segments = new Grid<Segment>(48);
  for (const e of edges) {
    for (let i = 0; i + 1 < e.points.length; i++) {
      const a = e.points[i]!;
      const b = e.points[i + 1]!;
      const s = { x1: a.x, y1: a.y, x2: b.x, y2: b.y, from: e.from, to: e.to };
      // Walk along the segment (a long diagonal would otherwise fill every cell of its bounding box).
      const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 24));
      for (let k = 0; k < steps; k++) {
        const px = a.x + ((b.x - a.x) * k) / steps;
        const py = a.y + ((b.y - a.y) * k) / steps;
        const qx = a.x + ((b.x - a.x) * (k + 1)) / steps;
        const qy = a.y + ((b.y - a.y) * (k + 1)) / steps;
        segments.add(
          { x: Math.min(px, qx), y: Math.min(py, qy), width: Math.abs(qx - px), height: Math.abs(qy - py) },
          s,
        );
      }
    }
  }
  const placed: PlacedLabel[] = [];
  const labels = new Grid<PlacedLabel>(64);
  const order = nodes
    .filter((n) => n.label !== "")
    .sort((a, b) => Number(Boolean(b.forced)) - Number(Boolean(a.forced)) || b.priority - a.priority);
  const limit = options.maxLabels ?? 400;
  const keyLabels = Math.max(5, Math.round(order.length * 0.03));

  const free = (box: LabelBox, self: LabelNode): boolean => {
    if (box.x < 1 || box.y < 1 || box.x + box.width > width - 1 || box.y + box.height > height - 1) return false;
    for (const other of labels.query(box)) if (overlaps(box, other)) return false;
    for (const n of discs.query(box)) if (boxHitsDisc(box, n.x, n.y, n.size + (n === self ? 0 : 1))) return false;
    return true;
  };
  const crossings = (box: LabelBox): number => {
    let count = 0;
    // The node's own edges count too: they leave the disc, so a label beside it may lie across one of them.
    for (const s of segments.query(box)) {
      if (segmentHitsBox(box, s.x1, s.y1, s.x2, s.y2)) count++;
    }
    return count;
  };

  let tried = 0;
  for (const node of order) {
    if (tried >= limit && !node.forced) break;
    tried++;
    const key = options.labelAll || Boolean(node.forced) || tried <= keyLabels;
    const texts = candidateTexts(node.label, maxLineWidth, maxLines, m, key);
    let best: PlacedLabel | null = null;
    search: for (const text of texts) {
      const w = Math.ceil(Math.max(...text.lines.map(m))) + 2 * PAD;
      const h = text.lines.length * lineHeight + 2 * PAD;
      for (const box of candidateBoxes(node, w, h, key)) {
        if (!free(box, node)) continue;
        const c = crossings(box);
        if (!best || c < best.crossings)
          best = {
            ...box,
            key: node.key,
            lines: text.lines,
            shortened: text.shortened,
            crossings: c,
            anchor: { x: node.x, y: node.y, size: node.size },
          };
        if (c === 0) break search;
      }
    }
    if (!best) continue;
    // A label that must lie across an edge (every label shown, a forced one, or one of the most important
    // factors, whose many links leave no free side) is drawn on an opaque plate: the edge passes under it.
    if (best.crossings > 0 && !key) continue;
    placed.push(best);
    labels.add(best, best);
  }
  return placed;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The label as written, wrapped, and ever shorter, in the order they are tried. */
function candidateTexts(
  label: string,
  maxWidth: number,
  maxLines: number,
  m: (t: string) => number,
  tight: boolean,
): Array<{ lines: string[]; shortened: boolean }> {
  const out: Array<{ lines: string[]; shortened: boolean }> = [];
  const seen = new Set<string>();
  const add = (t: { lines: string[]; shortened: boolean }) => {
    const k = t.lines.join("\n");
    if (!seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  };
  if (m(label) <= maxWidth) add({ lines: [label], shortened: false });
  add(wrapLabel(label, maxWidth, maxLines, m));
  add(wrapLabel(label, maxWidth, 1, m));
  // Very short stubs ("Ber…") say little: only when every label must be shown.
  for (const share of tight ? [0.7, 0.5, 0.35] : [0.7])
    add(wrapLabel(label, Math.max(40, maxWidth * share), maxLines, m));
  if (tight) add(wrapLabel(label, 40, 1, m));
  return out;
}

/** Boxes around a node: right, left, above, below, the four diagonals, then the same further out. */
function candidateBoxes(n: LabelNode, w: number, h: number, far: boolean): LabelBox[] {
  const out: LabelBox[] = [];
  for (const gap of far ? [2, 8, 18, 32, 48] : [2, 8, 18, 32]) {
    const r = n.size + gap;
    const d = (n.size + gap) * Math.SQRT1_2;
    out.push(
      { x: n.x + r, y: n.y - h / 2, width: w, height: h },
      { x: n.x - r - w, y: n.y - h / 2, width: w, height: h },
      { x: n.x - w / 2, y: n.y - r - h, width: w, height: h },
      { x: n.x - w / 2, y: n.y + r, width: w, height: h },
      { x: n.x + d, y: n.y - d - h, width: w, height: h },
      { x: n.x + d, y: n.y + d, width: w, height: h },
      { x: n.x - d - w, y: n.y - d - h, width: w, height: h },
      { x: n.x - d - w, y: n.y + d, width: w, height: h },
    );
  }
  return out;
}
