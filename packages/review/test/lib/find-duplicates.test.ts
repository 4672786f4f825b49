// All records here are FICTIONAL.
import { describe, expect, it } from "vitest";
import { findDuplicates, matchDuplicates, openReview, parseRecords, type ReviewRecord, vote } from "../../src/index.js";

type R = Pick<ReviewRecord, "doi" | "title" | "authors" | "year" | "journal" | "volume" | "pages">;
const rec = (over: Partial<R>): R => ({
  authors: ["Jansen, A."],
  title: "Walking groups and loneliness in older adults of an invented town",
  year: 2021,
  journal: "Journal of Invented Health",
  volume: "12",
  pages: "101-109",
  ...over,
});

describe("findDuplicates", () => {
  it("should cluster records with the same DOI in different spellings", () => {
    const clusters = findDuplicates([
      rec({ doi: "10.5555/JIH.2021.0101" }),
      rec({
        doi: "https://doi.org/10.5555/jih.2021.0101",
        title: "Walking groups and loneliness in older adults of an invented town.",
      }),
      rec({ doi: "10.5555/other", title: "Something else entirely about invented gardens and wellbeing" }),
    ]);
    expect(clusters).toEqual([[0, 1]]);
  });

  it("should match without DOI on title, first author and an abbreviated journal", () => {
    const clusters = findDuplicates([
      rec({}),
      rec({
        authors: ["Jansen A"],
        journal: "J Invent Health",
        title: "Walking groups and loneliness in older adults of an invented town [abstract]",
      }),
    ]);
    expect(clusters).toEqual([[0, 1]]);
  });

  it("should keep apart records whose pages, years or title numbers conflict, and put them in the maybe band", () => {
    const result = matchDuplicates([
      rec({ title: "Invented cohort study of walking: part 1 of the results" }),
      rec({ title: "Invented cohort study of walking: part 2 of the results" }),
      rec({ pages: "33-40", title: "Conference abstract and journal article share this invented title" }),
      rec({ pages: "S12", title: "Conference abstract and journal article share this invented title" }),
    ]);
    expect(result.clusters).toEqual([]);
    expect(result.pairs.map((p) => [p.a, p.b, p.verdict])).toEqual([
      [0, 1, "maybe"],
      [2, 3, "maybe"],
    ]);
  });

  it("should not link a correction or reply to the article it is about", () => {
    const title = "Walking groups and loneliness in older adults of an invented town";
    const result = matchDuplicates([
      rec({ pages: undefined, volume: undefined }),
      rec({ title: `Erratum: ${title}`, pages: undefined, volume: undefined }),
    ]);
    expect(result.clusters).toEqual([]);
  });

  it("should ask for more than the title when the title is short and generic", () => {
    const result = matchDuplicates([
      rec({ title: "Letter to the editor", authors: [], pages: undefined }),
      rec({ title: "Letter to the editor", authors: ["Kok, W."], pages: undefined }),
    ]);
    expect(result.clusters).toEqual([]);
    expect(result.pairs[0]?.verdict).toBe("maybe");
  });

  it("should not chain two conflicting records through a third that matches both", () => {
    const clusters = findDuplicates([
      rec({ pages: "10-19" }),
      rec({ pages: "110-119" }),
      rec({
        pages: undefined,
        volume: undefined,
        title: "Walking groups and loneliness in older adults of an invented town.",
      }),
    ]);
    expect(clusters).toEqual([[0, 2]]);
  });

  it("should still find duplicates inside a block larger than maxBlock", () => {
    const records = Array.from({ length: 250 }, (_, i) =>
      rec({
        title: `A randomised controlled trial of invented intervention number ${i} in fictional adults`,
        pages: `${i + 1}-${i + 9}`,
        authors: [`Person${i}, A.`],
      }),
    );
    records.push(rec({ ...records[137], title: `${records[137]?.title}.` }));
    expect(findDuplicates(records, { maxBlock: 50 })).toEqual([[137, 250]]);
  });

  it("should compare new records only against earlier ones with `from`", () => {
    const records = [
      rec({}),
      rec({}),
      rec({ title: "Another invented title about something unrelated to walking", pages: "200-210" }),
      rec({}),
    ];
    expect(findDuplicates(records)).toEqual([[0, 1, 3]]);
    const later = matchDuplicates(records, { from: 2 });
    expect(later.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 3],
      [1, 3],
    ]);
  });

  it("should keep the earlier round's record canonical and carry its decision", () => {
    const review = openReview(":memory:");
    review.addRound({ id: "r1", as: "o" });
    review.addRound({ id: "r2", as: "o" });
    const text =
      "TY  - JOUR\nTI  - Invented town walking groups and loneliness\nAU  - Jansen, A.\nPY  - 2021\nDO  - 10.5555/walk\nER  - \n";
    review.importRecords(parseRecords(text).value, { round: "r1", as: "o" });
    review.addReviewer("anna", { as: "o" });
    review.addReviewer("bob", { as: "o" });
    for (const reviewer of ["anna", "bob"])
      vote(review, { record: 1, stage: "title-abstract", reviewer, value: "include", round: "r1" });
    review.importRecords(parseRecords(text.replace("loneliness", "loneliness.")).value, { round: "r2", as: "o" });
    expect(review.deduplicate({ as: "o" })).toEqual({ linked: 1, maybe: 0 });
    expect(review.record(2).duplicateOf).toBe(1);
    expect(review.decisionOf(2, "title-abstract")).toMatchObject({ status: "include", via: "duplicate" });
    expect(review.records().map((r) => r.id)).toEqual([1, 2]);
  });
});
