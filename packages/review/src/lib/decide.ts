/** A vote value. `maybe` counts as `include` for forwarding (as in Covidence). */
export type VoteValue = "include" | "exclude" | "maybe";

/** Vote values accepted by {@link Review.vote}. */
export const VOTE_VALUES: ReadonlyArray<VoteValue> = ["include", "exclude", "maybe"];

/**
 * A stage's decision rule.
 * - `agree`: `reviewers` votes are needed; all include/maybe → include, all exclude → exclude, a mix → conflict.
 * - `any-include`: one include/maybe vote forwards the record; `reviewers` exclude votes exclude it.
 * - `single`: the first vote decides.
 */
export type DecisionRule =
  | { kind: "agree"; reviewers: number }
  | { kind: "any-include"; reviewers: number }
  | { kind: "single" };

/** The state of a record at a stage. */
export type DecisionStatus = "include" | "exclude" | "conflict" | "pending";

/** A record's decision at a stage, with where it came from. */
export interface Decision {
  /** include / exclude / conflict / pending. */
  status: DecisionStatus;
  /** The exclusion reason (most frequent among the excluding votes, or the resolver's). */
  reason?: string | undefined;
  /** `rule` (votes), `resolution` (a resolver decided) or `duplicate` (carried from the canonical record). */
  via: "rule" | "resolution" | "duplicate" | "none";
  /** The decision rule applied. */
  rule?: DecisionRule | undefined;
}

/** A vote as the rule sees it. */
export interface RuleVote {
  value: VoteValue;
  reason?: string | null | undefined;
}

/** Apply a decision rule to the votes of one record at one stage (resolution not included). */
export function decide(rule: DecisionRule, votes: ReadonlyArray<RuleVote>): Decision {
  const includes = votes.filter((v) => v.value !== "exclude").length;
  const excludes = votes.length - includes;
  const reason = commonReason(votes);
  if (votes.length === 0) return { status: "pending", via: "none", rule };
  switch (rule.kind) {
    case "single": {
      const first = votes[0] as RuleVote;
      return first.value === "exclude"
        ? { status: "exclude", reason: first.reason ?? undefined, via: "rule", rule }
        : { status: "include", via: "rule", rule };
    }
    case "any-include":
      if (includes > 0) return { status: "include", via: "rule", rule };
      return excludes >= rule.reviewers
        ? { status: "exclude", reason, via: "rule", rule }
        : { status: "pending", via: "rule", rule };
    default:
      if (includes > 0 && excludes > 0) return { status: "conflict", via: "rule", rule };
      if (votes.length < rule.reviewers) return { status: "pending", via: "rule", rule };
      return includes > 0 ? { status: "include", via: "rule", rule } : { status: "exclude", reason, via: "rule", rule };
  }
}

function commonReason(votes: ReadonlyArray<RuleVote>): string | undefined {
  const counts = new Map<string, number>();
  for (const v of votes) if (v.value === "exclude" && v.reason) counts.set(v.reason, (counts.get(v.reason) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const [reason, count] of counts) {
    if (count > most) {
      best = reason;
      most = count;
    }
  }
  return best;
}

/** Known vote values, for validation. @internal */
export function isVoteValue(value: unknown): value is VoteValue {
  return typeof value === "string" && (VOTE_VALUES as ReadonlyArray<string>).includes(value);
}
