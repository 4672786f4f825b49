// All records here are FICTIONAL.
import { describe, expect, it } from "vitest";
import { parseRecords, prismaCounts, prismaCsv, prismaSvg, removeRecord, vote } from "../../src/index.js";
import { scenario } from "../scenario.js";

describe("prismaCounts", () => {
  it("should count each round's flow and the cumulative flow", () => {
    const { rounds, cumulative } = prismaCounts(scenario());
    expect(rounds[0]).toMatchObject({
      databaseResults: 6,
      databaseSpecific: { "Invented DB": 6 },
      duplicates: 1,
      duplicatesWithinRound: 1,
      recordsScreened: 5,
      recordsExcluded: 1,
      dbrSoughtReports: 4,
      dbrNotRetrievedReports: 1,
      dbrAssessed: 3,
      dbrExcluded: { "wrong-design": 1 },
      newReports: 2,
      newStudies: 1,
      totalStudies: 1,
    });
    expect(rounds[1]).toMatchObject({
      previousStudies: 1,
      previousReports: 2,
      databaseResults: 3,
      duplicates: 1,
      duplicatesPreviousRounds: 1,
      recordsScreened: 2,
      recordsExcluded: 1,
      dbrAssessed: 1,
      newStudies: 1,
      totalStudies: 2,
      totalReports: 3,
    });
    expect(cumulative).toMatchObject({
      databaseResults: 9,
      duplicates: 2,
      recordsScreened: 7,
      totalStudies: 2,
      totalReports: 3,
    });
    // PRISMA arithmetic.
    for (const c of [...rounds, cumulative]) {
      expect(c.recordsScreened).toBe(
        c.databaseResults + c.registerResults - c.duplicates - c.excludedAutomatic - c.excludedOther,
      );
      expect(c.dbrAssessed).toBe(c.dbrSoughtReports - c.dbrNotRetrievedReports);
    }
  });

  it("should count records removed for other reasons before screening, and restore them", () => {
    const review = scenario();
    removeRecord(review, 8, { reason: "retracted", as: "o" });
    expect(prismaCounts(review).rounds[1]).toMatchObject({ excludedOther: 1, recordsScreened: 1, recordsExcluded: 0 });
    expect(() => vote(review, { record: 8, stage: "title-abstract", reviewer: "anna", value: "exclude" })).toThrow(
      /removed before screening/,
    );
    removeRecord(review, 8, { reason: null, as: "o" });
    expect(prismaCounts(review).rounds[1]).toMatchObject({ excludedOther: 0, recordsScreened: 2 });
  });

  it("should write the PRISMA2020 CSV with the template's rows and our numbers", () => {
    const csv = prismaCsv(prismaCounts(scenario()).rounds[1] as never);
    const lines = csv.split("\n");
    expect(lines[0]).toBe("data,node,box,description,boxtext,tooltips,url,n");
    expect(lines).toHaveLength(35);
    expect(lines).toContain(
      "previous_studies,node5,box1,Studies included in previous version of review,Studies included in previous version of review,Studies included in previous version of review,previous_studies.html,1",
    );
    expect(lines.find((l) => l.startsWith("database_specific_results"))?.endsWith(',"Invented DB, 3"')).toBe(true);
    expect(lines.find((l) => l.startsWith("duplicates,"))?.endsWith(",1")).toBe(true);
  });

  it("should draw an SVG flow diagram with the updated-review boxes", () => {
    const svg = prismaSvg(prismaCounts(scenario()).rounds[1] as never, { title: "Round 2" });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Studies included in previous version (n = 1)");
    expect(svg).toContain("Total studies included in review (n = 2)");
    expect(svg).toContain("matching earlier rounds (n = 1)");
    expect(svg).not.toContain("Citation searching");
  });

  it("should count citation searching in the other-methods boxes and draw that column", () => {
    const review = scenario();
    review.addRound({ id: "r3", kind: "citation", as: "o" });
    review.importRecords(
      parseRecords(
        "TY  - JOUR\nTI  - An invented record found by citation searching\nAU  - Kok, W.\nPY  - 2019\nER  - \n",
      ).value,
      { round: "r3", as: "o" },
    );
    for (const reviewer of ["anna", "bob"])
      vote(review, { record: 10, stage: "full-text", reviewer, value: "include" });
    const counts = prismaCounts(review).rounds[2];
    expect(counts).toMatchObject({
      newStudies: 1,
      totalStudies: 3,
      citationsResults: 1,
      otherSoughtReports: 1,
      otherAssessed: 1,
      recordsScreened: 0,
      databaseResults: 0,
    });
    expect(prismaSvg(counts as never)).toContain("Citation searching (n = 1)");
    expect(
      prismaCsv(counts as never)
        .split("\n")
        .find((l) => l.startsWith("citations_results"))
        ?.endsWith(",1"),
    ).toBe(true);
  });
});
