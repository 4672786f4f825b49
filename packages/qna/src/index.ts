export {
  type BetweennessCentralityOptions,
  betweennessCentrality,
} from "./lib/betweenness-centrality.js";
export {
  type BuildGroupNetworksOptions,
  buildGroupNetworks,
  type GroupComparisonEdge,
  type GroupNetworks,
} from "./lib/build-group-networks.js";
export { type BuildNetworkOptions, buildNetwork, DEFAULT_BUILD_OPTIONS } from "./lib/build-network.js";
export { type CollapsedEdgeAttributes, collapseNetwork } from "./lib/collapse-network.js";
export { type CombineOppositesOptions, combineOpposites, flipType } from "./lib/combine-opposites.js";
export { computeSupport, countCoders } from "./lib/compute-support.js";
export { type DegreeCentralityOptions, degreeCentrality, type NodeDegree } from "./lib/degree-centrality.js";
export {
  type Communities,
  DEFAULT_DETECT_COMMUNITIES_OPTIONS,
  type DetectCommunitiesOptions,
  detectCommunities,
} from "./lib/detect-communities.js";
export { EDGE_EXPORT_ATTRIBUTES, type ExportAttribute, NODE_EXPORT_ATTRIBUTES } from "./lib/export-attributes.js";
export { type FilterBySupportOptions, filterBySupport } from "./lib/filter-by-support.js";
export { type ContestedLink, findContested } from "./lib/find-contested.js";
export {
  DEFAULT_FIND_LOOPS_OPTIONS,
  type FindLoopsOptions,
  findLoops,
  type LoopPolarity,
  type NetworkLoop,
} from "./lib/find-loops.js";
export { DEFAULT_FIND_PATHS_OPTIONS, type FindPathsOptions, findPaths, type NetworkPath } from "./lib/find-paths.js";
export {
  DEFAULT_FIND_REACHABILITY_OPTIONS,
  type FindReachabilityOptions,
  findReachability,
  type Reachability,
  type ReachedPair,
} from "./lib/find-reachability.js";
export {
  type FocusDirection,
  type FocusNetworkOptions,
  focusNetwork,
  type TopNetworkOptions,
  topNetwork,
} from "./lib/focus-network.js";
export { type DocumentIndex, type EvidenceCounting, identifyDocuments } from "./lib/identify-documents.js";
export { qnaMessages } from "./lib/messages.js";
export type { RockSource as NetworkSource } from "./lib/network-source.js";
export { DEFAULT_PAGE_RANK_OPTIONS, type PageRankOptions, pageRank } from "./lib/page-rank.js";
export { type PathRobustness, type PathRobustnessOptions, pathRobustness } from "./lib/path-robustness.js";
export { DEFAULT_VALENCE } from "./lib/resolve-valence.js";
export type { QnaRuleId } from "./lib/rule-ids.js";
export { fromSerializedNetwork, toGraphologyJson, toSerializedNetwork } from "./lib/serialize-network.js";
export { type ToDagittyOptions, toDagitty } from "./lib/to-dagitty.js";
export { DOT_VALENCE_STYLE, type ToDotOptions, toDot } from "./lib/to-dot.js";
export { toEdgeCsv } from "./lib/to-edge-csv.js";
export { toGexf } from "./lib/to-gexf.js";
export { toGraphml } from "./lib/to-graphml.js";
export {
  holderOf,
  type ThreadHolder,
  type ThreadStep,
  type ThreadTrace,
  traceThreads,
} from "./lib/trace-threads.js";
export type {
  EdgeWeightBy,
  QnaAesthetics,
  QnaEdgeAttributes,
  QnaGraphAttributes,
  QnaNetwork,
  QnaNodeAttributes,
} from "./lib/types.js";
export { zoomNetwork } from "./lib/zoom-network.js";
