// Causal Map's analyses on small fictional networks with answers worked out by hand.
import { describe, expect, it } from "vitest";
import {
  buildNetwork,
  combineOpposites,
  findPaths,
  flipType,
  focusNetwork,
  pathRobustness,
  topNetwork,
  traceThreads,
} from "../../src/index.js";
import { makeSource } from "../helpers/make-source.js";

describe("combineOpposites", () => {
  const net = buildNetwork([
    makeSource("s1", [
      { codes: ["debtAdvice->~stress||causal_pos"] },
      { codes: ["~stress->sleep||causal_pos"] },
      { codes: ["debtAdvice->stress||causal_neg"] },
      { codes: ["~stress->~illness||causal_pos"] },
    ]),
  ]);

  it("should fold ~X into X and flip the sign of links that touch one opposite", () => {
    const out = combineOpposites(net);
    expect(out.hasNode("~stress")).toBe(false);
    // debtAdvice -> ~stress (+) is debtAdvice -> stress (−): it merges with the coded causal_neg link.
    const merged = out.getEdgeAttributes("debtAdvice->stress||causal_neg");
    expect(merged.valence).toBe(-1);
    expect(merged.citations).toHaveLength(2);
    expect(merged.support.citations).toBe(2);
    expect(merged["flipped"]).toBe(1);
    // ~stress -> sleep (+) is stress -> sleep (−).
    expect(out.getEdgeAttributes("stress->sleep||causal_neg").valence).toBe(-1);
    // Between two opposites the sign stays.
    expect(out.getEdgeAttributes("stress->illness||causal_pos").valence).toBe(1);
    expect(out.getAttribute("opposites")).toEqual(
      expect.arrayContaining([
        ["stress", "~stress"],
        ["illness", "~illness"],
      ]),
    );
    // The input is not changed.
    expect(net.hasNode("~stress")).toBe(true);
  });

  it("should fold declared opposites the same way", () => {
    const declared = buildNetwork([
      makeSource("s", [
        { codes: ["work->unemployment||causal_neg"] },
        { codes: ["unemployment->poverty||causal_pos"] },
      ]),
    ]);
    const out = combineOpposites(declared, { opposites: [["employment", "unemployment"]] });
    expect(out.nodes().sort()).toEqual(["employment", "poverty", "work"]);
    expect(out.getEdgeAttributes("work->employment||causal_pos").valence).toBe(1);
    expect(out.getEdgeAttributes("employment->poverty||causal_neg").valence).toBe(-1);
  });

  it("flipType should swap signs both ways and mark others", () => {
    expect(flipType("causal_pos")).toBe("causal_neg");
    expect(flipType("causal_influences_negative")).toBe("causal_influences_positive");
    expect(flipType("structural")).toBe("structural (flipped)");
    expect(flipType(flipType("structural"))).toBe("structural");
  });
});

// Three interviews: A states the whole chain x → y → z, B only x → y, C only y → z.
const chain = buildNetwork([
  makeSource("A", [{ codes: ["x->y||causal_pos"] }, { codes: ["y->z||causal_pos"] }]),
  makeSource("B", [{ codes: ["x->y||causal_pos"] }]),
  makeSource("C", [{ codes: ["y->z||causal_pos"] }, { codes: ["p->q||causal_pos"] }]),
  makeSource("D", [{ codes: ["q->r||causal_pos"] }]),
]);

describe("traceThreads", () => {
  it("should tell a continuous account from a stitched chain", () => {
    const t = traceThreads(chain, ["x", "y", "z"]);
    expect(t.steps.map((s) => s.holders)).toEqual([
      ["A", "B"],
      ["A", "C"],
    ]);
    expect(t.continuous).toEqual(["A"]);
    expect(t.stitched).toBe(false);
    expect(t.coverage).toEqual({ A: 2, B: 1, C: 1 });
    const stitched = traceThreads(chain, ["p", "q", "r"]);
    expect(stitched.continuous).toEqual([]);
    expect(stitched.stitched).toBe(true);
  });

  it("should count coders' copies of one transcript as one account", () => {
    const copies = buildNetwork([
      makeSource("int1-a", [
        { uid: "u1", text: "Zin een", codes: ["x->y||causal_pos"] },
        { uid: "u2", text: "Zin twee" },
      ]),
      makeSource("int1-b", [
        { uid: "u1", text: "Zin een" },
        { uid: "u2", text: "Zin twee", codes: ["y->z||causal_pos"] },
      ]),
    ]);
    // Coder a coded the first step, coder b the second, in one interview: one continuous account.
    expect(traceThreads(copies, ["x", "y", "z"]).continuous).toEqual(["int1"]);
    expect(findPaths(copies, "x", "z", { thread: "source" })).toHaveLength(1);
  });
});

describe("pathRobustness", () => {
  it("should give the min cut over holder-labelled links and the exact fewest holders", () => {
    const r = pathRobustness(chain, "x", "z");
    expect(r.connected).toBe(true);
    // x→y held by {A,B} (2), y→z by {A,C} (2): min cut 2; exact: removing A alone leaves x→y (B) and y→z (C).
    expect(r.flow).toBe(2);
    expect(r.exact).toEqual({ holders: 2, removed: ["A", "B"] });
    expect(pathRobustness(chain, "p", "r").exact).toEqual({ holders: 1, removed: ["C"] });
  });

  it("should count a holder once where the flow counts it per link", () => {
    // Two parallel routes both stated only by interview A: one withdrawal cuts both; the flow says 2.
    const twoRoutes = buildNetwork([
      makeSource("A", [{ codes: ["s->a||causal_pos", "a->t||causal_pos", "s->b||causal_pos", "b->t||causal_pos"] }]),
    ]);
    const r = pathRobustness(twoRoutes, "s", "t");
    expect(r.flow).toBe(2);
    expect(r.exact).toEqual({ holders: 1, removed: ["A"] });
    // Of the minimum cuts, the one nearest to `from`.
    expect(r.cut).toEqual([
      ["s", "a"],
      ["s", "b"],
    ]);
  });

  it("should report an unconnected pair as 0", () => {
    expect(pathRobustness(chain, "z", "x")).toEqual({
      connected: false,
      flow: 0,
      cut: [],
      exact: { holders: 0, removed: [] },
    });
  });
});

describe("focusNetwork and topNetwork", () => {
  it("should keep the factors within n steps, by direction", () => {
    expect(focusNetwork(chain, "y").nodes().sort()).toEqual(["x", "y", "z"]);
    expect(focusNetwork(chain, "y", { direction: "downstream" }).nodes().sort()).toEqual(["y", "z"]);
    expect(focusNetwork(chain, "p", { steps: 2 }).nodes().sort()).toEqual(["p", "q", "r"]);
    expect(focusNetwork(chain, "p", { steps: 0 }).order).toBe(1);
  });

  it("should keep the top factors and links by sources, ties included", () => {
    // Node sources: x 2, y 3, z 2, p 1, q 2, r 1.
    const top = topNetwork(chain, { factors: 2 });
    expect(top.nodes().sort()).toEqual(["q", "x", "y", "z"]);
    expect(top.edges().sort()).toEqual(["x->y||causal_pos", "y->z||causal_pos"]);
    const links = topNetwork(chain, { links: 1 });
    expect(links.edges().sort()).toEqual(["x->y||causal_pos", "y->z||causal_pos"]);
  });
});
