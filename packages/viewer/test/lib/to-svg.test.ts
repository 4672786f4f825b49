import { describe, expect, it } from "vitest";
import { buildViewGraph, computeVisibility, escapeXml, graphToScene, resolveOptions, toSvg } from "../../src/index.js";
import { loadFixture } from "../load-fixture.js";

describe("toSvg and graphToScene", () => {
  it("should escape XML special characters", () => {
    expect(escapeXml(`a<b>&"c'`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
  });

  it("should draw visible nodes and edges with arrows, curves and labels", () => {
    const network = loadFixture("small-network");
    const { graph } = buildViewGraph(network, resolveOptions({ layout: "layered" }));
    const visibility = computeVisibility(network, { minSupport: 2 });
    const scene = graphToScene(graph, visibility, { width: 400, height: 300, title: "Test <1>" });
    expect(scene.nodes.map((n) => n.key).sort()).toEqual(["a", "b", "d", "e"]);
    for (const n of scene.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(400);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(300);
    }
    const svg = toSvg(scene);
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg.match(/data-edge=/g)).toHaveLength(2);
    expect(svg).toContain("<title>Test &lt;1&gt;</title>");
    expect(svg).toContain(">Buurthuis open</text>");
    expect(svg).toContain('marker-end="url(#arrow-');
  });

  it("should draw parallel edges as curves", () => {
    const network = loadFixture("small-network");
    const { graph } = buildViewGraph(network, resolveOptions({ layout: "layered" }));
    const svg = toSvg(graphToScene(graph, null));
    expect(svg.match(/ Q/g)?.length).toBeGreaterThanOrEqual(2);
    expect(toSvg(graphToScene(graph, null))).toBe(svg);
  });
});
