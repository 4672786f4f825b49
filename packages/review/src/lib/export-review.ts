import { type CsvExportOptions, csvCell, exportCsv } from "./export-records.js";
import type { StoredRecord } from "./review-types.js";
import { studyOf } from "./screening.js";
import { statement } from "./statement-cache.js";
import { asLead, type ReviewReader } from "./store/reader.js";

const flat = (s: StoredRecord) => ({ ...s.record, id: s.id });

/** Options of {@link exportAsreviewCsv}. */
export interface AsreviewCsvOptions extends CsvExportOptions {
  /**
   * What to do with duplicate records: `"omit"` (default) leaves them out, `"flag"` writes them with an
   * empty label and `duplicate_record_id` pointing at the canonical record. Either way a label is
   * written once per cluster (on the canonical record), so a model trained on the file counts it once.
   */
  duplicates?: "omit" | "flag" | undefined;
}

/**
 * Write the review's records as ASReview-compatible CSV: `record_id,title,abstract,authors,doi,year,keywords,
 * label_included` (1 included at the last stage, 0 excluded at any stage, empty when undecided),
 * `label_abstract_screening` and `duplicate_record_id`. Duplicates carry no label of their own (see
 * {@link AsreviewCsvOptions.duplicates}).
 */
export function exportAsreviewCsv(reader: ReviewReader, options?: AsreviewCsvOptions | null): string {
  const review = asLead(reader, "exportAsreviewCsv");
  const stages = review.stages();
  const lines = [
    "record_id,title,abstract,authors,doi,year,keywords,label_included,label_abstract_screening,duplicate_record_id",
  ];
  for (const s of review.records()) {
    if (s.duplicateOf !== undefined && options?.duplicates !== "flag") continue;
    const r = s.record;
    if (s.duplicateOf !== undefined) {
      lines.push(
        [s.id, r.title, r.abstract, r.authors.join("; "), r.doi, r.year, r.keywords.join("; "), "", "", s.duplicateOf]
          .map((v) => csvCell(v, options))
          .join(","),
      );
      continue;
    }
    const first = stages[0] ? review.decisionOf(s.id, stages[0].id).status : "pending";
    const last = stages.at(-1) ? review.decisionOf(s.id, (stages.at(-1) as { id: string }).id).status : "pending";
    const ta = first === "include" ? 1 : first === "exclude" ? 0 : "";
    const label = first === "exclude" ? 0 : last === "include" ? 1 : last === "exclude" ? 0 : "";
    lines.push(
      [s.id, r.title, r.abstract, r.authors.join("; "), r.doi, r.year, r.keywords.join("; "), label, ta, s.duplicateOf]
        .map((v) => csvCell(v, options))
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Write every record with its decisions per stage as CSV. */
export function exportReviewCsv(reader: ReviewReader, options?: CsvExportOptions | null): string {
  const review = asLead(reader, "exportReviewCsv");
  const stages = review.stages();
  const records = review.records();
  return exportCsv(records.map(flat), {
    ...options,
    extra: (_r, i) => {
      const s = records[i] as StoredRecord;
      const out: Record<string, unknown> = {
        round: s.roundId,
        duplicate_of: s.duplicateOf,
        file: s.file,
        line: s.line,
      };
      for (const stage of stages) {
        const d = review.decisionOf(s.id, stage.id);
        out[`${stage.id}_decision`] = d.status;
        out[`${stage.id}_reason`] = d.reason;
      }
      return out;
    },
  });
}

/** An included study: its reports (records included at the last stage) and their extraction records. */
export interface IncludedStudy {
  /** The study's id (the id of its first report unless linked otherwise). */
  study: number;
  reports: { record: StoredRecord; extractions: { reviewer: string; data: Record<string, unknown> }[] }[];
}

/** The studies included at the last stage, with their reports and extraction records. */
export function includedStudies(reader: ReviewReader): IncludedStudy[] {
  const review = asLead(reader, "includedStudies");
  const last = review.stages().at(-1);
  if (!last) return [];
  const studies = new Map<number, IncludedStudy>();
  for (const s of review.records()) {
    if (s.duplicateOf !== undefined) continue;
    if (review.decisionOf(s.id, last.id).status !== "include") continue;
    const study = studyOf(review, s.id);
    const extractions = (
      statement(review.db, "SELECT reviewer, data FROM extractions WHERE record_id = ? ORDER BY reviewer").all(
        s.id,
      ) as {
        reviewer: string;
        data: string;
      }[]
    ).map((e) => ({ reviewer: e.reviewer, data: JSON.parse(e.data) as Record<string, unknown> }));
    const entry = studies.get(study) ?? { study, reports: [] };
    entry.reports.push({ record: s, extractions });
    studies.set(study, entry);
  }
  return [...studies.values()].sort((a, b) => a.study - b.study);
}
