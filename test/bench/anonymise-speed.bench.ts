// Benchmark: speed of @verlicht/anonymise as a researcher calls it, on the held-out fictional transcripts in the
// repository (and the development corpus when ../shared is there): anonymise(text, {keep}) once per transcript with
// a fresh keep array each call, and anonymiseCorpus over all of them, beside a bare regex pass over the same text
// (capitalised words, the cheapest scan a name finder must at least do). CPU time of this process, one thread.
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { anonymise, anonymiseCorpus } from "@verlicht/anonymise";
import { readGoldFolder, readKeep } from "./anonymise-eval.js";
import { reportFigure } from "./report.js";

const BENCH = "anonymise-speed";
const fixtures = fileURLToPath(new URL("../../packages/anonymise/test/fixtures/", import.meta.url));
const shared = process.env["VERLICHT_SHARED"] ?? "/work/shared";
const docs = [...readGoldFolder(`${fixtures}heldout`), ...readGoldFolder(`${shared}/corpus/anonymisation/dev`)].map(
  (d) => ({ id: d.id, text: d.text, language: d.language }),
);
const keep = [...readKeep(`${fixtures}heldout/keep.txt`), ...readKeep(`${shared}/corpus/anonymisation/keep.txt`)];
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const TARGET = 3_000_000;

function cpuSeconds(fn: () => void): number {
  fn(); // warm-up: lexicons are built once per process, outside the timing
  const c0 = process.cpuUsage();
  let done = 0;
  while (done < TARGET) {
    fn();
    done += bytes;
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6 / (done / bytes);
}

const perCall = cpuSeconds(() => {
  for (const d of docs) anonymise(d.text, { keep: [...keep], language: d.language });
});
const corpus = cpuSeconds(() => {
  anonymiseCorpus(docs, { keep: [...keep], language: "auto" });
});
let sink = 0;
const bare = cpuSeconds(() => {
  for (const d of docs) for (const _ of d.text.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) sink++;
});
const mb = bytes / 1e6;
const load = loadavg()[0]!.toFixed(1);
reportFigure(`${BENCH}/anonymise-per-transcript`, mb / perCall, `MB/s (CPU time, keep list, load ${load})`, {
  value: 5,
  label: "target",
});
reportFigure(`${BENCH}/anonymiseCorpus`, mb / corpus, `MB/s (CPU time, load ${load})`, { value: 5, label: "target" });
reportFigure(`${BENCH}/bare-regex`, mb / bare, `MB/s (CPU time, capitalised-word regex, load ${load})`);
reportFigure(`${BENCH}/ratio-per-transcript`, perCall / bare, "× the bare regex pass (CPU time)");
reportFigure(`${BENCH}/ratio-corpus`, corpus / bare, "× the bare regex pass (CPU time)");
if (sink < 0) console.log(sink);
