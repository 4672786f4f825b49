import type { DecisionRule, VoteValue } from "./decide.js";
import type { ReviewRecord } from "./review-record.js";

/** How a search round found its records (PRISMA's identification boxes). */
export type RoundKind = "database" | "register" | "website" | "organisation" | "citation";

/** A search round (a version of a living review): query, database, interface, date. */
export interface Round {
  id: string;
  /** 1 for the first round, then 2, 3… */
  position: number;
  label?: string | undefined;
  query?: string | undefined;
  database?: string | undefined;
  interface?: string | undefined;
  /** ISO date the search was run. */
  date?: string | undefined;
  kind: RoundKind;
}

/** A record as stored in a review. */
export interface StoredRecord {
  /** The record's id in the review (1, 2, 3…, in import order). */
  id: number;
  roundId: string;
  file?: string | undefined;
  fileHash?: string | undefined;
  /** Line of the record's first tag in the file. */
  line?: number | undefined;
  /** The canonical record this one duplicates, if any. */
  duplicateOf?: number | undefined;
  /** Why the record was removed before screening (PRISMA "removed for other reasons"), if it was. */
  removed?: string | undefined;
  /** The full-text report could not be retrieved. */
  notRetrieved: boolean;
  record: ReviewRecord;
}

/** Who made a change: every mutating call names an actor. */
export interface Actor {
  /** Reviewer or person id written into the event. */
  as: string;
}

/** Provenance of an input file, written into events. */
export interface InputProvenance {
  file?: string | undefined;
  hash?: string | undefined;
  line?: number | undefined;
}

/** A reviewer's role: screeners vote; resolvers may also see conflicting votes and resolve them; owners may do all. */
export type ReviewerRole = "screener" | "resolver" | "owner";

/** A vote as returned by {@link Review.votes}. */
export interface Vote {
  recordId: number;
  stage: string;
  reviewer: string;
  roundId: string;
  value: VoteValue;
  reason?: string | undefined;
  note?: string | undefined;
  at: string;
}

/** A screening stage and its rule. */
export interface Stage {
  id: string;
  position: number;
  rule: DecisionRule;
  /** Exclude votes need a reason from the controlled list. */
  reasonsRequired: boolean;
}

/** The stages a new review starts with: title/abstract then full text, two agreeing reviewers each. */
export const DEFAULT_STAGES: ReadonlyArray<Stage> = Object.freeze([
  { id: "title-abstract", position: 1, rule: { kind: "agree", reviewers: 2 }, reasonsRequired: false },
  { id: "full-text", position: 2, rule: { kind: "agree", reviewers: 2 }, reasonsRequired: true },
]);
