// Benchmark: the review store's write path on a real file (WAL): importing records and casting votes,
// each vote in its own transaction as a screening app does. CPU time of this process (process.cpuUsage),
// so a loaded machine distorts it less than wall time; the load average is printed beside it.
// All records are FICTIONAL, generated here.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openReview, parseRecords, vote } from "@verlicht/review";
import { reportFigure } from "./report.js";

const N = Number(process.env.REVIEW_STORE_RECORDS ?? 5000);
const VOTES = Number(process.env.REVIEW_STORE_VOTES ?? 2000);

function ris(n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) {
    out += `TY  - JOUR\nTI  - Invented record number ${i} about topic ${i % 97}\nAU  - Author${i}, A.\nPY  - ${2000 + (i % 25)}\nDO  - 10.5555/gen.${i}\nAB  - An invented abstract of record ${i} with some words in it.\nER  - \n`;
  }
  return out;
}

const cpuMs = (fn: () => void): number => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};

const dir = mkdtempSync(join(tmpdir(), "verlicht-store-bench-"));
try {
  const records = parseRecords(ris(N)).value;
  const review = openReview(join(dir, "r.sqlite"));
  review.addRound({ as: "lead" });
  review.addReviewer("anna", { as: "lead" });
  const importMs = cpuMs(() => {
    review.importRecords(records, { round: "round-1", as: "lead" });
  });
  reportFigure("review/store/import-records-per-cpu-second", (N / importMs) * 1000, "records/s");
  const voteMs = cpuMs(() => {
    for (let id = 1; id <= VOTES; id++) {
      vote(review, { record: id, stage: "title-abstract", reviewer: "anna", value: id % 3 ? "include" : "exclude" });
    }
  });
  reportFigure("review/store/votes-per-cpu-second", (VOTES / voteMs) * 1000, "votes/s (one transaction each)");
  review.close();
  console.log(`  load average: ${readFileSync("/proc/loadavg", "utf8").trim()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
