// All records here are FICTIONAL.
import { describe, expect, it } from "vitest";
import {
  exportAsreviewCsv,
  exportCslJson,
  exportReviewCsv,
  exportRis,
  includedStudies,
  parseRecords,
  saveExtraction,
} from "../../src/index.js";
import { scenario } from "../scenario.js";

describe("exports", () => {
  it("should write RIS that reads back to the same canonical fields", () => {
    const records = scenario()
      .records()
      .map((s) => ({ ...s.record, id: s.id }));
    const back = parseRecords(exportRis(records)).value;
    expect(back.map((r) => [r.title, r.authors, r.year, r.doi])).toEqual(
      records.map((r) => [r.title, r.authors, r.year, r.doi]),
    );
  });

  it("should write CSL-JSON items with family/given authors and date-parts", () => {
    const [item] = exportCslJson(
      scenario()
        .records()
        .map((s) => ({ ...s.record, id: s.id })),
    );
    expect(item).toMatchObject({
      id: "1",
      type: "article-journal",
      author: [{ family: "Person1", given: "P." }],
      issued: { "date-parts": [[2020]] },
      DOI: "10.5555/p.1",
    });
  });

  it("should write ASReview CSV labels that ASReview's own reader maps", () => {
    const csv = exportAsreviewCsv(scenario());
    const rows = parseRecords(csv).value;
    // 5: forwarded but not retrieved (undecided); 6 and 9 (duplicates of 1 and 3) are left out, so each
    // cluster's label is written once.
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r.label)).toEqual([1, 1, 0, 0, undefined, 1, 0]);
    expect(csv.split("\n")[0]).toContain("label_included");
  });

  it("should flag duplicates without a label of their own when asked", () => {
    const csv = exportAsreviewCsv(scenario(), { duplicates: "flag" });
    const rows = parseRecords(csv).value;
    expect(rows).toHaveLength(9);
    expect(rows.map((r) => r.label)).toEqual([1, 1, 0, 0, undefined, undefined, 1, 0, undefined]);
    const lines = csv.trim().split("\n");
    expect(lines[6]?.endsWith(",1")).toBe(true); // record 6 points at its canonical record 1
  });

  it("should write every record with its decisions per stage", () => {
    const csv = exportReviewCsv(scenario());
    expect(csv.split("\n")[0]).toContain("title-abstract_decision");
    expect(csv).toContain("wrong-design");
  });

  it("should list included studies with their reports and extraction records", () => {
    const review = scenario();
    saveExtraction(review, { record: 1, reviewer: "anna", data: { n: 120, design: "RCT" } });
    const studies = includedStudies(review);
    expect(studies.map((s) => [s.study, s.reports.map((r) => r.record.id)])).toEqual([
      [1, [1, 2]],
      [7, [7]],
    ]);
    expect(studies[0]?.reports[0]?.extractions).toEqual([{ reviewer: "anna", data: { n: 120, design: "RCT" } }]);
  });
});
