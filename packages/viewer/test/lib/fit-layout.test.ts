import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { fitToAspect } from "../../src/lib/fit-layout.js";

describe("fitToAspect", () => {
  it("should widen a square layout to a wide canvas and keep the order of nodes", () => {
    const g = new MultiDirectedGraph();
    g.addNode("a", { x: 0, y: 0 });
    g.addNode("b", { x: 1, y: 1 });
    g.addNode("c", { x: 0.5, y: 0.2 });
    expect(fitToAspect(g, 2)).toEqual({ sx: 2, sy: 1 });
    const xs = g.mapNodes((_, a) => a["x"] as number);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(2);
    expect(g.getNodeAttribute("c", "x")).toBeCloseTo(0.5);
    expect(g.getNodeAttribute("a", "x")).toBeLessThan(g.getNodeAttribute("c", "x"));
  });

  it("should heighten a layout for a tall (phone) canvas and leave a single node alone", () => {
    const g = new MultiDirectedGraph();
    g.addNode("a", { x: 0, y: 0 });
    g.addNode("b", { x: 2, y: 1 });
    expect(fitToAspect(g, 0.5)).toEqual({ sx: 1, sy: 4 });
    const one = new MultiDirectedGraph();
    one.addNode("a", { x: 0, y: 0 });
    expect(fitToAspect(one, 2)).toEqual({ sx: 1, sy: 1 });
  });
});
