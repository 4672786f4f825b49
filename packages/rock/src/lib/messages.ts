import {
  defineCatalog,
  type Locale,
  localizeMessage,
  type Message,
  type MessageParams,
  type Point,
  type Position,
} from "@verlicht/core";
import { en } from "../locales/en.js";
import { nl } from "../locales/nl.js";

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
  | "yaml-too-deep"
  | "yaml-alias-limit"
  | "invalid-codebook"
  | "invalid-attributes"
  | "unknown-parent-code"
  | "invalid-csv"
  | "invalid-project"
  | "invalid-qdpx"
  | "qdpx-unknown-reference";

/** The messages of `@verlicht/rock` in English and Dutch, keyed by rule id. */
export const rockMessages = defineCatalog<RockRuleId>("rock", { en, nl });

/** Build a `rock` message, worded through {@link rockMessages} (in English; see {@link localize}). */
export function rockMessage(
  ruleId: RockRuleId,
  params: MessageParams,
  place: Position | Point | undefined,
  extra?: {
    severity?: "error" | "warning" | "info";
    file?: string | undefined;
    actual?: string;
    expected?: string[];
  },
): Message {
  const m = rockMessages.create(ruleId, {
    params,
    place,
    severity: extra?.severity ?? "warning",
    file: extra?.file,
    actual: extra?.actual,
    expected: extra?.expected,
  });
  return m;
}

/** Word messages in `locale` (messages of other packages stay as they are). */
export function localize(messages: Message[], locale: Locale | null | undefined): Message[] {
  if (!locale || locale === "en") return messages;
  return messages.map((m) => localizeMessage(m, [rockMessages], locale));
}

/** A message from a zod issue (`detail` is zod's wording), worded through the catalogue like every other. */
export function zodMessage(
  ruleId: "invalid-codebook" | "invalid-attributes" | "invalid-project" | "invalid-qdpx",
  detail: string,
  place: Position | Point | undefined,
  from: Message,
): Message {
  return rockMessage(ruleId, { detail }, place, {
    severity: from.severity,
    file: from.file,
    ...(from.actual === undefined ? {} : { actual: from.actual }),
    ...(from.expected === undefined ? {} : { expected: from.expected }),
  });
}
