// All records here are FICTIONAL.
import {
  linkReport,
  markRetrieval,
  openReview,
  parseRecords,
  type Review,
  resolveConflict,
  vote,
} from "../src/index.js";

const record = (i: number, title = `Invented record ${i} on topic ${String.fromCharCode(97 + i)}`) =>
  `TY  - JOUR\nTI  - ${title}\nAU  - Person${i}, P.\nPY  - 2020\nDO  - 10.5555/p.${i}\nER  - \n`;

function both(review: Review, id: number, stage: string, value: "include" | "exclude", reason?: string) {
  for (const reviewer of ["anna", "bob"]) vote(review, { record: id, stage, reviewer, value, reason });
}

/** Round 1: 6 records (1 duplicate); round 2: 3 records (1 duplicate of a round-1 record). */
export function scenario(): Review {
  const review = openReview(":memory:");
  review.addRound({ id: "r1", database: "Invented DB", as: "o" });
  review.importRecords(parseRecords([1, 2, 3, 4, 5, 1].map((i) => record(i)).join("")).value, { round: "r1", as: "o" });
  for (const who of ["anna", "bob"]) review.addReviewer(who, { as: "o" });
  review.addReviewer("carla", { as: "o", role: "resolver" });
  review.addExclusionReason("wrong-population", { as: "o" });
  review.addExclusionReason("wrong-design", { as: "o" });
  review.deduplicate({ as: "o" });
  both(review, 1, "title-abstract", "include");
  both(review, 2, "title-abstract", "include");
  both(review, 3, "title-abstract", "include");
  both(review, 4, "title-abstract", "exclude");
  vote(review, { record: 5, stage: "title-abstract", reviewer: "anna", value: "include" });
  vote(review, { record: 5, stage: "title-abstract", reviewer: "bob", value: "exclude" });
  resolveConflict(review, { record: 5, stage: "title-abstract", value: "include", resolver: "carla" });
  markRetrieval(review, 5, { retrieved: false, as: "o" });
  both(review, 1, "full-text", "include");
  both(review, 2, "full-text", "include");
  linkReport(review, { report: 2, study: 1, as: "o" });
  both(review, 3, "full-text", "exclude", "wrong-design");
  review.addRound({ id: "r2", database: "Invented DB", as: "o" });
  review.importRecords(parseRecords([7, 8, 3].map((i) => record(i)).join("")).value, { round: "r2", as: "o" });
  review.deduplicate({ as: "o" });
  both(review, 7, "title-abstract", "include");
  both(review, 8, "title-abstract", "exclude");
  both(review, 7, "full-text", "include");
  return review;
}
