// Who is signed in to the screening app, and what they may do. Uses the review store's identity API
// (per-review tokens the lead issues, `review.signIn`) when the review package has it; otherwise tokens
// issued by this server for its lifetime. Either way the server hands a reviewer only their own votes.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { type Review, type ReviewerRole, retractVote, type Vote, type VoteInit, vote } from "@verlicht/review";

/** A signed-in reviewer: their id, role, and the writes they may make (always as themselves). */
export interface ReviewerHandle {
  reviewer: string;
  role: ReviewerRole;
  /** Is this the lead (may list and resolve conflicts)? */
  isLead: boolean;
  vote(init: Omit<VoteInit, "reviewer">): void;
  retract(init: { record: number; stage: string; round: string }): void;
  /** This reviewer's own votes at a stage, oldest first. */
  myVotes(stage: string): Vote[];
}

interface StoreSession {
  reviewer: string;
  role: ReviewerRole;
  vote(init: Omit<VoteInit, "reviewer">): void;
  retract(init: { record: number; stage: string; round?: string | undefined }): void;
  myVotes(options?: { stage?: string }): Vote[];
}
interface StoreReview {
  signIn(id: string, token: string): StoreSession;
  addReviewer(id: string, options: { as: string; role?: ReviewerRole }): string | undefined;
}

/** Does the review package have the store's identity API (tokens kept in the review file)? */
export function hasStoreIdentity(review: Review): boolean {
  return typeof (review as unknown as Partial<StoreReview>).signIn === "function";
}

function ownVotes(review: Review, reviewer: string, stage: string): Vote[] {
  const rows = review.db
    .prepare("SELECT * FROM votes WHERE reviewer = ? AND stage = ? ORDER BY at, rowid")
    .all(reviewer, stage) as Record<string, unknown>[];
  return rows.map((r) => ({
    recordId: r.record_id as number,
    stage: r.stage as string,
    reviewer: r.reviewer as string,
    roundId: r.round_id as string,
    value: r.value as Vote["value"],
    reason: (r.reason as string | null) ?? undefined,
    note: (r.note as string | null) ?? undefined,
    at: r.at as string,
  }));
}

/** Sign-in for the screening server. */
export class Identities {
  readonly #review: Review;
  readonly #issued = new Map<string, { token: string; role: ReviewerRole }>();

  constructor(review: Review) {
    this.#review = review;
  }

  /**
   * Issue a token for a reviewer (adding them to the review when new). With the store's identity API the
   * token is kept (as a hash) in the review file; otherwise it holds while this server runs.
   */
  issue(reviewer: string, role: ReviewerRole, as: string): string {
    const store = this.#review as unknown as StoreReview;
    if (hasStoreIdentity(this.#review)) {
      const token = store.addReviewer(reviewer, { as, role });
      if (typeof token === "string") return token;
    } else if (this.#review.reviewerRole(reviewer) !== role) this.#review.addReviewer(reviewer, { as, role });
    const token = `vrt_${randomBytes(32).toString("base64url")}`;
    this.#issued.set(reviewer, { token, role });
    return token;
  }

  /** The reviewer for a name and token, or undefined when they do not match. */
  signIn(name: string, token: string): ReviewerHandle | undefined {
    const review = this.#review;
    const issued = this.#issued.get(name);
    if (issued) {
      const a = Buffer.from(issued.token);
      const b = Buffer.from(token);
      if (a.length !== b.length || !timingSafeEqual(a, b)) return undefined;
      return this.#handle(name, issued.role, (init) => vote(review, { ...init, reviewer: name }));
    }
    if (!hasStoreIdentity(review)) return undefined;
    let session: StoreSession;
    try {
      session = (review as unknown as StoreReview).signIn(name, token);
    } catch {
      return undefined;
    }
    return {
      reviewer: name,
      role: session.role,
      isLead: session.role === "owner" || session.role === "resolver",
      vote: (init) => session.vote(init),
      retract: (init) => session.retract(init),
      myVotes: (stage) => session.myVotes({ stage }).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    };
  }

  #handle(reviewer: string, role: ReviewerRole, cast: (init: Omit<VoteInit, "reviewer">) => void): ReviewerHandle {
    const review = this.#review;
    return {
      reviewer,
      role,
      isLead: role === "owner" || role === "resolver",
      vote: cast,
      retract: (init) => retractVote(review, { ...init, reviewer }),
      myVotes: (stage) => ownVotes(review, reviewer, stage),
    };
  }
}
