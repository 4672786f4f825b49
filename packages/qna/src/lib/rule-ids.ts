/** Every rule id of `@verlicht/qna`'s messages. */
export type QnaRuleId =
  | "invalid-json"
  | "unsupported-graph"
  | "invalid-network"
  | "cyclic-network"
  | "cycle-broken"
  | "opposite-signs";
