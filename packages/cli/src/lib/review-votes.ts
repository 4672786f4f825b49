import { normaliseDoi, type Review, resolveConflict, vote } from "@verlicht/review";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";
import { parseCsv } from "./csv.js";
import { readTextFile } from "./io.js";

/** One row of a votes CSV. `record` (the id shown in every listing) or `doi` names the record. */
export interface ScreeningRow {
  /** The user's round number, when the file gives one. */
  round?: number | undefined;
  /** Record id, when the file gives one. */
  record?: number | undefined;
  /** DOI as written in the file (normalised when matched). */
  doi: string;
  stage: string;
  reviewer: string;
  decision: "include" | "exclude" | "maybe";
  reason: string;
  note: string;
  line: number;
}

/** The reviewer id whose rows in a votes CSV are conflict resolutions. */
export const RESOLVER = "lead";

const REQUIRED = ["stage", "reviewer", "decision"] as const;
const KNOWN = new Set(["round", "record", "id", "doi", "stage", "reviewer", "decision", "reason", "note"]);

/**
 * Read a votes CSV. Columns by name, in any order: `record` (or `id`) and/or `doi`, `stage`,
 * `reviewer`, `decision`, and optionally `round`, `reason`, `note`. Every bad row stops with exit 2
 * naming the file and line; nothing is applied then.
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
  const col = (name: string) => header.indexOf(name);
  const missing = REQUIRED.filter((c) => col(c) < 0);
  const keyCol = col("record") >= 0 ? col("record") : col("id");
  const unknown = header.filter((h) => h && !KNOWN.has(h));
  if (missing.length || (keyCol < 0 && col("doi") < 0) || unknown.length) {
    throw new CliError(ctx.t("onverwachte kolommen", "unexpected columns"), {
      file,
      line: 1,
      fix: ctx.t(
        "de eerste regel noemt de kolommen, bijvoorbeeld: record,stage,reviewer,decision,reason,note (of doi in plaats van record)",
        "the first line names the columns, e.g. record,stage,reviewer,decision,reason,note (or doi instead of record)",
      ),
      code: "invalid-csv",
    });
  }
  const out: ScreeningRow[] = [];
  for (const { fields, line } of rows.slice(1)) {
    if (fields.length === 1 && fields[0]?.trim() === "") continue; // blank line
    const get = (i: number) => (i >= 0 ? (fields[i] ?? "").trim() : "");
    const bad = (what: string, fix: string) => new CliError(what, { file, line, fix, code: "invalid-csv" });
    if (fields.length !== header.length)
      throw bad(
        ctx.t(
          `${fields.length} velden in plaats van ${header.length}`,
          `${fields.length} fields instead of ${header.length}`,
        ),
        header.join(","),
      );
    const round = get(col("round"));
    if (round !== "" && !/^\d+$/.test(round))
      throw bad(
        ctx.t(`ronde "${round}" is geen getal`, `round "${round}" is not a number`),
        ctx.t("gebruik 1, 2, …", "use 1, 2, …"),
      );
    const record = get(keyCol);
    if (record !== "" && !/^\d+$/.test(record))
      throw bad(
        ctx.t(`record "${record}" is geen record-id`, `record "${record}" is not a record id`),
        ctx.t("gebruik het nummer uit `verlicht review list`", "use the number shown by `verlicht review list`"),
      );
    const doi = get(col("doi"));
    if (record === "" && normaliseDoi(doi) === "")
      throw bad(
        ctx.t("lege sleutel: geen record-id en geen DOI", "empty key: no record id and no DOI"),
        ctx.t(
          "vul de kolom record (id uit `verlicht review list`) of doi in; een stem zonder sleutel wordt nooit toegepast",
          "fill in the record column (id from `verlicht review list`) or doi; a vote without a key is never applied",
        ),
      );
    const decision = get(col("decision"));
    if (decision !== "include" && decision !== "exclude" && decision !== "maybe")
      throw bad(
        ctx.t(`onbekende beslissing "${decision}"`, `unknown decision "${decision}"`),
        "include | exclude | maybe",
      );
    const stage = get(col("stage"));
    const reviewer = get(col("reviewer"));
    if (!stage || !reviewer)
      throw bad(
        ctx.t("stage en reviewer zijn verplicht", "stage and reviewer are required"),
        "title-abstract | full-text",
      );
    out.push({
      round: round === "" ? undefined : Number(round),
      record: record === "" ? undefined : Number(record),
      doi,
      stage,
      reviewer,
      decision,
      reason: get(col("reason")),
      note: get(col("note")),
      line,
    });
  }
  return out;
}

/** Case- and spacing-insensitive key of an exclusion reason (`Wrong-Population` = `wrong population`). */
export function reasonKey(reason: string): string {
  return reason
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}

/** Options of {@link applyScreening}. */
export interface ApplyScreeningOptions {
  /** Allow a row to change a vote the reviewer already cast (logged with before and after). */
  change?: boolean | undefined;
  /** Add reasons that are not yet in the controlled list. */
  addReasons?: boolean | undefined;
}

/** What {@link applyScreening} did. */
export interface ApplyScreeningResult {
  /** New votes and resolutions. */
  applied: number;
  /** Votes changed (with `change`). */
  changed: number;
  /** Rows equal to a vote already recorded (nothing written). */
  unchanged: number;
  /** Reasons added to the controlled list. */
  reasonsAdded: string[];
}

/**
 * Apply votes to a review, all or nothing, in one transaction: a row the review refuses stops with
 * exit 2 naming the file and line, and no row of the file is kept. Rows of reviewer `lead` resolve
 * conflicts. Unknown reviewers are added as screeners.
 */
export function applyScreening(
  ctx: CliContext,
  review: Review,
  rows: ReadonlyArray<ScreeningRow>,
  file: string | undefined,
  options: ApplyScreeningOptions = {},
): ApplyScreeningResult {
  const as = "verlicht";
  const fail = (line: number, what: string, fix: string) => new CliError(what, { file, line, fix });
  const result: ApplyScreeningResult = { applied: 0, changed: 0, unchanged: 0, reasonsAdded: [] };
  review.transaction(() => {
    for (const reviewer of new Set(rows.map((r) => r.reviewer))) {
      if (!review.reviewerRole(reviewer))
        review.addReviewer(reviewer, { as, role: reviewer === RESOLVER ? "resolver" : "screener" });
    }
    const reasons = new Map(review.exclusionReasons().map((r) => [reasonKey(r.code), r.code]));
    const byDoi = new Map<string, number[]>();
    const records = review.records();
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const rec of records) {
      const key = normaliseDoi(rec.record.doi);
      if (key) byDoi.set(key, [...(byDoi.get(key) ?? []), rec.id]);
    }
    for (const row of rows) {
      let id = row.record;
      if (id !== undefined) {
        const rec = byId.get(id);
        if (!rec)
          throw fail(
            row.line,
            ctx.t(`geen record ${id}`, `no record ${id}`),
            ctx.t("zie `verlicht review list`", "see `verlicht review list`"),
          );
        if (row.doi && normaliseDoi(row.doi) !== normaliseDoi(rec.record.doi))
          throw fail(
            row.line,
            ctx.t(
              `record ${id} heeft DOI ${rec.record.doi ?? "(geen)"}, niet ${row.doi}`,
              `record ${id} has DOI ${rec.record.doi ?? "(none)"}, not ${row.doi}`,
            ),
            ctx.t("controleer welk record bedoeld is", "check which record is meant"),
          );
      } else {
        const wanted = row.round === undefined ? undefined : `round-${row.round}`;
        const candidates = (byDoi.get(normaliseDoi(row.doi)) ?? []).filter(
          (r) => wanted === undefined || byId.get(r)?.roundId === wanted,
        );
        const canonical = [...new Set(candidates.map((r) => byId.get(r)?.duplicateOf ?? r))];
        if (canonical.length === 0)
          throw fail(
            row.line,
            ctx.t(
              `geen record met DOI ${row.doi}${wanted ? ` in ronde ${row.round}` : ""}`,
              `no record with DOI ${row.doi}${wanted ? ` in round ${row.round}` : ""}`,
            ),
            ctx.t(
              "controleer de DOI en de ronde, of gebruik de kolom record",
              "check the DOI and the round, or use the record column",
            ),
          );
        if (canonical.length > 1)
          throw fail(
            row.line,
            ctx.t(
              `DOI ${row.doi} hoort bij records ${canonical.join(", ")}`,
              `DOI ${row.doi} belongs to records ${canonical.join(", ")}`,
            ),
            ctx.t("gebruik de kolom record om er één te kiezen", "use the record column to pick one"),
          );
        id = canonical[0] as number;
      }
      const roundId = row.round === undefined ? (byId.get(id)?.roundId as string) : `round-${row.round}`;
      let reason: string | undefined;
      if (row.reason) {
        reason = reasons.get(reasonKey(row.reason));
        if (reason === undefined) {
          if (!options.addReasons)
            throw fail(
              row.line,
              ctx.t(
                `reden "${row.reason}" staat niet in de lijst`,
                `reason "${row.reason}" is not in the controlled list`,
              ),
              ctx.t(
                `kies uit: ${[...reasons.values()].join(", ") || "(lijst is leeg)"}; of voeg hem toe met --add-reason`,
                `pick one of: ${[...reasons.values()].join(", ") || "(the list is empty)"}; or add it with --add-reason`,
              ),
            );
          review.addExclusionReason(row.reason, { as, label: row.reason });
          reasons.set(reasonKey(row.reason), row.reason);
          result.reasonsAdded.push(row.reason);
          reason = row.reason;
        }
      }
      try {
        if (row.reviewer === RESOLVER) {
          resolveConflict(review, {
            record: id,
            stage: row.stage,
            value: row.decision,
            reason,
            resolver: row.reviewer,
          });
          result.applied++;
          continue;
        }
        const old = review.db
          .prepare(
            "SELECT value, reason, note FROM votes WHERE record_id = ? AND stage = ? AND reviewer = ? AND round_id = ?",
          )
          .get(id, row.stage, row.reviewer, roundId) as
          | { value: string; reason: string | null; note: string | null }
          | undefined;
        if (
          old &&
          old.value === row.decision &&
          (old.reason ?? "") === (reason ?? "") &&
          (old.note ?? "") === row.note
        ) {
          result.unchanged++;
          continue;
        }
        if (old && !options.change)
          throw fail(
            row.line,
            ctx.t(
              `${row.reviewer} stemde al ${old.value}${old.reason ? ` (${old.reason})` : ""} op record ${id} bij ${row.stage}`,
              `${row.reviewer} already voted ${old.value}${old.reason ? ` (${old.reason})` : ""} on record ${id} at ${row.stage}`,
            ),
            ctx.t(
              "geef --change om de stem te wijzigen (oud en nieuw worden gelogd)",
              "pass --change to change the vote (old and new are logged)",
            ),
          );
        vote(review, {
          record: id,
          stage: row.stage,
          reviewer: row.reviewer,
          value: row.decision,
          reason,
          note: row.note || undefined,
          round: roundId,
        });
        if (old) result.changed++;
        else result.applied++;
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw fail(
          row.line,
          error instanceof Error ? error.message.replace(/^@verlicht\/review\/\w+: /, "") : String(error),
          ctx.t(
            "controleer de volgorde en de waarden van de stemmen; er is niets opgeslagen",
            "check the order and the values of the votes; nothing was saved",
          ),
        );
      }
    }
  });
  return result;
}
