import { createMessage, type Message, type Point, type Position } from "@verlicht/core";

/** Every rule id `@verlicht/rock` reports. Tests assert these, never the wording. */
export type RockRuleId =
  | "unparsed-token"
  | "unclosed-token"
  | "invalid-code"
  | "invalid-class-instance"
  | "invalid-code-value"
  | "invalid-network-code"
  | "uid-read-as-class"
  | "multiple-uids"
  | "duplicate-uid"
  | "duplicate-uid-across-sources"
  | "attribute-conflict"
  | "coder-missing"
  | "missing-uid"
  | "duplicate-class-instance"
  | "code-range-suffix"
  | "negative-weight-ignored"
  | "decimal-weight"
  | "non-numeric-weight"
  | "code-value-name-clash"
  | "inductive-not-under-deductive"
  | "section-break-with-content"
  | "thread-too-deep"
  | "odd-yaml-delimiter"
  | "invalid-yaml"
  | "invalid-codebook"
  | "invalid-attributes"
  | "unknown-parent-code"
  | "invalid-csv"
  | "non-ascii-code";

/** Build a `rock` message. */
export function rockMessage(
  ruleId: RockRuleId,
  reason: string,
  place: Position | Point | undefined,
  extra?: { severity?: "error" | "warning" | "info"; file?: string | undefined; actual?: string; expected?: string[] },
): Message {
  return createMessage({
    ruleId,
    source: "rock",
    severity: extra?.severity ?? "warning",
    reason,
    place,
    file: extra?.file,
    actual: extra?.actual,
    expected: extra?.expected,
  });
}
