import { existsSync, rmSync } from "node:fs";
import {
  type AgreementVote,
  agreementByStageAndRound,
  importFile,
  openReview,
  type Review,
  resolveConflict,
  vote,
} from "@verlicht/review";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";
import { parseCsv } from "./csv.js";
import { readTextFile } from "./io.js";

/** One row of a screening CSV: `round,doi,stage,reviewer,decision,reason`. */
export interface ScreeningRow {
  round: number;
  doi: string;
  stage: string;
  reviewer: string;
  decision: "include" | "exclude" | "maybe";
  reason: string;
  line: number;
}

/** The reviewer id whose rows in a screening CSV are conflict resolutions. */
export const RESOLVER = "lead";

const COLUMNS = ["round", "doi", "stage", "reviewer", "decision", "reason"];

/**
 * Read a screening CSV (`round,doi,stage,reviewer,decision,reason`; rows of reviewer `lead` resolve
 * conflicts). Every bad row stops with exit 2 and names the file and line.
 */
export function readScreeningCsv(ctx: CliContext, file: string): ScreeningRow[] {
  const { rows, unterminatedAt } = parseCsv(readTextFile(file, ctx.t));
  if (unterminatedAt !== undefined) {
    throw new CliError(ctx.t("aanhalingsteken niet gesloten", "unterminated quote"), {
      file,
      line: unterminatedAt,
      fix: ctx.t('sluit het veld af met "', 'close the field with "'),
    });
  }
  const header = rows[0]?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  if (COLUMNS.some((c, i) => header[i] !== c)) {
    throw new CliError(ctx.t("onverwachte kolommen", "unexpected columns"), {
      file,
      line: 1,
      fix: ctx.t(`de eerste regel moet zijn: ${COLUMNS.join(",")}`, `the first line must be: ${COLUMNS.join(",")}`),
      code: "invalid-csv",
    });
  }
  return rows.slice(1).map(({ fields, line }) => {
    const [round = "", doi = "", stage = "", reviewer = "", decision = "", reason = ""] = fields.map((f) => f.trim());
    const bad = (what: string, fix: string) => new CliError(what, { file, line, fix, code: "invalid-csv" });
    if (fields.length !== COLUMNS.length)
      throw bad(
        ctx.t(`${fields.length} velden in plaats van 6`, `${fields.length} fields instead of 6`),
        COLUMNS.join(","),
      );
    if (!/^\d+$/.test(round))
      throw bad(
        ctx.t(`ronde "${round}" is geen getal`, `round "${round}" is not a number`),
        ctx.t("gebruik 1, 2, …", "use 1, 2, …"),
      );
    if (decision !== "include" && decision !== "exclude" && decision !== "maybe") {
      throw bad(
        ctx.t(`onbekende beslissing "${decision}"`, `unknown decision "${decision}"`),
        "include | exclude | maybe",
      );
    }
    return { round: Number(round), doi, stage, reviewer, decision, reason, line };
  });
}

/** PRISMA counts of one round, as the dashboard shows them. */
export type RoundCounts = {
  round: number;
  date?: string | undefined;
  identified: number;
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

const normaliseDoi = (doi: string | undefined) => (doi ?? "").trim().toLowerCase();

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
    const round = review.addRound({
      id: `round-${r.round}`,
      label: `Ronde ${r.round}`,
      date: r.date,
      database: r.database,
      query: r.query,
      as,
    });
    const result = importFile(review, r.file, { round: round.id, as });
    ctx.messages(
      result.messages.filter((m) => m.severity !== "info"),
      r.file,
    );
    bar.tick();
  }
  bar.stop();
  review.deduplicate({ as });
  applyScreening(ctx, review, rows, options.screening);
  const dates = new Map(options.rounds.map((r) => [`round-${r.round}`, r.date]));
  const counts = countRounds(review).map((c) => ({ ...c, date: dates.get(`round-${c.round}`) }));
  return { rounds: counts, review };
}

/**
 * Apply screening rows to a review: votes of screeners, and resolutions by the `lead` reviewer. Reviewers
 * and exclusion reasons that the review does not know yet are added. A row that the review refuses stops
 * with exit 2 and names the file and line.
 */
export function applyScreening(
  ctx: CliContext,
  review: Review,
  rows: ReadonlyArray<ScreeningRow>,
  file: string | undefined,
): void {
  const as = "verlicht";
  for (const reviewer of new Set(rows.map((r) => r.reviewer))) {
    if (!review.reviewerRole(reviewer))
      review.addReviewer(reviewer, { as, role: reviewer === RESOLVER ? "resolver" : "screener" });
  }
  const known = new Set(review.exclusionReasons().map((r) => r.code));
  for (const reason of new Set(rows.map((r) => r.reason).filter(Boolean))) {
    if (!known.has(reason)) review.addExclusionReason(reason, { as, label: reason });
  }
  const byDoi = new Map<string, number>();
  for (const rec of review.records()) {
    const key = `${rec.roundId}|${normaliseDoi(rec.record.doi)}`;
    if (rec.duplicateOf === undefined && !byDoi.has(key)) byDoi.set(key, rec.id);
  }
  for (const row of rows) {
    const roundId = `round-${row.round}`;
    const record = byDoi.get(`${roundId}|${normaliseDoi(row.doi)}`);
    if (record === undefined) {
      throw new CliError(
        ctx.t(
          `geen (niet-dubbel) record met DOI ${row.doi} in ronde ${row.round}`,
          `no (non-duplicate) record with DOI ${row.doi} in round ${row.round}`,
        ),
        { file, line: row.line, fix: ctx.t("controleer de DOI en de ronde", "check the DOI and the round") },
      );
    }
    try {
      if (row.reviewer === RESOLVER) {
        resolveConflict(review, {
          record,
          stage: row.stage,
          value: row.decision,
          reason: row.reason || undefined,
          resolver: row.reviewer,
        });
      } else {
        vote(review, {
          record,
          stage: row.stage,
          reviewer: row.reviewer,
          value: row.decision,
          reason: row.reason || undefined,
          round: roundId,
        });
      }
    } catch (error) {
      throw new CliError(
        error instanceof Error ? error.message.replace(/^@verlicht\/review\/\w+: /, "") : String(error),
        {
          file,
          line: row.line,
          fix: ctx.t(
            "controleer de volgorde en de waarden van de stemmen",
            "check the order and the values of the votes",
          ),
        },
      );
    }
  }
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
  return review.rounds().map((round) => {
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
      round: round.position,
      date: round.date,
      identified: records.length,
      duplicates: records.length - unique.length,
      screened: unique.length,
      excludedScreening: ta.filter((d) => d.status === "exclude").length,
      fullText: forwarded.length,
      excludedFullText: ft.filter((d) => d.status === "exclude").length,
      exclusionReasons: reasons,
      included,
      includedStudies,
      fullTextExclusions,
      cumulativeIncluded: cumulative,
      conflicts,
      kappa: k && Number.isFinite(k.value) ? k.value : null,
    };
  });
}
