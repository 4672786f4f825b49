// Child process for the concurrency test: casts one vote per record as one reviewer, each in its own transaction.
import { openReview, vote } from "../../src/index.js";

const [path, reviewer, from, to] = process.argv.slice(2) as [string, string, string, string];
const review = openReview(path);
for (let id = Number(from); id <= Number(to); id++) {
  vote(review, { record: id, stage: "title-abstract", reviewer, value: id % 3 === 0 ? "exclude" : "include" });
}
review.close();
process.stdout.write("done\n");
