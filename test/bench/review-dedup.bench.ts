// Benchmark / evaluation of duplicate detection:
// 1. the labelled EndNote XML sets in ../shared/data/review-dedup/ (skipped when absent), scored like the
//    sets' own scorer (IEBH dedupe-sweep test/analysis.js): a record counts as detected when it is in a
//    cluster of two or more; labels mark every copy, the kept one included. Pair precision is also given:
//    the share of predicted pairs whose two records are both labelled.
// 2. import + deduplicate 100,000 generated (fictional) records in a SQLite review, timed end to end.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeText, importFile, matchDuplicates, openReview, parseRecords } from "@verlicht/review";
import { reportFigure, skipBench, timeMs } from "./report.js";

const root = fileURLToPath(new URL("../../../shared/data/review-dedup/", import.meta.url));
const sets = ["copper.xml", "tafenoquine.xml", "old/respiratory.xml"];
if (!existsSync(root)) {
  skipBench("review/dedup-labelled", `${root} is absent`);
} else {
  for (const name of sets) {
    const records = parseRecords(decodeText(readFileSync(join(root, name))).text, { format: "endnote-xml" }).value;
    const truth = records.map((r) => r.raw.some((t) => t.tag === "caption" && t.value.trim() === "Duplicate"));
    const { ms, result } = await timeMs(() => matchDuplicates(records));
    const detected = new Array<boolean>(records.length).fill(false);
    let pairs = 0;
    let goodPairs = 0;
    for (const cluster of result.clusters) {
      for (const i of cluster) detected[i] = true;
      for (let x = 0; x < cluster.length; x++) {
        for (let y = x + 1; y < cluster.length; y++) {
          pairs++;
          if (truth[cluster[x] as number] && truth[cluster[y] as number]) goodPairs++;
        }
      }
    }
    let tp = 0;
    let fp = 0;
    let fn = 0;
    detected.forEach((d, i) => {
      if (d && truth[i]) tp++;
      else if (d) fp++;
      else if (truth[i]) fn++;
    });
    const set = name.replace(/\.xml$/, "").replace("old/", "");
    console.log(
      `  ${set}: ${records.length} records, TP ${tp}, FP ${fp}, FN ${fn}, ${result.clusters.length} clusters, ${pairs} pairs, ${result.pairs.filter((p) => p.verdict === "maybe").length} maybe pairs, ${ms.toFixed(0)} ms`,
    );
    reportFigure(`review/dedup-${set}-precision`, tp / (tp + fp), "record-level", { value: 0.995, label: "bar ≥" });
    reportFigure(`review/dedup-${set}-recall`, tp / (tp + fn), "record-level", { value: 0.95, label: "bar ≥" });
    reportFigure(`review/dedup-${set}-pair-precision`, goodPairs / pairs, "pairs with both records labelled", {
      value: 0.995,
      label: "bar ≥",
    });
  }
}

// ---- 100,000 generated records -------------------------------------------------------------------
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const syllables = [
  "ka",
  "lo",
  "mi",
  "ne",
  "ru",
  "ta",
  "vo",
  "zi",
  "ber",
  "dan",
  "fel",
  "gor",
  "hul",
  "jen",
  "kro",
  "lim",
  "mor",
  "nis",
  "pra",
  "sel",
  "tur",
  "vin",
  "wex",
  "yal",
];
const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join("");
const vocabulary = Array.from({ length: 6000 }, word);
const journals = Array.from({ length: 400 }, () =>
  `Journal of ${pick(vocabulary)} ${pick(vocabulary)}`.replace(/\b\w/g, (c) => c.toUpperCase()),
);
const families = Array.from({ length: 5000 }, () => pick(vocabulary).replace(/^\w/, (c) => c.toUpperCase()));

interface Gen {
  title: string;
  authors: string[];
  year: number;
  journal: string;
  volume: number;
  pages: string;
  doi?: string;
}
const N = 100_000;
const originals: Gen[] = [];
const out: string[] = [];
const group: number[] = [];
const write = (g: Gen, abbreviate: boolean) => {
  const lines = ["TY  - JOUR", `TI  - ${g.title}`];
  for (const a of g.authors) lines.push(`AU  - ${a}`);
  lines.push(
    `PY  - ${g.year}`,
    `${abbreviate ? "J2" : "T2"}  - ${abbreviate ? g.journal.replace(/\b(\w{4})\w+/g, "$1") : g.journal}`,
    `VL  - ${g.volume}`,
  );
  const [sp, ep] = g.pages.split("-");
  lines.push(`SP  - ${sp}`, `EP  - ${ep}`);
  if (g.doi) lines.push(`DO  - ${g.doi}`);
  lines.push("ER  - ", "");
  out.push(lines.join("\n"));
};
for (let i = 0; i < N; i++) {
  if (i > 1000 && random() < 0.1) {
    // A duplicate of an earlier record, as another database would export it.
    const k = Math.floor(random() * originals.length);
    const o = originals[k] as Gen;
    const variant: Gen = {
      ...o,
      title: random() < 0.5 ? o.title.toUpperCase() : `${o.title}.`,
      authors: o.authors.map((a) => a.replace(/, (\w)\w+/, ", $1.")),
      year: random() < 0.1 ? o.year + 1 : o.year,
    };
    if (random() < 0.4) delete variant.doi;
    write(variant, random() < 0.5);
    group.push(k);
  } else {
    const start = 1 + Math.floor(random() * 900);
    const g: Gen = {
      title: Array.from({ length: 7 + Math.floor(random() * 8) }, () => pick(vocabulary))
        .join(" ")
        .replace(/^\w/, (c) => c.toUpperCase()),
      authors: Array.from({ length: 1 + Math.floor(random() * 5) }, () => `${pick(families)}, ${pick(families)}`),
      year: 1990 + Math.floor(random() * 36),
      journal: pick(journals),
      volume: 1 + Math.floor(random() * 80),
      pages: `${start}-${start + 3 + Math.floor(random() * 15)}`,
    };
    if (random() < 0.7) g.doi = `10.5555/gen.${originals.length}`;
    write(g, false);
    group.push(originals.length);
    originals.push(g);
  }
}
const dir = mkdtempSync(join(tmpdir(), "verlicht-review-bench-"));
const file = join(dir, "generated.ris");
writeFileSync(file, out.join(""));
const review = openReview(join(dir, "bench.review.sqlite"));
review.addRound({ id: "generated", database: "Generated", as: "bench" });
const cpu0 = process.cpuUsage();
const imported = await timeMs(() => importFile(review, file, { round: "generated" }));
const deduplicated = await timeMs(() => review.deduplicate({ as: "bench" }));
const total = imported.ms + deduplicated.ms;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// Score against the generator's groups (pairwise over clusters).
const stored = review.records();
let predictedPairs = 0;
let truePairs = 0;
const canonicalOf = new Map<number, number>();
for (const s of stored) canonicalOf.set(s.id, s.duplicateOf ?? s.id);
const clusters = new Map<number, number[]>();
for (const s of stored) {
  const c = canonicalOf.get(s.id) as number;
  clusters.set(c, [...(clusters.get(c) ?? []), s.id - 1]);
}
for (const members of clusters.values()) {
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      predictedPairs++;
      if (group[members[x] as number] === group[members[y] as number]) truePairs++;
    }
  }
}
const groupSizes = new Map<number, number>();
for (const g of group) groupSizes.set(g, (groupSizes.get(g) ?? 0) + 1);
let actualPairs = 0;
for (const size of groupSizes.values()) actualPairs += (size * (size - 1)) / 2;
console.log(
  `  generated: ${stored.length} records, ${deduplicated.result.linked} linked, ${deduplicated.result.maybe} maybe pairs; import ${(imported.ms / 1000).toFixed(1)} s, dedup ${(deduplicated.ms / 1000).toFixed(1)} s`,
);
reportFigure("review/import-dedup-100k", total / 1000, "s wall", { value: "< 60 s", label: "bar" });
// CPU time of this (single-threaded) process: the one-core figure, independent of other load on the machine.
reportFigure("review/import-dedup-100k-cpu", cpuSeconds, "s CPU", { value: "< 60 s", label: "bar" });
reportFigure("review/import-100k", imported.ms / 1000, "s");
reportFigure("review/dedup-100k", deduplicated.ms / 1000, "s");
reportFigure("review/dedup-generated-pair-precision", truePairs / predictedPairs, "pairs");
reportFigure("review/dedup-generated-pair-recall", truePairs / actualPairs, "pairs");
review.close();
rmSync(dir, { recursive: true, force: true });
