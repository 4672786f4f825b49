import type { Message } from "@verlicht/core";
import type { ViewerFilter } from "./default-options.js";
import type { LabelBox } from "./label-placer.js";
import type { LayoutMode } from "./run-force-layout.js";
import type { SearchHit } from "./search-nodes.js";

/** Events of the viewer and their payloads. */
export interface ViewerEvents {
  /** The first frame was drawn (or the input was rejected: see `viewer.messages`). */
  ready: { nodes: number; edges: number; ok: boolean };
  /** A node or edge was selected, or the selection was cleared (`null`). */
  select: { type: "node" | "edge"; key: string } | null;
  /** A node was clicked. */
  clickNode: { node: string };
  /** An edge was clicked. */
  clickEdge: { edge: string };
  /** The filter changed; counts of what is visible now. */
  filter: { nodes: number; edges: number };
  /** The force layout stopped by itself. */
  layoutStop: { iterations: number; mode: LayoutMode };
}

/** A path to highlight: node keys in order, or `findPaths` output (`{nodes, edges}`). */
export type ViewerPath =
  | ReadonlyArray<string>
  | { nodes: ReadonlyArray<string>; edges?: ReadonlyArray<string> | undefined };

/** A running viewer. */
export interface NetworkViewer {
  /** Resolves once the first frame is drawn (or the error is shown). */
  readonly ready: Promise<void>;
  /** Problems with the input; non-empty means the error box is shown instead of the network. */
  readonly messages: ReadonlyArray<Message>;
  /** Remove everything the viewer added and stop its work; safe to call more than once. */
  destroy(): void;
  /** Show only what passes the filter (display only; the data is not changed). Returns the visible counts. */
  setFilter(filter: ViewerFilter): { nodes: number; edges: number };
  /** Highlight nodes matching the text (case and diacritics ignored) and return them, best first. */
  search(text: string): SearchHit[];
  /** Select a node, open its details and move the camera to it. Throws `NotFoundError` for an unknown key. */
  focus(nodeId: string): void;
  /** Highlight a path (fading the rest); `null` clears it. */
  highlightPath(path: ViewerPath | null): void;
  /** Listen to an event; returns a function that removes the listener. */
  on<E extends keyof ViewerEvents>(event: E, handler: (payload: ViewerEvents[E]) => void): () => void;
  /** The current drawing as a PNG image. */
  exportImage(): Promise<Blob>;
  /** The network as an SVG document (visible part, fitted to the stage's size). */
  exportSvg(): string;
  /** Pixel position of a node relative to the drawing area (for overlays and tests), or null when hidden. */
  getNodeViewportPosition(nodeId: string): { x: number; y: number } | null;
  /**
   * The node labels drawn in the last frame: screen box (pixels in the stage), node key, the lines shown (wrapped
   * or shortened) and how many edges pass under the box (0 unless no free room exists for a label that must be shown:
   * those are drawn on an opaque plate, so no line runs through the text).
   */
  getVisibleLabels(): Array<LabelBox & { key: string; lines: string[]; crossings: number }>;
  /** Screen discs of the visible nodes in the last frame (centre and radius in stage pixels). */
  getNodeDiscs(): Array<{ key: string; x: number; y: number; size: number }>;
  /** Where and how far the layout ran. */
  getLayoutState(): { layout: string; running: boolean; iterations: number; mode: LayoutMode | null };
}
