// Benchmark: @verlicht/anonymise on the annotated development corpus (../shared/corpus/anonymisation).
// Reports mention recall per category, token precision, strict entity P/R/F2, leaks, keep-list over-redaction
// and throughput, with the DEDUCE 3 anchors measured on the same corpus. Skips when ../shared is absent.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { anonymise, anonymiseCorpus, type EvaluationSpan, evaluateAnonymisation } from "@verlicht/anonymise";
import { reportFigure, skipBench } from "./report.js";

const BENCH = "anonymise";
const root = fileURLToPath(new URL("../../../shared/corpus/anonymisation/", import.meta.url));
const DEDUCE: Record<string, number> = { PERSON: 0.825, ADDRESS: 0.5, DATE: 0.25, IBAN: 0, PLATE: 0 };

if (!existsSync(`${root}dev`)) {
  skipBench(BENCH, `no development corpus at ${root} (it lives outside the repository)`);
} else {
  const keep = readFileSync(`${root}keep.txt`, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const files = readdirSync(`${root}dev`)
    .filter((f) => f.endsWith(".txt") && existsSync(`${root}dev/${f.replace(/\.txt$/, ".gold.json")}`))
    .sort();
  const documents = files.map((f) => ({ id: f, text: readFileSync(`${root}dev/${f}`, "utf8") }));
  const gold = files.map(
    (f) =>
      JSON.parse(readFileSync(`${root}dev/${f.replace(/\.txt$/, ".gold.json")}`, "utf8")).spans as EvaluationSpan[],
  );

  // Quality: the corpus path (two passes, corpus-wide names), as a research team would run it.
  const corpus = anonymiseCorpus(documents, { keep });
  const report = evaluateAnonymisation(
    documents.map((d, i) => ({ id: d.id, text: d.text, gold: gold[i]!, predicted: corpus.documents[i]!.spans })),
    { keep },
  );
  for (const [category, s] of Object.entries(report.mentionRecall)) {
    const anchor = DEDUCE[category];
    reportFigure(
      `${BENCH}/recall-${category}`,
      s.recall,
      `(mention recall, n=${s.tp + s.fn})`,
      anchor === undefined ? null : { value: anchor, label: "DEDUCE 3" },
    );
  }
  reportFigure(`${BENCH}/token-precision`, report.tokenBlind.precision, "(word tokens)", {
    value: 0.748,
    label: "DEDUCE 3",
  });
  reportFigure(`${BENCH}/token-recall`, report.tokenBlind.recall, "(word tokens, type-agnostic)");
  reportFigure(`${BENCH}/token-f2`, report.tokenBlind.f2, "(word tokens, type-agnostic)");
  if (report.strict.all) {
    reportFigure(`${BENCH}/strict-entity-precision`, report.strict.all.precision, "(exact span and category)");
    reportFigure(`${BENCH}/strict-entity-recall`, report.strict.all.recall, "(exact span and category)");
    reportFigure(`${BENCH}/strict-entity-f2`, report.strict.all.f2, "(exact span and category)");
  }
  reportFigure(`${BENCH}/keep-terms-removed`, report.keepRemoved.length, "occurrences", {
    value: 34,
    label: "DEDUCE 3",
  });
  const leaked = report.leaks.reduce((n, l) => n + l.leaked, 0);
  reportFigure(`${BENCH}/leaked-mentions`, leaked, "mentions left untouched");
  reportFigure(`${BENCH}/document-leak-rate`, report.documentLeakRate, "(documents with a leak)");
  for (const l of report.leaks) if (l.leaked > 0) console.log(`  leak in ${l.id}: ${l.leaked} mention(s)`);

  // Single-document path (no corpus-wide names), for comparison.
  const single = evaluateAnonymisation(
    documents.map((d, i) => ({ id: d.id, text: d.text, gold: gold[i]!, predicted: anonymise(d.text, { keep }).spans })),
    { keep },
  );
  reportFigure(`${BENCH}/single-document-recall-PERSON`, single.mentionRecall.PERSON?.recall ?? 1, "(anonymise())");
  reportFigure(`${BENCH}/single-document-token-precision`, single.tokenBlind.precision, "(anonymise())");

  // Throughput: anonymise() (detection + surrogates) on one core, after a warm-up, over ≥ 4 MB of text.
  const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  for (const d of documents) anonymise(d.text, { keep });
  let done = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (done < 4_000_000) {
    for (const d of documents) anonymise(d.text, { keep });
    done += bytes;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // CPU time is the one-core figure; wall time also counts time the process waited for a shared CPU.
  reportFigure(`${BENCH}/throughput`, done / 1e6 / cpuSeconds, "MB/s (CPU time, one thread)", {
    value: 0.15,
    label: "DEDUCE 3",
  });
  reportFigure(
    `${BENCH}/throughput-wall`,
    done / 1e6 / seconds,
    "MB/s (wall clock; load average " + (await import("node:os")).loadavg()[0]!.toFixed(1) + ")",
  );
}
