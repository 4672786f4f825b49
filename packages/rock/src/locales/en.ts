import type { LocaleTable } from "@verlicht/core";
import type { RockRuleId } from "../lib/messages.js";

/** English wording of every `@verlicht/rock` message. */
export const en: LocaleTable<RockRuleId> = {
  "unparsed-token": "Token {raw} is not read by rock (it matches no ROCK rule); it stays in the utterance text",
  "unclosed-token": "This [[ is never closed with ]]; rock leaves it in the utterance text",
  "invalid-code":
    "Token {raw} is not read by rock (codes may only hold A-Z, a-z, 0-9, _ and >); it stays in the utterance text",
  "invalid-class-instance":
    "Token {raw} is not read by rock (class instance ids may only hold A-Z, a-z, 0-9 and _); it stays in the utterance text",
  "invalid-code-value":
    "Token {raw} is not read by rock (no code-value pattern reads it); it stays in the utterance text",
  "invalid-network-code":
    "Token {raw} is not read by rock (no network-code pattern reads it); it stays in the utterance text",
  "uid-read-as-class": "rock reads {raw} as a class instance identifier, not as a uid; write [[uid={value}]]",
  "multiple-uids": 'This line has {count} uids; rock uses the last, "{uid}"',
  "duplicate-uid": 'Uid "{uid}" was already used on line {firstLine}',
  "duplicate-uid-across-sources": 'Uid "{uid}" is also used in source "{firstFile}" (line {firstLine})',
  "attribute-conflict":
    'Attribute "{attribute}" of {className} "{instance}" is "{first}" elsewhere and "{second}" here; the first is used, as in rock',
  "missing-uid": "{count} coded or non-empty utterances have no uid and cannot be compared",
  "duplicate-class-instance": 'Class "{name}" is set twice on this line; rock uses the first',
  "code-range-suffix": 'rock reads {raw} as code "{code}" followed by the range "{range}"',
  "negative-weight-ignored":
    'rock reads "{range}" in {raw} as a range, not a weight, so the edge gets the default weight; put valence in the type (e.g. causal_neg)',
  "decimal-weight": "rock 0.9.6 does not read {raw} (decimal weight); later rock versions do",
  "non-numeric-weight": 'The weight "{weight}" of {raw} is not a number; it is ignored',
  "code-value-name-clash": 'Code value name "{name}" is also used as a code or class; rock stops on this',
  "inductive-not-under-deductive":
    'Code "{code}" mixes deductive and inductive codes, but the inductive codes do not all come after the deductive ones; rock stops on this',
  "section-break-with-content":
    "This line holds a section break and other content; rock drops the whole line from its data, content and codes included",
  "thread-too-deep": (p) =>
    p.start
      ? "This thread starts deeper than level 1; rock stops on this"
      : "This utterance is nested more than one level deeper than the thread so far; rock stops on this",
  "odd-yaml-delimiter":
    "This --- line has no partner, so it opens no YAML fragment; rock stops on an odd number of --- lines",
  "invalid-yaml": "YAML fragment cannot be read: {detail}",
  "yaml-too-deep": "YAML fragment nests deeper than {max} levels; it is not read",
  "yaml-alias-limit": "YAML fragment's aliases expand too much (more than {max} copies); it is not read",
  "invalid-codebook": "Codebook: {detail}",
  "invalid-attributes": "ROCK_attributes: {detail}",
  "unknown-parent-code": 'Code "{code}" names parent "{parent}", which is not defined',
  "invalid-csv": "{sheet}: {detail}",
  "invalid-project": "_ROCKproject.yml: {detail}",
  "invalid-qdpx": "REFI-QDA project: {detail}",
  "qdpx-unknown-reference": 'REFI-QDA project: {kind} "{guid}" is referred to but not defined',
};
