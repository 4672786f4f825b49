// Benchmark: parseSource throughput on ≥ 20 MB of generated (fictional) coded utterances, compared with
// a bare pass over the same text: split('\n') plus one matchAll(/\[\[(.*?)\]\]/g).
import { parseSource, serializeSource } from "@verlicht/rock";
import { reportFigure } from "./report.js";

const TARGET_BYTES = Number(process.env.ROCK_BENCH_BYTES ?? 21 * 1024 * 1024);
const words = [
  "ik",
  "de",
  "buurt",
  "wijk",
  "werk",
  "geld",
  "zorg",
  "moe",
  "koffie",
  "bus",
  "school",
  "vaak",
  "soms",
  "nooit",
  "goed",
  "slecht",
  "huis",
  "kinderen",
  "hulp",
  "gemeente",
];
const codes = ["werk", "zorg>mantelzorg", "geld>schulden", "buurt>veiligheid", "gezondheid>slaap", "vertrouwen"];

/** A small deterministic PRNG (mulberry32), so every run parses the same text. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(): string {
  const r = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const parts: string[] = ["---", "ROCK_attributes:", "  - caseId: p1", "    rol: bewoner", "---"];
  let size = 0;
  let uid = 1_000_000_000;
  for (let i = 0; size < TARGET_BYTES; i++) {
    let line: string;
    if (i % 500 === 0) line = `[[cid=p${i / 500}]]`;
    else if (i % 997 === 0) line = "---<<vraag>>---";
    else if (i % 331 === 0) line = "# interviewer: aantekening";
    else {
      const n = 6 + Math.floor(r() * 14);
      const ws: string[] = [];
      for (let k = 0; k < n; k++) ws.push(pick(words));
      line = `[[uid=${(uid++).toString(36)}]] ${ws.join(" ")}.`;
      const nc = Math.floor(r() * 3);
      for (let k = 0; k < nc; k++) line += ` [[${pick(codes)}]]`;
      if (r() < 0.2) line += ` [[intensiteit||${1 + Math.floor(r() * 5)}]]`;
      if (r() < 0.15) line += ` [[${pick(words)}->${pick(words)}||causal_pos||1]]`;
    }
    parts.push(line);
    size += line.length + 1;
  }
  return `${parts.join("\n")}\n`;
}

const text = generate();
const mb = Buffer.byteLength(text, "utf8") / 1e6;

function bare(): number {
  const lines = text.split("\n");
  let n = lines.length;
  for (const m of text.matchAll(/\[\[(.*?)\]\]/g)) n += m[1]!.length > 0 ? 1 : 0;
  return n;
}

function best(fn: () => unknown, runs: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

bare();
const bareMs = best(bare, 5);
let utterances = 0;
const parseMs = best(() => {
  const { value } = parseSource(text, { sourceId: "bench" });
  utterances = value.utterances.length;
}, 3);
const { value } = parseSource(text, { sourceId: "bench" });
const roundTrip = serializeSource(value) === text;

reportFigure("rock/parse-input-size", mb, "MB");
reportFigure("rock/parse-utterances", utterances, "utterances");
reportFigure("rock/parse-throughput", mb / (parseMs / 1000), "MB/s", {
  value: (mb / (bareMs / 1000)).toFixed(1),
  label: "bare split+matchAll MB/s",
});
reportFigure("rock/parse-ratio-to-bare-pass", parseMs / bareMs, "x", { value: "15", label: "target at most" });
reportFigure("rock/serialize-round-trip-identical", roundTrip ? 1 : 0, "bool");
