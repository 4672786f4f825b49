import { describe, expect, it } from "vitest";
import { buildViewGraph, chooseLayout, resolveOptions, VALENCE_COLOURS } from "../../src/index.js";
import { loadFixture } from "../load-fixture.js";

describe("buildViewGraph", () => {
  const network = loadFixture("small-network");

  it("should colour edges by valence, size them by support and curve parallels", () => {
    const { graph } = buildViewGraph(network, resolveOptions());
    expect(graph.getEdgeAttribute("ab", "color")).toBe(VALENCE_COLOURS.positive);
    expect(graph.getEdgeAttribute("bc", "color")).toBe(VALENCE_COLOURS.negative);
    expect(graph.getEdgeAttribute("db", "color")).toBe(VALENCE_COLOURS.neutral);
    expect(graph.getEdgeAttribute("ab", "size")).toBeGreaterThan(graph.getEdgeAttribute("bc", "size"));
    expect(graph.getEdgeAttribute("bc", "type")).toBe("curved");
    expect(graph.getEdgeAttribute("ab", "type")).toBe("arrow");
  });

  it("should size nodes by degree or by support", () => {
    const byDegree = buildViewGraph(network, resolveOptions()).graph;
    expect(byDegree.getNodeAttribute("b", "size")).toBeGreaterThan(byDegree.getNodeAttribute("a", "size"));
    const bySupport = buildViewGraph(network, resolveOptions({ sizeBy: "support", supportMeasure: "citations" })).graph;
    expect(bySupport.getNodeAttribute("a", "size")).toBeGreaterThan(bySupport.getNodeAttribute("d", "size"));
  });

  it("should colour by kind with a legend of the kinds in use", () => {
    const view = buildViewGraph(network, resolveOptions());
    expect([...view.categories.keys()]).toEqual(["context", "intervention", "mechanism", "outcome", ""]);
    expect(view.graph.getNodeAttribute("a", "color")).toBe(view.categories.get("intervention"));
  });

  it("should give the same communities and start positions for the same seed", () => {
    const one = buildViewGraph(network, resolveOptions({ colourBy: "community", seed: 7 }));
    const two = buildViewGraph(network, resolveOptions({ colourBy: "community", seed: 7 }));
    expect(one.graph.export()).toEqual(two.graph.export());
    const other = buildViewGraph(network, resolveOptions({ seed: 8 }));
    expect(other.graph.getNodeAttribute("a", "x")).not.toBe(one.graph.getNodeAttribute("a", "x"));
  });

  it("should choose layered for logic models, preset for positioned networks, else force", () => {
    expect(chooseLayout(loadFixture("logic-model"), resolveOptions())).toBe("layered");
    expect(chooseLayout(network, resolveOptions())).toBe("force");
    const placed = {
      ...network,
      nodes: network.nodes.map((n, i) => ({ ...n, attributes: { ...n.attributes, x: i, y: -i } })),
    };
    expect(chooseLayout(placed, resolveOptions())).toBe("preset");
    expect(buildViewGraph(placed, resolveOptions()).graph.getNodeAttribute("c", "y")).toBe(-2);
    expect(chooseLayout(network, resolveOptions({ layout: "layered" }))).toBe("layered");
  });
});
