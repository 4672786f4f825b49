// Benchmark: @verlicht/anonymise quality per language on the development corpus (../shared, not in the
// repository) and on the held-out fictional transcripts in packages/anonymise/test/fixtures/heldout*/, with
// and without the keep list. Prints PERSON mention recall, token precision and every structured category.
import { fileURLToPath } from "node:url";
import type { EvaluationReport } from "@verlicht/anonymise";
import { evaluateSet, type GoldDocument, readGoldFolder, readKeep } from "./anonymise-eval.js";
import { reportFigure, skipBench } from "./report.js";

const BENCH = "anonymise-heldout";
const fixtures = fileURLToPath(new URL("../../packages/anonymise/test/fixtures/", import.meta.url));
const shared = process.env["VERLICHT_SHARED"] ?? "/work/shared";
const sets: Array<{ name: string; docs: GoldDocument[]; keep: string[] }> = [
  {
    name: "dev",
    docs: readGoldFolder(`${shared}/corpus/anonymisation/dev`),
    keep: readKeep(`${shared}/corpus/anonymisation/keep.txt`),
  },
  { name: "heldout", docs: readGoldFolder(`${fixtures}heldout`), keep: readKeep(`${fixtures}heldout/keep.txt`) },
];
if (process.env["VERLICHT_EVAL_FINAL"]) {
  sets.push({
    name: "final",
    docs: readGoldFolder(`${fixtures}heldout-final`),
    keep: readKeep(`${fixtures}heldout-final/keep.txt`),
  });
}
const only = process.env["VERLICHT_EVAL_SET"];

function print(label: string, r: EvaluationReport): void {
  const person = r.mentionRecall.PERSON;
  if (person) reportFigure(`${BENCH}/${label}/recall-PERSON`, person.recall, `(mentions, n=${person.tp + person.fn})`);
  reportFigure(`${BENCH}/${label}/token-precision`, r.tokenBlind.precision, "(word tokens)");
  for (const [category, s] of Object.entries(r.mentionRecall)) {
    if (category === "PERSON") continue;
    reportFigure(`${BENCH}/${label}/recall-${category}`, s.recall, `(mentions, n=${s.tp + s.fn})`);
  }
  reportFigure(`${BENCH}/${label}/keep-terms-removed`, r.keepRemoved.length, "occurrences");
}

for (const set of sets) {
  if (only && set.name !== only) continue;
  if (set.docs.length === 0) {
    skipBench(`${BENCH}/${set.name}`, "no transcripts found");
    continue;
  }
  for (const language of ["nl", "en"] as const) {
    const docs = set.docs.filter((d) => d.language === language);
    if (docs.length === 0) continue;
    print(`${set.name}-${language}`, evaluateSet(docs, set.keep, language));
    if (!process.env["VERLICHT_EVAL_KEEP_ONLY"])
      print(`${set.name}-${language}-nokeep`, evaluateSet(docs, [], language));
  }
}
