// Evaluate the FICTIONAL Heerlen-Noord example: goal statuses, which assumptions the data can test,
// and the plus-worker logic model. Run from the repository root:
//   node --conditions=@verlicht/source --import tsx examples/heerlen-noord/indicators/evaluate.ts
import { readFileSync } from "node:fs";
import {
  assessAssumptions,
  DEFAULT_CATALOGUE,
  evaluateGoals,
  evaluateLogicModel,
  parseCatalogue,
  parseLinks,
  parseLogicModel,
  parseObservationsCsv,
} from "@verlicht/indicators";

const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
const catalogue = parseCatalogue(read("catalogue-extension.yaml"), { base: DEFAULT_CATALOGUE }).value;
const observations = [
  ...parseObservationsCsv(read("observations.csv")).value,
  ...parseObservationsCsv(read("observations-hln-noord.csv")).value,
];
// The same evaluation, with the same defaults, as `verlicht indicators evaluate --area HLN-NOORD` and the
// dashboard: per indicator from the first to the last period in which both areas have a value.
console.log("Goals (Heerlen-Noord against the Netherlands)");
for (const result of evaluateGoals(observations, { area: "HLN-NOORD", reference: "NL01" })) {
  const detail = result.indicators
    .filter((i) => i.gaps.length > 0)
    .map((i) => `${i.indicatorId}=${i.status}${i.trendBreak ? " (trend break 2020→2021)" : ""}`)
    .join(", ");
  console.log(`  ${result.goal.number}. ${result.goal.text.nl}\n     ${result.status.padEnd(17)} ${detail}`);
}

const network = JSON.parse(read("network-sketch.json"));
const links = parseLinks(read("links.csv")).value;
// With the reference, as the dashboard does; programme counts without a national figure are read on their own.
const assessment = assessAssumptions(network, links, observations, { area: "HLN-NOORD", reference: "NL01", catalogue });
console.log("\nAssumptions:", JSON.stringify(assessment.summary));
for (const e of assessment.edges.filter((x) => x.testability === "testable")) {
  console.log(
    `  ${e.source} → ${e.target} (${e.valence === 1 ? "+" : "−"}): ${e.verdict}${e.caveats.length ? ` [${e.caveats.join(", ")}]` : ""}`,
  );
}
console.log("Monitoring gaps:", assessment.monitoringGaps.map((g) => g.construct).join(", "));

const model = parseLogicModel(read("logic-model-preschool.yaml")).value!;
const lm = evaluateLogicModel(model, observations, { area: "HLN-NOORD", network, links });
console.log("\nLogic model:", lm.stages.map((s) => `${s.id}=${s.status}`).join(", "));
console.log("Steps:", lm.steps.map((s) => `${s.from}→${s.to}=${s.status}`).join(", "));
const unmeasured = lm.steps.flatMap((s) =>
  s.mechanisms.filter((m) => m.indicators?.length === 0).map((m) => m.construct),
);
console.log("Mechanisms without an indicator:", unmeasured.join(", "));
