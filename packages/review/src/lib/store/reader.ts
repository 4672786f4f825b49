// Who is reading: the lead (whoever holds the Review, or a session of a reviewer with role owner) or a
// reviewer's session. Read functions take either and filter by it.
import { UsageError } from "@verlicht/core";
import { errorText } from "../messages.js";
import type { Review } from "../open-review.js";
import type { ReviewerSession } from "./session.js";

/** Marks a {@link ReviewerSession}, so read functions tell it from a {@link Review} without importing it. */
export const SESSION: unique symbol = Symbol.for("@verlicht/review/session");

/** Whoever reads a review: the lead's {@link Review}, or a reviewer's {@link ReviewerSession}. */
export type ReviewReader = Review | ReviewerSession;

/** Is `reader` a reviewer's session (rather than the lead's Review)? @internal */
export function isSession(reader: ReviewReader): reader is ReviewerSession {
  return (reader as { [SESSION]?: boolean })[SESSION] === true;
}

/**
 * The lead's Review behind `reader`: the Review itself, or the review of a session with role `owner`.
 * @throws {UsageError} for any other session (exports and whole-review figures reveal every decision).
 * @internal
 */
export function asLead(reader: ReviewReader, action: string): Review {
  if (!isSession(reader)) return reader;
  return reader.lead(action);
}

/** The error a non-lead gets. @internal */
export function leadOnly(action: string, reviewer: string, role: string): UsageError {
  return new UsageError(errorText(action, "lead-only", { action, reviewer, role }));
}
