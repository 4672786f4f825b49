// A small end-to-end check: a FICTIONAL ROCK source → @verlicht/rock → @verlicht/qna network (devDependencies,
// used only here) → assessAssumptions on FICTIONAL observations.
import { readFileSync } from "node:fs";
import { buildNetwork } from "@verlicht/qna";
import { parseSource } from "@verlicht/rock";
import { describe, expect, it } from "vitest";
import { assessAssumptions, linkIndicators } from "../../src/index.js";
import { series } from "./helpers.js";

const text = readFileSync(new URL("../fixtures/rock-pipeline/input.rock", import.meta.url), "utf8");

describe("a network built by @verlicht/qna", () => {
  const { value: source } = parseSource(text, { sourceId: "t01" });
  const network = buildNetwork([source]);
  const links = [
    { construct: "problematicDebt", indicatorId: "problematic-debt" },
    { construct: "stress", indicatorId: "severe-stress" },
    { construct: "plusWorkers", indicatorId: "plus-worker-hours" },
  ];
  const data = [
    ...series("problematic-debt", "HLN-NOORD", [14, 13.6, 13.2, 12.8, 12.5, 12]),
    ...series("severe-stress", "HLN-NOORD", [22, 22, 22.2, 24.5, 24, 24]),
    ...series("plus-worker-hours", "HLN-NOORD", [0, 0, 800, 1800, 3000, 3600], "count"),
  ];

  it("should assess its edges and list its unmeasured constructs", () => {
    const result = assessAssumptions(network, links, data, { area: "HLN-NOORD", goals: ["psychologicalProblems"] });
    const byEnds = Object.fromEntries(
      result.edges.map((e) => [`${e.source}->${e.target}`, [e.testability, e.verdict]]),
    );
    expect(byEnds).toEqual({
      "problematicDebt->stress": ["testable", "inconsistent"],
      "plusWorkers->doorbellConversations": ["partly", null],
      "fearOfDoorbell->preschoolAttendance": ["untestable", null],
      "stress->psychologicalProblems": ["partly", null],
    });
    expect(result.monitoringGaps).toEqual([]);
  });

  it("should attach badges to the serialised network for the viewer", () => {
    const { value } = linkIndicators(network, links);
    expect(value.nodes.find((n) => n.key === "stress")!.attributes.indicators!.map((i) => i.id)).toEqual([
      "severe-stress",
    ]);
    expect(value.edges.find((e) => e.source === "problematicDebt")!.attributes.citations.length).toBe(1);
  });
});
