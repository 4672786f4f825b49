// Shared loader and scorer for the anonymisation benchmarks: a folder of `<name>.txt` + `<name>.gold.json`
// (the development corpus's format), evaluated through anonymiseCorpus per language, with or without a keep list.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import {
  anonymiseCorpus,
  type EvaluationReport,
  type EvaluationSpan,
  evaluateAnonymisation,
} from "@verlicht/anonymise";

/** One transcript with its gold spans. */
export interface GoldDocument {
  id: string;
  text: string;
  gold: EvaluationSpan[];
  language: "nl" | "en";
}

/** Read a folder of transcripts with gold spans; the language is `en` for files named `en-*`, else `nl`. */
export function readGoldFolder(folder: string): GoldDocument[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith(".txt") && existsSync(`${folder}/${f.replace(/\.txt$/, ".gold.json")}`))
    .sort()
    .map((f) => ({
      id: f,
      text: readFileSync(`${folder}/${f}`, "utf8"),
      gold: JSON.parse(readFileSync(`${folder}/${f.replace(/\.txt$/, ".gold.json")}`, "utf8")).spans,
      language: f.startsWith("en-") ? "en" : "nl",
    }));
}

/** Read a keep list (one term a line, `#` comments). */
export function readKeep(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/** Evaluate a set of documents of one language through anonymiseCorpus. */
export function evaluateSet(docs: GoldDocument[], keep: string[], language: "nl" | "en"): EvaluationReport {
  const corpus = anonymiseCorpus(
    docs.map((d) => ({ id: d.id, text: d.text })),
    { keep, language },
  );
  const report = evaluateAnonymisation(
    docs.map((d, i) => ({ id: d.id, text: d.text, gold: d.gold, predicted: corpus.documents[i]!.spans })),
    { keep },
  );
  if (process.env["VERLICHT_EVAL_VERBOSE"]) {
    for (const [i, d] of docs.entries()) {
      const pred = corpus.documents[i]!.spans;
      for (const g of d.gold) {
        const covered = [...d.text.slice(g.start, g.end)].every(
          (ch, k) => /\s/.test(ch) || pred.some((p) => p.start <= g.start + k && g.start + k < p.end),
        );
        if (!covered) console.log(`  MISS ${d.id} ${g.category} "${d.text.slice(g.start, g.end)}"`);
      }
      for (const p of pred) {
        if (!d.gold.some((g) => g.start < p.end && p.start < g.end))
          console.log(`  FP   ${d.id} ${p.category} "${p.text}"`);
      }
    }
  }
  return report;
}
