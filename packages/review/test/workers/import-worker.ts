// Child process for the kill test: imports a large file and stalls inside the transaction after the
// first 1 000 records, so the parent can kill it mid-import.
import { importFile, openReview } from "../../src/index.js";

const [path, file] = process.argv.slice(2) as [string, string];
const review = openReview(path);
importFile(review, file, {
  round: "round-2",
  onProgress: () => {
    process.stdout.write("progress\n");
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      // stall inside the open write transaction until killed
    }
  },
});
