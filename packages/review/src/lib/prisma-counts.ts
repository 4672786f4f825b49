import type { RoundKind } from "./review-types.js";
import { studyOf } from "./screening.js";
import { asLead, type ReviewReader } from "./store/reader.js";

/** PRISMA 2020 counts for one round (or cumulative over rounds). Field names follow the PRISMA2020 CSV keys. */
export interface PrismaCounts {
  /** The round id, or `cumulative`. */
  round: string;
  /** Studies / reports included in the previous versions (rounds before this one). */
  previousStudies: number;
  previousReports: number;
  /** Records identified from databases, and per database name. */
  databaseResults: number;
  databaseSpecific: Record<string, number>;
  /** Records identified from registers, and per register name. */
  registerResults: number;
  registerSpecific: Record<string, number>;
  /** Records identified by other methods. */
  websiteResults: number;
  organisationResults: number;
  citationsResults: number;
  /** Duplicate records removed before screening: all, within this round, and matching earlier rounds. */
  duplicates: number;
  duplicatesWithinRound: number;
  duplicatesPreviousRounds: number;
  /** Records marked ineligible by automation tools (not used yet: 0). */
  excludedAutomatic: number;
  /** Records removed for other reasons. */
  excludedOther: number;
  /** Databases and registers: screened, excluded, pending (not yet decided or in conflict). */
  recordsScreened: number;
  recordsExcluded: number;
  recordsPending: number;
  /** Databases and registers: reports sought, not retrieved, assessed, excluded per reason, pending. */
  dbrSoughtReports: number;
  dbrNotRetrievedReports: number;
  dbrAssessed: number;
  dbrExcluded: Record<string, number>;
  dbrPending: number;
  /** Other methods: the same boxes. */
  otherSoughtReports: number;
  otherNotRetrievedReports: number;
  otherAssessed: number;
  otherExcluded: Record<string, number>;
  /** New studies and reports included in this round; totals including previous rounds. */
  newStudies: number;
  newReports: number;
  totalStudies: number;
  totalReports: number;
}

/** Per-round counts and the cumulative counts over all rounds. */
export interface PrismaReport {
  rounds: PrismaCounts[];
  cumulative: PrismaCounts;
}

const OTHER: ReadonlyArray<RoundKind> = ["website", "organisation", "citation"];

function empty(round: string): PrismaCounts {
  return {
    round,
    previousStudies: 0,
    previousReports: 0,
    databaseResults: 0,
    databaseSpecific: {},
    registerResults: 0,
    registerSpecific: {},
    websiteResults: 0,
    organisationResults: 0,
    citationsResults: 0,
    duplicates: 0,
    duplicatesWithinRound: 0,
    duplicatesPreviousRounds: 0,
    excludedAutomatic: 0,
    excludedOther: 0,
    recordsScreened: 0,
    recordsExcluded: 0,
    recordsPending: 0,
    dbrSoughtReports: 0,
    dbrNotRetrievedReports: 0,
    dbrAssessed: 0,
    dbrExcluded: {},
    dbrPending: 0,
    otherSoughtReports: 0,
    otherNotRetrievedReports: 0,
    otherAssessed: 0,
    otherExcluded: {},
    newStudies: 0,
    newReports: 0,
    totalStudies: 0,
    totalReports: 0,
  };
}

/**
 * Count the PRISMA 2020 flow per search round and cumulatively, from the review's state: records
 * identified per database, duplicates (within the round and against earlier rounds), title/abstract
 * exclusions, reports sought / not retrieved / assessed, full-text exclusions per reason, and new and
 * total studies (reports linked to one study count as one study).
 *
 * Stages: the first stage is the record screening, the last stage is the eligibility assessment.
 */
export function prismaCounts(reader: ReviewReader): PrismaReport {
  const review = asLead(reader, "prismaCounts");
  const stages = review.stages();
  const screen = stages[0]?.id ?? "title-abstract";
  const assess = stages.at(-1)?.id ?? "full-text";
  const rounds = review.rounds();
  const roundPosition = new Map(rounds.map((r) => [r.id, r.position]));
  const records = review.records();
  const byId = new Map(records.map((r) => [r.id, r]));
  const includedStudies = new Set<number>();
  let includedReports = 0;
  const perRound: PrismaCounts[] = [];
  const cumulative = empty("cumulative");
  for (const round of rounds) {
    const c = empty(round.id);
    c.previousStudies = includedStudies.size;
    c.previousReports = includedReports;
    const other = OTHER.includes(round.kind);
    const newStudies = new Set<number>();
    for (const s of records) {
      if (s.roundId !== round.id) continue;
      const source = s.record.searchDatabase ?? round.database ?? s.record.database ?? "Unknown";
      if (round.kind === "database") {
        c.databaseResults++;
        c.databaseSpecific[source] = (c.databaseSpecific[source] ?? 0) + 1;
      } else if (round.kind === "register") {
        c.registerResults++;
        c.registerSpecific[source] = (c.registerSpecific[source] ?? 0) + 1;
      } else if (round.kind === "website") c.websiteResults++;
      else if (round.kind === "organisation") c.organisationResults++;
      else c.citationsResults++;
      if (s.duplicateOf !== undefined) {
        c.duplicates++;
        const canonical = byId.get(s.duplicateOf);
        if (canonical && (roundPosition.get(canonical.roundId) ?? 0) < round.position) c.duplicatesPreviousRounds++;
        else c.duplicatesWithinRound++;
        continue;
      }
      if (s.removed !== undefined) {
        c.excludedOther++;
        continue;
      }
      let sought = !other;
      if (!other) {
        c.recordsScreened++;
        const d = review.decisionOf(s.id, screen);
        if (d.status === "exclude") c.recordsExcluded++;
        else if (d.status !== "include") c.recordsPending++;
        sought = d.status === "include";
      } else sought = true;
      if (!sought) continue;
      if (other) c.otherSoughtReports++;
      else c.dbrSoughtReports++;
      if (s.notRetrieved) {
        if (other) c.otherNotRetrievedReports++;
        else c.dbrNotRetrievedReports++;
        continue;
      }
      if (other) c.otherAssessed++;
      else c.dbrAssessed++;
      const d = review.decisionOf(s.id, assess);
      if (d.status === "exclude") {
        const reason = d.reason ?? "No reason recorded";
        const target = other ? c.otherExcluded : c.dbrExcluded;
        target[reason] = (target[reason] ?? 0) + 1;
      } else if (d.status === "include") {
        c.newReports++;
        const study = studyOf(review, s.id);
        if (!includedStudies.has(study)) newStudies.add(study);
      } else c.dbrPending++;
    }
    for (const study of newStudies) includedStudies.add(study);
    includedReports += c.newReports;
    c.newStudies = newStudies.size;
    c.totalStudies = includedStudies.size;
    c.totalReports = includedReports;
    perRound.push(c);
    addInto(cumulative, c);
  }
  cumulative.newStudies = includedStudies.size;
  cumulative.newReports = includedReports;
  cumulative.totalStudies = includedStudies.size;
  cumulative.totalReports = includedReports;
  return { rounds: perRound, cumulative };
}

function addInto(total: PrismaCounts, c: PrismaCounts): void {
  for (const [key, value] of Object.entries(c) as [keyof PrismaCounts, unknown][]) {
    if (key === "round" || key === "previousStudies" || key === "previousReports") continue;
    if (typeof value === "number") (total[key] as number) += value;
    else if (value && typeof value === "object") {
      const target = total[key] as Record<string, number>;
      for (const [k, v] of Object.entries(value as Record<string, number>)) target[k] = (target[k] ?? 0) + v;
    }
  }
}
