import {
  type AgreementResult,
  cohensKappa,
  errorPrefix,
  InvalidArgumentsError,
  krippendorffAlpha,
  observedAgreement,
  pabak,
  positiveAgreement,
  type Rating,
} from "@verlicht/core";

/** One screening vote, as plain data (the store's votes map onto this). */
export interface AgreementVote {
  /** Identifier of the record voted on. */
  record: string | number;
  /** Screening stage, e.g. `"title-abstract"` or `"full-text"`. */
  stage: string;
  /** Search round the record belongs to. */
  round: string | number;
  /** Who voted. */
  reviewer: string;
  /** The decision, e.g. `"include"`, `"exclude"`, `"maybe"`. */
  decision: string | number | boolean;
}

/** Options of {@link agreementByStageAndRound}. */
export interface AgreementByStageAndRoundOptions {
  /**
   * Declared category mapping applied before any statistic, e.g. `{maybe: "include"}` (Covidence maps
   * "maybe" to "yes" at title/abstract). Recorded in the result so a report can state it.
   */
  mapping?: Readonly<Record<string, string | number | boolean>> | null | undefined;
  /** The positive category for positive agreement (default: `true`, `1` or `"include"` when present). */
  positive?: string | number | boolean | null | undefined;
}

/** Defaults of {@link agreementByStageAndRound}. */
export const DEFAULT_AGREEMENT_BY_STAGE_AND_ROUND_OPTIONS: Readonly<{ mapping: null; positive: null }> = Object.freeze({
  mapping: null,
  positive: null,
});

/** Agreement statistics of one stage in one round, or cumulative over all rounds (`round: null`). */
export interface StageRoundAgreement {
  /** The stage. */
  stage: string;
  /** The round, or `null` for the cumulative row over every round of the stage. */
  round: string | number | null;
  /** Reviewers who voted in this stage and round, sorted. */
  reviewers: string[];
  /** Records with at least one vote. */
  records: number;
  /** Cohen's kappa; `NaN` with `reason: "not-two-raters"` unless exactly two reviewers voted. */
  kappa: AgreementResult;
  /** Observed agreement `p_o` (two reviewers only). */
  observed: AgreementResult;
  /** Positive agreement `2a/(2a+b+c)` (two reviewers only). */
  positive: AgreementResult;
  /** PABAK `2·p_o − 1` for two categories (two reviewers only). */
  pabak: AgreementResult;
  /** Krippendorff's alpha, nominal level; any number of reviewers, missing votes allowed. */
  alpha: AgreementResult;
  /** The category mapping that was applied (`null` for none). */
  mapping: Readonly<Record<string, string | number | boolean>> | null;
}

type Group = { stage: string; round: string | number | null; votes: Map<string, Map<string, Rating>> };

function summarise(group: Group, options: AgreementByStageAndRoundOptions): StageRoundAgreement {
  const reviewers = [...new Set([...group.votes.values()].flatMap((m) => [...m.keys()]))].sort();
  const units = [...group.votes.values()].map((m) => reviewers.map((r) => m.get(r) ?? null));
  const mapping = options.mapping ?? null;
  const base = { stage: group.stage, round: group.round, reviewers, records: units.length, mapping };
  const alpha = krippendorffAlpha(units, { level: "nominal" });
  if (reviewers.length !== 2) {
    const nan = { value: Number.NaN, reason: "not-two-raters", n: 0 } as AgreementResult;
    return { ...base, kappa: nan, observed: nan, positive: nan, pabak: nan, alpha };
  }
  const a = units.map((u) => u[0]);
  const b = units.map((u) => u[1]);
  return {
    ...base,
    kappa: cohensKappa(a, b),
    observed: observedAgreement(a, b),
    positive: positiveAgreement(a, b, { positive: options.positive ?? null }),
    pabak: pabak(a, b, { categories: 2 }),
    alpha,
  };
}

/**
 * Agreement between screeners per stage and search round, plus one cumulative row per stage
 * (`round: null`). Use the reviewers' own votes *before* conflict resolution. When a reviewer voted
 * more than once on a record in the same stage and round, the last vote in `votes` counts.
 * Two-rater statistics (kappa, observed and positive agreement, PABAK) need exactly two reviewers
 * in the group; Krippendorff's alpha (nominal) handles any number and missing votes.
 *
 * @param votes The votes, in the order they were cast.
 * @param options `mapping` of categories (e.g. maybe → include) and the `positive` category.
 * @returns One row per (stage, round) in order of first appearance, each stage followed by its cumulative row.
 * @example
 * ```ts
 * agreementByStageAndRound([
 *   { record: 1, stage: "ta", round: 1, reviewer: "ann", decision: "include" },
 *   { record: 1, stage: "ta", round: 1, reviewer: "bob", decision: "exclude" },
 * ]);
 * ```
 */
export function agreementByStageAndRound(
  votes: ReadonlyArray<AgreementVote>,
  options?: AgreementByStageAndRoundOptions | null | undefined,
): StageRoundAgreement[] {
  if (!Array.isArray(votes)) {
    throw new InvalidArgumentsError(
      `${errorPrefix("review", "agreementByStageAndRound")}expected an array of votes, got ${typeof votes}`,
    );
  }
  const resolved = { ...DEFAULT_AGREEMENT_BY_STAGE_AND_ROUND_OPTIONS, ...(options ?? {}) };
  const groups = new Map<string, Group>();
  const stages = new Map<string, string[]>();
  const add = (key: string, stage: string, round: string | number | null, unit: string, v: AgreementVote) => {
    let g = groups.get(key);
    if (!g) {
      g = { stage, round, votes: new Map() };
      groups.set(key, g);
    }
    let unitVotes = g.votes.get(unit);
    if (!unitVotes) {
      unitVotes = new Map();
      g.votes.set(unit, unitVotes);
    }
    const mapped = resolved.mapping?.[String(v.decision)];
    unitVotes.set(v.reviewer, mapped ?? v.decision);
  };
  for (const v of votes) {
    const key = JSON.stringify([v.stage, v.round]);
    if (!groups.has(key)) {
      const list = stages.get(v.stage) ?? [];
      list.push(key);
      stages.set(v.stage, list);
    }
    const unit = JSON.stringify([v.round, v.record]);
    add(key, v.stage, v.round, unit, v);
    add(JSON.stringify([v.stage, null]), v.stage, null, unit, v);
  }
  const rows: StageRoundAgreement[] = [];
  for (const [stage, keys] of stages) {
    for (const key of keys) rows.push(summarise(groups.get(key) as Group, resolved));
    rows.push(summarise(groups.get(JSON.stringify([stage, null])) as Group, resolved));
  }
  return rows;
}
