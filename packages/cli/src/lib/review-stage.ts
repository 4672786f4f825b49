import { existsSync, rmSync } from "node:fs";
import {
  type AgreementVote,
  agreementByStageAndRound,
  importFile,
  openReview,
  prismaCounts,
  type Review,
} from "@verlicht/review";
import type { CliContext } from "./context.js";
import { roundNumber } from "./review-file.js";
import { applyScreening, RESOLVER, readScreeningCsv } from "./review-votes.js";

export {
  type ApplyScreeningOptions,
  applyScreening,
  RESOLVER,
  readScreeningCsv,
  type ScreeningRow,
} from "./review-votes.js";

/** PRISMA counts of one round, as the dashboard shows them. */
export type RoundCounts = {
  round: number;
  date?: string | undefined;
  identified: number;
  /** Records identified per database, from each record's own import (`--database`), e.g. `WoS 50, Scopus 10`. */
  databases?: string | undefined;
  duplicates: number;
  screened: number;
  excludedScreening: number;
  fullText: number;
  excludedFullText: number;
  exclusionReasons: Record<string, number>;
  included: number;
  /** The studies included in this round (after full text). */
  includedStudies: Study[];
  /** The studies excluded at full text in this round, each with its reason. */
  fullTextExclusions: Array<Study & { reason: string }>;
  /** Reports sought but not retrieved. */
  notRetrieved: number;
  /** New studies included (several linked reports count as one study). */
  studies: number;
  cumulativeIncluded: number;
  conflicts: number;
  kappa: number | null;
};

/** A study as the dashboard lists it. */
export type Study = { id: number; title: string; authors: string[]; year: number | null };

/** Options of {@link runReview}. */
export interface RunReviewOptions {
  rounds: Array<{
    round: number;
    file: string;
    date?: string | undefined;
    database?: string | undefined;
    query?: string | undefined;
  }>;
  screening?: string | undefined;
}

/**
 * Run a living review from files: create the review file afresh, import each round, cluster duplicates,
 * apply the screening votes, resolve conflicts and count PRISMA boxes per round.
 */
export function runReview(
  ctx: CliContext,
  dbPath: string,
  options: RunReviewOptions,
): { rounds: RoundCounts[]; review: Review } {
  if (existsSync(dbPath)) rmSync(dbPath);
  const review = openReview(dbPath);
  const as = "verlicht";
  const rows = options.screening ? readScreeningCsv(ctx, options.screening) : [];
  const bar = ctx.progress(options.rounds.length, ctx.t("review importeren", "importing review"));
  for (const r of options.rounds) {
    const result = review.transaction(() => {
      const round = review.addRound({
        id: `round-${r.round}`,
        label: `Ronde ${r.round}`,
        date: r.date,
        query: r.query,
        as,
      });
      return importFile(review, r.file, { round: round.id, as, database: r.database });
    });
    ctx.messages(
      result.messages.filter((m) => m.severity !== "info"),
      r.file,
    );
    bar.tick();
  }
  bar.stop();
  review.deduplicate({ as });
  applyScreening(ctx, review, rows, options.screening, { addReasons: true });
  const dates = new Map(options.rounds.map((r) => [`round-${r.round}`, r.date]));
  const counts = countRounds(review).map((c) => ({ ...c, date: dates.get(`round-${c.round}`) }));
  return { rounds: counts, review };
}

/** PRISMA 2020 counts per round of a review (title/abstract, then full text), with conflicts and Cohen's kappa. */
export function countRounds(review: Review): RoundCounts[] {
  const votes: AgreementVote[] = (
    review.db.prepare("SELECT record_id, stage, round_id, reviewer, value FROM votes").all() as Array<
      Record<string, string | number>
    >
  )
    .filter((v) => v["reviewer"] !== RESOLVER)
    .map((v) => ({
      record: v["record_id"] as number,
      stage: String(v["stage"]),
      round: String(v["round_id"]),
      reviewer: String(v["reviewer"]),
      decision: String(v["value"]),
    }));
  const agreement = agreementByStageAndRound(votes, { mapping: { maybe: "include" } });
  let cumulative = 0;
  const prisma = new Map(prismaCounts(review).rounds.map((c) => [c.round, c]));
  return review.rounds().map((round) => {
    const p = prisma.get(round.id);
    const records = review.records({ round: round.id });
    const unique = records.filter((rec) => rec.duplicateOf === undefined);
    const ta = unique.map((rec) => review.decisionOf(rec.id, "title-abstract"));
    const forwarded = unique.filter((_, i) => ta[i]?.status === "include");
    const ft = forwarded.map((rec) => review.decisionOf(rec.id, "full-text"));
    const reasons: Record<string, number> = {};
    for (const d of ft) if (d.status === "exclude") reasons[d.reason ?? "?"] = (reasons[d.reason ?? "?"] ?? 0) + 1;
    const included = ft.filter((d) => d.status === "include").length;
    const study = (rec: (typeof forwarded)[number]): Study => ({
      id: rec.id,
      title: rec.record.title ?? "",
      authors: [...rec.record.authors],
      year: rec.record.year ?? null,
    });
    const includedStudies = forwarded.filter((_, i) => ft[i]?.status === "include").map(study);
    const fullTextExclusions = forwarded.flatMap((rec, i) =>
      ft[i]?.status === "exclude" ? [{ ...study(rec), reason: ft[i]?.reason ?? "?" }] : [],
    );
    cumulative += included;
    const k = agreement.find((a) => a.stage === "title-abstract" && String(a.round) === round.id)?.kappa;
    const conflicts = [...ta, ...ft].filter((d) => d.status === "conflict" || d.via === "resolution").length;
    return {
      round: roundNumber(round),
      date: round.date,
      identified: records.length,
      databases: perDatabase(records),
      duplicates: records.length - unique.length,
      screened: unique.length,
      excludedScreening: ta.filter((d) => d.status === "exclude").length,
      fullText: forwarded.length,
      excludedFullText: ft.filter((d) => d.status === "exclude").length,
      exclusionReasons: reasons,
      included,
      includedStudies,
      fullTextExclusions,
      notRetrieved: (p?.dbrNotRetrievedReports ?? 0) + (p?.otherNotRetrievedReports ?? 0),
      studies: p?.newStudies ?? included,
      cumulativeIncluded: cumulative,
      conflicts,
      kappa: k && Number.isFinite(k.value) ? k.value : null,
    };
  });
}

function perDatabase(records: ReadonlyArray<{ record: { searchDatabase?: string | undefined } }>): string | undefined {
  const counts = new Map<string, number>();
  for (const r of records)
    if (r.record.searchDatabase) counts.set(r.record.searchDatabase, (counts.get(r.record.searchDatabase) ?? 0) + 1);
  if (counts.size === 0) return undefined;
  return [...counts].map(([name, n]) => `${name} ${n}`).join(", ");
}
