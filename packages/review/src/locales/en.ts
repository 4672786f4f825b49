import type { LocaleTable } from "@verlicht/core";

/** English wording of the review store's messages (event log, identities, blinding). */
export const en = {
  // The event log and its protection (see docs/data-promises.md).
  "log-event-missing": "Event {seq} is missing from the log (events were deleted)",
  "log-event-altered": "Event {seq} was changed after it was written: its hash does not match its content",
  "log-chain-broken": "Event {seq} does not follow the event before it: the hash chain is broken",
  "log-truncated": "The log ends before event {seq}: events were removed from its end",
  "log-unsealed": {
    reason: "The log of this file (schema version {version}) has no hash chain yet",
    note: "open it once without readOnly to seal it",
  },
  "log-protection-restored": "The protective trigger {name} was missing or changed; it has been restored",
  "log-protection-missing": "The protective trigger {name} is missing or changed",
  "state-differs": {
    reason: "The {table} table differs from a replay of the event log",
    note: "the state was edited outside the library; rebuild() restores it from the log",
  },
  "log-ok": "{events} events, hash chain intact, protective triggers in place",
  "broken-log": {
    reason: "{path}: the event log is broken at event {seq}: {problem}",
    note: "the review was not opened; open it with {readOnly: true} to inspect it, or restore a backup",
  },
  "rebuild-refused": "the event log is broken at event {seq}; a rebuild would replay a tampered log",
  "read-only": "{path} was opened read-only; {action} would write to it",
  "expected-path": "expected a file path, got {got}",
  "newer-schema":
    "{path} has schema version {version}, newer than this library's {supported}; upgrade @verlicht/review",
  // The store's set-up and look-ups.
  "unknown-round": "no round {id}; known: {known}",
  "unknown-record": "no record with id {id}",
  "unknown-maybe-pair": "no maybe pair ({a}, {b}); see maybePairs()",
  "empty-reviewer-id": "expected a non-empty reviewer id",
  "empty-reason-code": "expected a non-empty reason code",
  "unknown-stage": "no stage {id}; known: {known}",
  "no-round-yet": "the review has no search round yet; call addRound() first",
  "round-exists": "a round with id {id} exists; pick another id",
  "bad-rule-reviewers": "rule.reviewers must be a positive integer, got {got}",
  // Identities and blinding.
  "sign-in-refused": "unknown reviewer or wrong token",
  "reviewer-without-token": "{reviewer} has no sign-in token yet; the lead issues one with addReviewer()",
  "blinded-votes": "{reviewer} has not voted on record {record} at {stage}; votes are blinded until you vote",
  "blinded-decision": "{reviewer} has not voted on record {record} at {stage}; its decision is blinded until you vote",
  "lead-only": "only the lead (role owner) may {action}; {reviewer} is a {role}",
  "vote-as-other": "a session of {reviewer} cannot vote as {other}",
  "name-not-identity": "a name is not an identity: pass a session from review.signIn(name, token) instead of {as}",
} satisfies LocaleTable<string>;

/** The review store's rule ids. */
export type ReviewStoreRuleId = keyof typeof en;
