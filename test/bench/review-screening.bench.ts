// Benchmark: prioritised screening of @verlicht/review.
// 1. Simulation on the three labelled screening sets in ../shared/data/review-screening/ (5 seeds each),
//    WSS@95 / RRF@10 / ATD beside the ASReview 1.6.6 anchor (its defaults, same files, mean of 5 seeds).
// 2. One retrain + rerank over 10,000 fictional records (generated here, so it runs without ../shared).
// Set REVIEW_SCREENING_ALTERNATIVES=1 to also evaluate the alternative settings reported in
// docs/living-reviews-screening.md (slow: about a minute per setting).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createPrioritiser, type PrioritiserOptions, type ScreeningText, simulate } from "@verlicht/review";
import { reportFigure, skipBench } from "./report.js";

const SEEDS = [1, 2, 3, 4, 5];
const SETS = [
  { name: "Nagtegaal_2019", anchor: { wss95: 0.5, rrf10: 0.634, atd: 0.114 } },
  { name: "Kitchenham_2010", anchor: { wss95: 0.617, rrf10: 0.664, atd: 0.106 } },
  { name: "Bannach-Brown_2019", anchor: { wss95: 0.404, rrf10: 0.543, atd: 0.143 } },
] as const;
const ANCHOR = "ASReview 1.6.6 defaults, mean of 5 seeds";

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

function loadSet(dir: URL, name: string): { records: ScreeningText[]; labels: Array<0 | 1> } {
  const [header = [], ...rows] = parseCsv(readFileSync(new URL(`${name}.csv`, dir), "utf8").replace(/^\uFEFF/, ""));
  const col = (n: string) => header.indexOf(n);
  const [t, a, l] = [col("title"), col("abstract"), col("label_included")];
  const kept = rows.filter((r) => r.length === header.length);
  return {
    records: kept.map((r) => ({ title: r[t] ?? "", abstract: r[a] ?? "" })),
    labels: kept.map((r) => (r[l] === "1" ? 1 : 0)),
  };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function runSets(dir: URL, label: string, options: PrioritiserOptions): void {
  for (const set of SETS) {
    const { records, labels } = loadSet(dir, set.name);
    const runs = SEEDS.map((seed) => simulate(records, labels, { ...options, seed }));
    const fig = (metric: "wss95" | "rrf10" | "atd") =>
      reportFigure(`review/screening/${label}${set.name}/${metric}`, mean(runs.map((r) => r[metric])), "", {
        value: set.anchor[metric],
        label: ANCHOR,
      });
    fig("wss95");
    reportFigure(
      `review/screening/${label}${set.name}/wss95-insights-style`,
      mean(runs.map((r) => r.wss95Insights)),
      "",
      {
        value: set.anchor.wss95,
        label: ANCHOR,
      },
    );
    fig("rrf10");
    fig("atd");
    reportFigure(
      `review/screening/${label}${set.name}/seconds-per-simulation`,
      mean(runs.map((r) => r.ms)) / 1000,
      "s",
      {
        value: "13–27",
        label: "ASReview 1.6.6 s per simulation",
      },
    );
    if (!label) {
      const per = runs.map((r) => `${r.wss95.toFixed(3)}/${r.rrf10.toFixed(3)}/${r.atd.toFixed(3)}`).join("  ");
      console.log(`  ${set.name}: N=${runs[0]?.n} R=${runs[0]?.relevant}; per seed WSS@95/RRF@10/ATD: ${per}`);
    }
  }
}

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
const dir = new URL("../../../shared/data/review-screening/", import.meta.url);
if (!existsSync(fileURLToPath(dir))) {
  skipBench("review/screening", "../shared/data/review-screening is absent (needed for the simulation figures)");
} else {
  runSets(dir, "", {});
  if (process.env.REVIEW_SCREENING_ALTERNATIVES === "1") {
    const alternatives: Array<[string, PrioritiserOptions]> = [
      ["nb-asreview-like/", { model: "naive-bayes", features: { ngrams: 1, sublinearTf: false } }],
      ["lr-unigrams/", { features: { ngrams: 1 } }],
      ["lr-c1/", { logistic: { c: 1 } }],
      ["lr-c100/", { logistic: { c: 100 } }],
      ["lr-unbalanced/", { logistic: { balanced: false } }],
    ];
    for (const [label, options] of alternatives) runSets(dir, label, options);
  }
}
