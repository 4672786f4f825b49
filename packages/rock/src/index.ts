/** The agreement statistics of `@verlicht/core` (one implementation, one return shape `{value, reason, n}`). */
export { cohensKappa, krippendorffAlpha } from "@verlicht/core";
export { addCode } from "./lib/add-code.js";
export type { CodeSpec } from "./lib/build-code-trees.js";
export {
  buildCooccurrenceMatrix,
  type CooccurrenceMatrix,
  type CooccurrenceOptions,
} from "./lib/build-cooccurrence-matrix.js";
export {
  type CodedFragment,
  type CollectCodedFragmentsOptions,
  collectCodedFragments,
  type FragmentLine,
  formatCodedFragments,
} from "./lib/collect-coded-fragments.js";
export { type CodeFrequencies, type CountCodesOptions, countCodes } from "./lib/count-codes.js";
export type { UtteranceRef } from "./lib/edit-utterance.js";
export { type InspectCodedSourcesOptions, inspectCodedSources } from "./lib/inspect-coded-sources.js";
export { joinAttributes } from "./lib/join-attributes.js";
export {
  type CodeAgreement,
  DEFAULT_MERGE_CODERS_OPTIONS,
  type MergeCodersOptions,
  type MergedCoders,
  type MergedUtterance,
  mergeCoders,
} from "./lib/merge-coders.js";
export { mergeSources } from "./lib/merge-sources.js";
export { type RockRuleId, rockMessages } from "./lib/messages.js";
export { DEFAULT_PARSE_SOURCE_OPTIONS, type ParseSourceOptions, parseSource } from "./lib/parse-source.js";
export { parseSources, type RockSources, type SourceFile } from "./lib/parse-sources.js";
export {
  CLASS_INSTANCE_REGEX,
  CODE_REGEX,
  CODE_VALUE_REGEX,
  NETWORK_CODE_REGEX,
  SECTION_BREAK_REGEX,
  UID_REGEX,
} from "./lib/patterns.js";
export { DEFAULT_PREPEND_UIDS_OPTIONS, type PrependUidsOptions, prependUids } from "./lib/prepend-uids.js";
export { type Codebook, type ReadCodebookOptions, readCodebook } from "./lib/read-codebook.js";
export { DCT_INSTRUCTION_TYPES, type Dct, readDct } from "./lib/read-dct.js";
export { readSpreadsheetCodebook, type SpreadsheetCodebookSheets } from "./lib/read-spreadsheet-codebook.js";
export { readTokens } from "./lib/read-tokens.js";
export { YAML_MAX_ALIAS_COUNT, YAML_MAX_DEPTH } from "./lib/read-yaml-fragment.js";
export { readQdc, writeQdc } from "./lib/refi-qda/qdc.js";
export { type ImportedProject, type ReadQdpxOptions, readQdpx, readRefiQdaProject } from "./lib/refi-qda/read-qdpx.js";
export {
  type RefiQdaInput,
  type RefiQdaProject,
  toRefiQdaProject,
  type WriteQdpxOptions,
  writeQdpx,
} from "./lib/refi-qda/write-qdpx.js";
export { removeCode } from "./lib/remove-code.js";
export {
  makeRockProjectConfig,
  type ReadRockProjectOptions,
  ROCK_PROJECT_FILE,
  ROCK_PROJECT_MAX_BYTES,
  type RockProject,
  type RockProjectFiles,
  readRockProject,
  readRockProjectZip,
  rockProjectYaml,
  writeRockProject,
} from "./lib/rock-project.js";
export { type RockProjectConfig, RockProjectConfigSchema } from "./lib/rock-project-schema.js";
export { serializeSource } from "./lib/serialize-source.js";
export { setClassInstance } from "./lib/set-class-instance.js";
export {
  codesOf,
  type QualitativeDataTable,
  type QualitativeDataTableOptions,
  toQualitativeDataTable,
} from "./lib/to-qualitative-data-table.js";
export type {
  Anchor,
  CodeTreeNode,
  CodeTrees,
  Comment,
  ConcreteLine,
  ConcreteLineKind,
  ConcreteSyntax,
  NetworkCode,
  RockAesthetics,
  RockAttributes,
  RockSource,
  RockToken,
  RockTokenKind,
  SectionBreak,
  Utterance,
  YamlFragment,
} from "./lib/types.js";
export { rockCodebookText } from "./lib/write-codebook.js";

/** Package version. */
export const version = "0.1.0";
