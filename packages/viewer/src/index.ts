export { assignCurvatures, CURVATURE_STEP, type EdgeEnds } from "./lib/assign-curvatures.js";
export {
  buildViewGraph,
  chooseLayout,
  type ViewEdgeAttributes,
  type ViewGraph,
  type ViewNodeAttributes,
} from "./lib/build-view-graph.js";
export {
  assignCategoryColours,
  CATEGORY_PALETTE,
  fadeColour,
  UNKNOWN_COLOUR,
  VALENCE_COLOURS,
  valenceColour,
} from "./lib/colours.js";
export { computeVisibility, type Visibility } from "./lib/compute-visibility.js";
export { createNetworkViewer } from "./lib/create-network-viewer.js";
export { createRng } from "./lib/create-rng.js";
export {
  DEFAULT_OPTIONS,
  type ResolvedViewerOptions,
  resolveOptions,
  type SupportMeasure,
  type ViewerFilter,
  type ViewerLayout,
  type ViewerLocale,
  type ViewerOptions,
} from "./lib/default-options.js";
export { fitToAspect } from "./lib/fit-layout.js";
export { type GraphToSceneOptions, graphToScene } from "./lib/graph-to-scene.js";
export {
  boxHitsDisc,
  type LabelEdge,
  type LabelLayoutOptions,
  type LabelNode,
  layoutLabels,
  type PlacedLabel,
  segmentHitsBox,
  wrapLabel,
} from "./lib/label-layout.js";
export { boxesOverlap, createLabelPlacer, type LabelBox, type LabelPlacer } from "./lib/label-placer.js";
export {
  type LayeredInput,
  type LayeredLayoutOptions,
  type LayeredPosition,
  layeredLayout,
} from "./lib/layered-layout.js";
export type {
  NetworkViewer,
  ViewerEvents,
  ViewerPath,
} from "./lib/network-viewer.js";
export { readNetwork } from "./lib/read-network.js";
export {
  type ForceLayoutHandle,
  type ForceLayoutOptions,
  type LayoutMode,
  runForceLayout,
} from "./lib/run-force-layout.js";
export { normaliseSearchText, type SearchHit, searchNodes } from "./lib/search-nodes.js";
export { escapeXml, type Scene, type SceneEdge, type SceneNode, toSvg } from "./lib/to-svg.js";
export {
  kindName,
  relationName,
  VIEWER_TEXTS,
  type ViewerTextKey,
  viewerCount,
  viewerText,
} from "./lib/viewer-text.js";
