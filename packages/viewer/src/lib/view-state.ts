import type { Visibility } from "./compute-visibility.js";
import type { LabelBox } from "./label-placer.js";

/** What the viewer currently shows on top of the data: filter result, hover, selection, path, search. */
export interface ViewState {
  /** Visible nodes and edges after the filter. */
  visibility: Visibility;
  /** The node under the pointer (or keyboard focus), if any. */
  hovered: string | null;
  /** The selected node or edge, if any. */
  selected: { type: "node" | "edge"; key: string } | null;
  /** A highlighted path, if any. */
  path: { nodes: Set<string>; edges: Set<string> } | null;
  /** The node whose neighbourhood is shown (hovered, else selected), if any. */
  anchor: string | null;
  /** The anchor and its neighbours, computed once per change (the reducers run per node and edge). */
  neighbourhood: Set<string> | null;
  /** Nodes found by the last search. */
  searchHits: Set<string>;
  /** The label boxes drawn in the last frame (set by the renderer). */
  placedLabels?: () => Array<LabelBox & { key: string; lines: string[]; crossings: number }>;
  /** True while the force layout runs (big graphs skip labels then). */
  layoutRunning?: boolean;
  /** True once the running layout has written positions (until it stops). */
  layoutMoving?: boolean;
}
