// Benchmark: prioritised screening of @verlicht/review.
// 1. The selection protocol (docs/living-reviews-screening.md): a fixed list of candidate settings is
//    simulated on the three labelled sets in /work/shared/data/review-screening/ (5 seeds each). For each
//    fold, the setting with the best mean (WSS@95 + RRF@10 − ATD) on the OTHER two sets is chosen and its
//    figures on the held-out set are reported beside ASReview LAB 3.0.5's default (ELAS u4), measured with
//    its own code on the same sets and priors (mean of 5 seeds).
// 2. Speed: CPU seconds per whole simulation (process.cpuUsage; the machine is shared, so CPU time is the
//    figure and the load average is printed beside it).
// 3. One retrain + rerank over 10,000 fictional records (generated here, so it runs without /work/shared).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createPrioritiser, type PrioritiserOptions, type ScreeningText, simulate } from "@verlicht/review";
import { reportFigure, skipBench } from "./report.js";

const SEEDS = [1, 2, 3, 4, 5];
type Metric = "wss95" | "rrf10" | "atd";
const SETS = [
  { name: "Nagtegaal_2019", anchor: { wss95: 0.733, rrf10: 0.664, atd: 0.086 } },
  { name: "Kitchenham_2010", anchor: { wss95: 0.673, rrf10: 0.709, atd: 0.085 } },
  { name: "Bannach-Brown_2019", anchor: { wss95: 0.409, rrf10: 0.563, atd: 0.131 } },
] as const;
const ANCHOR = "ASReview LAB 3.0.5 ELAS u4, mean of 5 seeds";
/** ASReview 1.6.6's measured time per whole simulation on this machine (docs); no ASReview 3 timing is available here. */
const ASREVIEW_SECONDS = 13;

/** The candidate settings, fixed before any fold is evaluated. */
const CANDIDATES: ReadonlyArray<[string, PrioritiserOptions]> = [
  ["lr-1-3grams", {}],
  ["lr-1-2grams", { features: { ngrams: 2 } }],
  ["svm-elas-like", { model: "svm", features: { ngrams: 2, minDf: 1, maxDf: 0.95 } }],
];

/** RFC 4180 CSV: quoted fields with doubled quotes and embedded newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function loadSet(dir: string, name: string): { records: ScreeningText[]; labels: Array<0 | 1> } {
  const [header = [], ...rows] = parseCsv(readFileSync(join(dir, `${name}.csv`), "utf8").replace(/^\uFEFF/, ""));
  const col = (n: string) => header.indexOf(n);
  const [t, a, l] = [col("title"), col("abstract"), col("label_included")];
  const kept = rows.filter((r) => r.length === header.length);
  return {
    records: kept.map((r) => ({ title: r[t] ?? "", abstract: r[a] ?? "" })),
    labels: kept.map((r) => (r[l] === "1" ? 1 : 0)),
  };
}

const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;

interface Figures {
  wss95: number;
  rrf10: number;
  atd: number;
  cpuSeconds: number;
}

function measure(records: ScreeningText[], labels: Array<0 | 1>, options: PrioritiserOptions): Figures {
  const c0 = process.cpuUsage();
  const runs = SEEDS.map((seed) => simulate(records, labels, { ...options, seed }));
  const cpu = process.cpuUsage(c0);
  return {
    wss95: mean(runs.map((r) => r.wss95)),
    rrf10: mean(runs.map((r) => r.rrf10)),
    atd: mean(runs.map((r) => r.atd)),
    cpuSeconds: (cpu.user + cpu.system) / 1e6 / runs.length,
  };
}

function protocol(dir: string): void {
  const data = SETS.map((set) => loadSet(dir, set.name));
  const table = new Map<string, Figures[]>();
  for (const [label, options] of CANDIDATES) {
    table.set(
      label,
      data.map((d, i) => {
        const f = measure(d.records, d.labels, options);
        console.log(
          `  ${label} on ${SETS[i]?.name}: WSS@95 ${f.wss95.toFixed(3)} RRF@10 ${f.rrf10.toFixed(3)} ATD ${f.atd.toFixed(3)} (${f.cpuSeconds.toFixed(2)} CPU s per simulation, load ${loadAverage()})`,
        );
        return f;
      }),
    );
  }
  const score = (f: Figures) => f.wss95 + f.rrf10 - f.atd;
  SETS.forEach((set, held) => {
    const train = [0, 1, 2].filter((i) => i !== held);
    let best = CANDIDATES[0]?.[0] as string;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const [label] of CANDIDATES) {
      const s = mean(train.map((i) => score(table.get(label)?.[i] as Figures)));
      if (s > bestScore) [best, bestScore] = [label, s];
    }
    const f = table.get(best)?.[held] as Figures;
    console.log(`  fold ${set.name}: chosen on the other two sets: ${best}`);
    for (const metric of ["wss95", "rrf10", "atd"] as Metric[]) {
      reportFigure(`review/screening/held-out/${set.name}/${metric}`, f[metric], "", {
        value: set.anchor[metric],
        label: ANCHOR,
      });
    }
    reportFigure(`review/screening/held-out/${set.name}/cpu-seconds-per-simulation`, f.cpuSeconds, "s", {
      value: `${ASREVIEW_SECONDS}–27 s wall (ASReview 1.6.6, docs); 10x target ${ASREVIEW_SECONDS / 10}`,
      label: "",
    });
  });
}

const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

/** 10,000 fictional records: Zipf-distributed words from a generated vocabulary, seeded. */
function fictionalRecords(n: number): ScreeningText[] {
  let s = 12345;
  const random = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
  const vocabulary = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x`);
  const word = () => vocabulary[Math.floor(vocabulary.length ** random()) - 1] as string;
  return Array.from({ length: n }, () => ({
    title: Array.from({ length: 12 }, word).join(" "),
    abstract: Array.from({ length: 200 }, word).join(" "),
  }));
}

function timeRerank(): void {
  const records = fictionalRecords(10_000);
  let t = performance.now();
  const prioritiser = createPrioritiser(records);
  reportFigure("review/prioritise/features-10000-records", performance.now() - t, "ms");
  const labels: Array<0 | 1 | null> = records.map(() => null);
  for (let i = 0; i < 1000; i++) labels[i * 10] = i % 20 === 0 ? 1 : 0;
  t = performance.now();
  prioritiser.rank(labels);
  reportFigure("review/prioritise/first-retrain-rerank-10000-records-1000-labels", performance.now() - t, "ms", {
    value: "< 500",
    label: "target ms",
  });
  labels[5] = 1;
  t = performance.now();
  prioritiser.rank(labels);
  reportFigure("review/prioritise/retrain-rerank-10000-records-after-one-vote", performance.now() - t, "ms", {
    value: "< 500",
    label: "target ms",
  });
}

timeRerank();
const dir = join(process.env["VERLICHT_SHARED"] ?? "/work/shared", "data", "review-screening");
if (!existsSync(dir)) skipBench("review/screening", `${dir} is absent (needed for the simulation figures)`);
else {
  console.log(`  load average before: ${loadAverage()}`);
  protocol(dir);
  console.log(`  load average after: ${loadAverage()}`);
}
