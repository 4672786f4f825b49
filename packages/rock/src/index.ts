export type { RockRuleId } from "./lib/messages.js";
export { DEFAULT_PARSE_SOURCE_OPTIONS, type ParseSourceOptions, parseSource } from "./lib/parse-source.js";
export { serializeSource } from "./lib/serialize-source.js";
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

/** Package version. */
export const version = "0.1.0";
