// Fictional networks.
import { describe, expect, it } from "vitest";
import { buildNetwork, filterBySupport, zoomNetwork } from "../../src/index.js";
import { makeSource } from "../helpers/make-source.js";

const net = buildNetwork([
  makeSource("s1", [
    { ci: { cid: "1" }, codes: ["det>attitude->behaviour||causal_pos||2", "det>norm->behaviour||causal_pos"] },
  ]),
  makeSource("s2", [
    { ci: { cid: "2" }, codes: ["det>attitude->behaviour||causal_pos", "det>attitude->det>norm||causal_pos"] },
  ]),
]);

describe("zoomNetwork", () => {
  it("should merge nodes into their ancestor and edges that then coincide", () => {
    const z = zoomNetwork(net, 1);
    expect(z.nodes().sort()).toEqual(["behaviour", "det"]);
    expect(z.getEdgeAttributes("det->behaviour||causal_pos")).toMatchObject({
      weight: 4,
      // Three codings, but two of them on one utterance: two distinct coded utterances.
      support: { citations: 2, sources: 2, cases: 2 },
    });
    expect(z.getEdgeAttribute("det->behaviour||causal_pos", "citations")).toHaveLength(3);
    expect(z.hasEdge("det->det||causal_pos")).toBe(true);
    expect(z.getNodeAttributes("det")).toMatchObject({ label: "det", codePath: ["det"] });
    expect(z.getNodeAttribute("det", "support")).toEqual({ citations: 2, sources: 2, cases: 2 });
    expect(net.order).toBe(3);
  });

  it("should leave a network alone when the level is deeper than every path", () => {
    expect(zoomNetwork(net, 5).edges().sort()).toEqual(net.edges().sort());
    expect(() => zoomNetwork(net, 0)).toThrow(/level/);
  });
});

describe("filterBySupport", () => {
  it("should return a filtered copy and keep the original", () => {
    const f = filterBySupport(net, { citations: 2 });
    expect(f.edges()).toEqual(["det>attitude->behaviour||causal_pos"]);
    expect(net.size).toBe(3);
    expect(() => filterBySupport(net, { quotes: 2 } as never)).toThrow(/quotes/);
  });
});
