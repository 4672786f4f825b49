import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { assessAssumptions, findMonitoringGaps, type IndicatorLink, linkIndicators } from "../../src/index.js";
import { series } from "./helpers.js";

// A small FICTIONAL assumption network, built directly with graphology.
function network() {
  const g = new Graph({ multi: true, type: "directed" });
  for (const [key, kind] of [
    ["poverty", "context"],
    ["stress", "outcome"],
    ["debtCounselling", "intervention"],
    ["problematicDebt", "outcome"],
    ["shame", "mechanism"],
    ["health", "outcome"],
    ["goal10", "goal"],
    ["employment", "outcome"],
  ] as const) {
    g.addNode(key, { label: key, kind });
  }
  g.addEdgeWithKey("e1", "poverty", "stress", { type: "causal_pos", valence: 1 });
  g.addEdgeWithKey("e2", "debtCounselling", "problematicDebt", { type: "causal_neg", valence: -1 });
  g.addEdgeWithKey("e3", "shame", "debtCounselling", { type: "causal_neg", valence: -1 });
  g.addEdgeWithKey("e4", "stress", "goal10", { type: "causal_neg" });
  g.addEdgeWithKey("e5", "problematicDebt", "stress", { type: "causal_pos", valence: 1 });
  g.addEdgeWithKey("e6", "employment", "poverty", { type: "causal_neg", valence: -1 });
  g.addEdgeWithKey("e7", "health", "employment", { type: "causal_unknown", valence: 0 });
  return g;
}

const links: IndicatorLink[] = [
  { construct: "poverty", indicatorId: "low-income-households", sign: 1, role: "measures" },
  { construct: "stress", indicatorId: "severe-stress", sign: 1, role: "measures" },
  { construct: "problematicDebt", indicatorId: "problematic-debt", sign: 1, role: "measures" },
  { construct: "employment", indicatorId: "social-assistance", sign: -1, role: "proxy" },
];

const data = [
  ...series("low-income-households", "A", [20, 19, 18, 17, 16, 15]), // poverty fell
  ...series("severe-stress", "A", [30, 30, 29, 28, 27, 26]), // stress fell
  ...series("problematic-debt", "A", [10, 10, 10, 10, 10, 10.05]), // no change (< 1 %)
  ...series("social-assistance", "A", [8, 8, 9, 9, 10, 10]), // bijstand rose → employment fell
];

describe("assessAssumptions", () => {
  const result = assessAssumptions(network(), links, data, { area: "A" });
  const edge = (key: string) => result.edges.find((e) => e.key === key)!;

  it("should call edges testable, partly or untestable by the links on their ends", () => {
    expect(Object.fromEntries(result.edges.map((e) => [e.key, e.testability]))).toEqual({
      e1: "testable",
      e2: "partly",
      e3: "untestable",
      e4: "partly",
      e5: "testable",
      e6: "testable",
      e7: "partly",
    });
    expect(edge("e2").linkedEnd).toBe("target");
  });

  it("should compare the observed co-movement with the valence", () => {
    expect(edge("e1").verdict).toBe("consistent"); // poverty ↓, stress ↓, valence +1
    expect(edge("e5").verdict).toBe("no-change"); // debt flat
    expect(edge("e6").verdict).toBe("inconsistent"); // employment ↓ (bijstand ↑, sign −1), poverty ↓, valence −1
  });

  it("should read the link sign and mark proxies", () => {
    expect(edge("e6").sourceMovement).toMatchObject({ construct: "employment", direction: -1 });
    expect(edge("e6").caveats).toContain("proxy");
  });

  it("should list constructs on paths to goals that no indicator measures", () => {
    expect(result.monitoringGaps.map((g) => [g.construct, g.distance, g.goals])).toEqual([
      ["debtCounselling", 3, ["goal10"]],
      ["health", 4, ["goal10"]],
      ["shame", 4, ["goal10"]],
    ]);
  });

  it("should give the same gaps from findMonitoringGaps alone", () => {
    expect(findMonitoringGaps(network(), links)).toEqual(result.monitoringGaps);
  });

  it("should always carry the caveats and a summary", () => {
    expect(result.caveats.map((c) => c.id)).toEqual(expect.arrayContaining(["ecological", "few-periods"]));
    expect(result.summary).toMatchObject({
      edges: 7,
      testable: 3,
      partly: 3,
      untestable: 1,
      consistent: 1,
      inconsistent: 1,
      "no-change": 1,
    });
    expect([result.baseline, result.latest]).toEqual([null, null]);
    expect([edge("e1").baseline, edge("e1").latest]).toEqual(["2018", "2023"]);
  });

  it("should say insufficient-data when a value of the asked periods is missing rather than guess", () => {
    const gappy = data.filter((o) => !(o.indicatorId === "severe-stress" && o.period === "2023"));
    const asked = assessAssumptions(network(), links, gappy, { area: "A", baseline: "2018", latest: "2023" });
    expect(asked.edges.find((e) => e.key === "e1")!.verdict).toBe("insufficient-data");
  });

  it("should compare each edge over the periods in which both ends have data when no periods are asked", () => {
    const gappy = data.filter((o) => !(o.indicatorId === "severe-stress" && o.period === "2023"));
    const e1 = assessAssumptions(network(), links, gappy, { area: "A" }).edges.find((e) => e.key === "e1")!;
    expect([e1.baseline, e1.latest, e1.verdict]).toEqual(["2018", "2022", "consistent"]);
  });

  it("should accept the serialised network and give the same answer", () => {
    const again = assessAssumptions(network().export() as never, links, data, { area: "A" });
    expect(again.edges.map((e) => [e.key, e.testability, e.verdict])).toEqual(
      result.edges.map((e) => [e.key, e.testability, e.verdict]),
    );
  });

  it("should take the valence from the relation type when the attribute is absent", () => {
    const g = new Graph({ multi: true });
    g.addNode("poverty");
    g.addNode("stress");
    g.addEdgeWithKey("k", "poverty", "stress", { type: "causal_neg" });
    expect(assessAssumptions(g, links, data, { area: "A" }).edges[0]).toMatchObject({
      valence: -1,
      verdict: "inconsistent",
    });
  });

  it("should measure movement against a reference when one is given", () => {
    const ref = [
      ...series("low-income-households", "NL01", [10, 9, 8, 7, 6, 4]),
      ...series("severe-stress", "NL01", [20, 20, 20, 20, 20, 20]),
    ];
    const relative = assessAssumptions(network(), links, [...data, ...ref], { area: "A", reference: "NL01" });
    // poverty fell less than in NL (−5 vs −6) → relative rise; stress fell against a flat NL → consistent no more
    expect(relative.edges.find((e) => e.key === "e1")!.verdict).toBe("inconsistent");
  });

  it("should flag edges whose two ends read the same indicator", () => {
    const same = [
      ...links,
      { construct: "health", indicatorId: "severe-stress", sign: 1 as const, role: "measures" as const },
    ];
    const r = assessAssumptions(network(), same, data, { area: "A" });
    expect(r.edges.find((e) => e.key === "e7")!).toMatchObject({ testability: "testable", verdict: "unsigned" });
  });

  it("should accept links as a map from construct to indicator ids", () => {
    const map = { poverty: "low-income-households", stress: ["severe-stress"] };
    expect(assessAssumptions(network(), map, data, { area: "A" }).edges.find((e) => e.key === "e1")!.verdict).toBe(
      "consistent",
    );
  });

  it("should take goal nodes from the options when given", () => {
    const r = assessAssumptions(network(), links, data, { area: "A", goals: ["problematicDebt"] });
    expect(r.monitoringGaps.map((g) => g.construct)).toEqual(["debtCounselling", "shame"]);
  });

  it("should accept years as numbers", () => {
    const r = assessAssumptions(network(), links, data, { area: "A", baseline: 2018, latest: 2023 });
    expect([r.baseline, r.edges[0]!.latest, r.edges[0]!.verdict]).toEqual(["2018", "2023", "consistent"]);
  });

  it("should throw a typed error for something that is not a network", () => {
    expect(() => assessAssumptions({} as never, links, data, { area: "A" })).toThrowError(/assessAssumptions: /);
  });
});

describe("linkIndicators", () => {
  it("should attach indicator badges to linked nodes and report unknown constructs", () => {
    const extra = [
      ...links,
      { construct: "nowhere", indicatorId: "smoking", sign: 1 as const, role: "measures" as const },
    ];
    const { value, messages, byConstruct } = linkIndicators(network(), extra, {
      statuses: { "severe-stress": "closing" },
    });
    const stress = value.nodes.find((n) => n.key === "stress")!;
    expect(stress.attributes.indicators).toEqual([
      { id: "severe-stress", label: "Ernstige stress", status: "closing" },
    ]);
    expect(value.nodes.find((n) => n.key === "shame")!.attributes.indicators).toBeUndefined();
    expect(messages.map((m) => m.ruleId)).toEqual(["unknown-construct"]);
    expect(Object.keys(byConstruct).sort()).toEqual(["employment", "poverty", "problematicDebt", "stress"]);
    expect(value.edges.find((e) => e.key === "e4")!.attributes.valence).toBe(-1);
  });
});
