// From ROCK text (fictional Dutch interviews in test/fixtures/interviews) through @verlicht/rock's
// parseSource to buildNetwork and the analyses. Expected values were worked out by hand from the files.
import { readFileSync } from "node:fs";
import { SerializedNetworkSchema } from "@verlicht/core";
import { parseSource } from "@verlicht/rock";
import { describe, expect, it } from "vitest";
import {
  buildGroupNetworks,
  buildNetwork,
  findContested,
  findLoops,
  findPaths,
  findReachability,
  toDot,
  toSerializedNetwork,
} from "../../src/index.js";

const files = ["codebook", "int01", "int02", "int03"];
const sources = files.map((f) => {
  const text = readFileSync(new URL(`../fixtures/interviews/${f}.rock`, import.meta.url), "utf8");
  const { value, messages } = parseSource(text, { sourceId: f });
  expect(messages).toEqual([]);
  return value;
});
const net = buildNetwork(sources);

const E = {
  pwTrustPos: "plusWorkers->trustInProfessionals||causal_pos",
  pwTrustNeg: "plusWorkers->trustInProfessionals||causal_neg",
  trustDebtC: "trustInProfessionals->debtCounselling||causal_pos",
  trustShame: "trustInProfessionals->shame||versterkt",
  shameDebtC: "shame->debtCounselling||causal_neg",
  debtCDebt: "debtCounselling->problematicDebt||causal_neg",
  debtStress: "problematicDebt->stress||causal_pos",
  stressDebt: "stress->problematicDebt||causal_pos",
  debtShame: "problematicDebt->shame||causal_pos",
  debtGoal: "problematicDebt->goal03||causal_neg",
};

describe("ROCK text → parseSource → buildNetwork", () => {
  it("should build exactly the coded nodes and edges with weights and support", () => {
    expect(net.nodes().sort()).toEqual(
      ["debtCounselling", "goal03", "plusWorkers", "problematicDebt", "shame", "stress", "trustInProfessionals"].sort(),
    );
    expect(net.edges().sort()).toEqual(Object.values(E).sort());
    const got = Object.fromEntries(net.mapEdges((k, a) => [k, [a.weight, a.valence, a.support]]));
    const one = { citations: 1, sources: 1, cases: 1 };
    expect(got).toEqual({
      [E.pwTrustPos]: [6, 1, { citations: 3, sources: 3, cases: 3 }],
      [E.pwTrustNeg]: [1, -1, one],
      [E.trustDebtC]: [1, 1, one],
      [E.trustShame]: [1, 1, one],
      [E.shameDebtC]: [1, -1, one],
      [E.debtCDebt]: [3, -1, { citations: 2, sources: 2, cases: 2 }],
      [E.debtStress]: [1, 1, one],
      [E.stressDebt]: [1, 1, one],
      [E.debtShame]: [1, 1, one],
      [E.debtGoal]: [1, -1, one],
    });
  });

  it("should carry labels, kinds and code paths from the codebook source", () => {
    expect(net.getNodeAttributes("plusWorkers")).toMatchObject({
      label: "Pluswerkers",
      kind: "intervention",
      codePath: ["interventies", "plusWorkers"],
    });
    expect(net.getNodeAttributes("goal03")).toMatchObject({
      label: "Doel 3 (fictief)",
      kind: "goal",
      codePath: ["goal03"],
    });
    expect(net.getNodeAttribute("trustInProfessionals", "support")).toEqual({ citations: 6, sources: 3, cases: 3 });
  });

  it("should trace every edge to its utterance, uid, case and speaker attributes", () => {
    expect(net.getEdgeAttribute(E.trustDebtC, "citations")).toEqual([
      {
        sourceId: "int01",
        uid: "7m4k2b1d",
        line: 9,
        classInstances: { cid: "b1", caseId: "b1" },
        attributes: { caseId: "b1", rol: "bewoner" },
        quote: "Door dat vertrouwen durfde ik hulp te vragen voor mijn schulden.",
      },
    ]);
    expect(net.getEdgeAttribute(E.pwTrustNeg, "citations")[0]).toMatchObject({
      sourceId: "int02",
      line: 13,
      uid: "7m4k3a03",
    });
    expect(SerializedNetworkSchema.safeParse(toSerializedNetwork(net)).success).toBe(true);
  });

  it("should find the paths from the intervention to the goal with their net valence", () => {
    const short = (p: { nodes: string[]; edges: string[]; valence: unknown }) => [
      p.edges.length,
      p.edges[0],
      p.valence,
    ];
    const paths = findPaths(net, "plusWorkers", "goal03");
    expect(paths.map(short)).toEqual([
      [4, E.pwTrustNeg, -1],
      [4, E.pwTrustPos, 1],
      [5, E.pwTrustNeg, 1],
      [5, E.pwTrustPos, -1],
    ]);
    expect(paths[3]).toEqual({
      nodes: ["plusWorkers", "trustInProfessionals", "shame", "debtCounselling", "problematicDebt", "goal03"],
      edges: [E.pwTrustPos, E.trustShame, E.shameDebtC, E.debtCDebt, E.debtGoal],
      valence: -1,
    });
    expect(findPaths(net, "plusWorkers", "goal03", { maxLength: 4 })).toHaveLength(2);
  });

  it("should find both feedback loops once, with their polarity", () => {
    expect(findLoops(net)).toEqual([
      { nodes: ["problematicDebt", "stress"], edges: [E.debtStress, E.stressDebt], polarity: "reinforcing" },
      {
        nodes: ["debtCounselling", "problematicDebt", "shame"],
        edges: [E.debtCDebt, E.debtShame, E.shameDebtC],
        polarity: "reinforcing",
      },
    ]);
  });

  it("should find the contested link and the reachable goal", () => {
    expect(findContested(net)).toEqual([
      { from: "plusWorkers", to: "trustInProfessionals", edges: [E.pwTrustNeg, E.pwTrustPos] },
    ]);
    const r = findReachability(net);
    expect(r.reached.map((p) => [p.from, p.to, p.distance])).toEqual([
      ["debtCounselling", "goal03", 2],
      ["plusWorkers", "goal03", 4],
    ]);
    expect(r.unreachedTargets).toEqual([]);
  });

  it("should compare residents with professionals", () => {
    const g = buildGroupNetworks(sources, "rol");
    expect(g.shared).toEqual([E.debtCDebt, E.pwTrustPos].sort());
    expect(g.only["professional"]).toEqual([E.debtGoal, E.trustShame].sort());
    expect(g.only["bewoner"]).toHaveLength(6);
  });

  it("should zoom to the top of the codebook", () => {
    const z = buildNetwork(sources, { zoom: 1 });
    expect(z.nodes().sort()).toEqual(["goal03", "interventies", "mechanismen", "uitkomsten"]);
    expect(z.size).toBe(9);
    expect(z.getEdgeAttributes("uitkomsten->uitkomsten||causal_pos")).toMatchObject({
      weight: 2,
      support: { citations: 2, sources: 1, cases: 1 },
    });
    expect(z.getNodeAttributes("interventies")).toMatchObject({ label: "Interventies", kind: "intervention" });
  });

  it("should colour DOT edges with the ROCK_network styles", () => {
    const dot = toDot(net);
    expect(dot).toContain(`"debtCounselling" -> "problematicDebt" [rel="causal_neg", penwidth=3, color="#BB0000"];`);
    expect(dot).toContain(`"trustInProfessionals" -> "shame" [rel="versterkt", penwidth=1, color="#1a7f37"];`);
  });
});
