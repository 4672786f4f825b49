// Fictional networks.
import { describe, expect, it } from "vitest";
import {
  betweennessCentrality,
  buildNetwork,
  collapseNetwork,
  degreeCentrality,
  detectCommunities,
  pageRank,
} from "../../src/index.js";
import { networkOf } from "../helpers/make-network.js";
import { makeSource } from "../helpers/make-source.js";

describe("collapseNetwork", () => {
  it("should merge parallel edges into one link per pair with the chosen strength", () => {
    const net = buildNetwork([
      makeSource("s1", [{ codes: ["a->b||causal_pos||2", "a->b||causal_neg"] }]),
      makeSource("s2", [{ codes: ["a->b||causal_pos"] }]),
    ]);
    const g = collapseNetwork(net);
    expect(g.size).toBe(1);
    expect(g.getEdgeAttributes("a->b")).toEqual({ weight: 4, types: 2 });
    expect(collapseNetwork(net, "citations").getEdgeAttribute("a->b", "weight")).toBe(3);
    expect(collapseNetwork(net, "sources").getEdgeAttribute("a->b", "weight")).toBe(2);
    expect(collapseNetwork(net, "none").getEdgeAttribute("a->b", "weight")).toBe(1);
    expect(() => collapseNetwork(net, "x" as never)).toThrow(/weight/);
  });
});

describe("centrality", () => {
  const star = networkOf([
    "hub->a||causal_pos",
    "hub->a||causal_neg",
    "hub->b||causal_pos",
    "c->hub||causal_pos",
    "a->b||causal_pos",
  ]);

  it("should count distinct linked constructs for degrees and sum weights", () => {
    const d = degreeCentrality(star);
    expect(d["hub"]).toEqual({
      outDegree: 2,
      inDegree: 1,
      degree: 3,
      weightedOutDegree: 3,
      weightedInDegree: 1,
      weightedDegree: 4,
      role: "ordinary",
    });
    expect([d["c"]!.role, d["b"]!.role]).toEqual(["driver", "outcome"]);
    degreeCentrality.assign(star);
    expect(star.getNodeAttribute("b", "inDegree")).toBe(2);
  });

  it("should give PageRank scores that sum to 1 and rank the sink highest", () => {
    const pr = pageRank(star);
    const total = Object.values(pr).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(Math.max(...Object.values(pr))).toBe(pr["b"]);
    pageRank.assign(star, { attribute: "pr" });
    expect(star.getNodeAttribute("b", "pr")).toBe(pr["b"]);
  });

  it("should give the bridge of a chain the highest betweenness", () => {
    const chain = networkOf(["a->b||causal_pos", "b->c||causal_pos", "c->d||causal_pos"]);
    const bc = betweennessCentrality(chain, { normalized: false });
    expect(bc).toEqual({ a: 0, b: 2, c: 2, d: 0 });
    betweennessCentrality.assign(chain);
    expect(chain.getNodeAttribute("a", "betweenness")).toBe(0);
  });
});

describe("detectCommunities", () => {
  const codes: string[] = [];
  for (const group of ["x", "y"]) {
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 5; j++) if (i !== j) codes.push(`${group}${i}->${group}${j}||causal_pos`);
  }
  codes.push("x0->y0||causal_pos");
  const net = networkOf(codes);

  it("should separate two dense groups joined by one link", () => {
    const { communities, count, modularity } = detectCommunities(net);
    expect(count).toBe(2);
    expect(modularity).toBeGreaterThan(0.3);
    expect(new Set(["x0", "x1", "x2", "x3", "x4"].map((n) => communities[n])).size).toBe(1);
    expect(communities["x0"]).not.toBe(communities["y0"]);
  });

  it("should give the same partition for the same seed", () => {
    const a = detectCommunities(net, { seed: "heerlen" });
    const b = detectCommunities(net, { seed: "heerlen" });
    expect(a).toEqual(b);
    const assigned = detectCommunities.assign(net, { seed: "heerlen" });
    expect(net.getNodeAttribute("y3", "community")).toBe(assigned.communities["y3"]);
  });

  it("should put each node of an edgeless network in its own community", () => {
    const empty = networkOf([]);
    expect(detectCommunities(empty)).toEqual({ communities: {}, count: 0, modularity: 0 });
  });
});
