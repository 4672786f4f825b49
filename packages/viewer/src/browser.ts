// Entry of the self-contained browser bundle (`@verlicht/viewer/browser`, dist/browser/verlicht-viewer.js).
// It exports the same names as the main entry and, so that a page which inlines this file into a
// <script type="module"> (e.g. the offline dashboard, where file:// pages cannot import modules) can
// reach them from another script, also puts them on `globalThis.VerlichtViewer`.
import * as api from "./index.js";

export {
  assignCategoryColours,
  assignCurvatures,
  boxesOverlap,
  boxHitsDisc,
  buildViewGraph,
  CATEGORY_PALETTE,
  CURVATURE_STEP,
  chooseLayout,
  computeVisibility,
  createLabelPlacer,
  createNetworkViewer,
  createRng,
  DEFAULT_OPTIONS,
  escapeXml,
  fadeColour,
  fitToAspect,
  graphToScene,
  kindName,
  layeredLayout,
  layoutLabels,
  normaliseSearchText,
  readNetwork,
  relationName,
  resolveOptions,
  runForceLayout,
  searchNodes,
  segmentHitsBox,
  toSvg,
  UNKNOWN_COLOUR,
  VALENCE_COLOURS,
  VIEWER_TEXTS,
  valenceColour,
  viewerCount,
  viewerText,
  wrapLabel,
} from "./index.js";

(globalThis as { VerlichtViewer?: typeof api }).VerlichtViewer = api;
