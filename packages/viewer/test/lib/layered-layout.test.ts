import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, layeredLayout } from "../../src/index.js";
import { loadFixture } from "../load-fixture.js";

describe("layeredLayout", () => {
  it("should put logic-model stages left to right with a mechanism between its stages", () => {
    const network = loadFixture("logic-model");
    const pos = layeredLayout(
      { nodes: network.nodes.map((n) => ({ key: n.key, kind: n.attributes.kind })), edges: network.edges },
      { stages: DEFAULT_OPTIONS.stages },
    );
    const layer = (k: string) => pos.get(k)!.layer;
    expect([
      layer("hours"),
      layer("budget"),
      layer("talks"),
      layer("scary"),
      layer("attending"),
      layer("start"),
    ]).toEqual([0, 0, 1, 2, 3, 4]);
    expect(pos.get("talks")!.x).toBeGreaterThan(pos.get("hours")!.x);
  });

  it("should layer an unstaged chain by longest path and survive a cycle", () => {
    const pos = layeredLayout({
      nodes: ["a", "b", "c", "d"].map((key) => ({ key })),
      edges: [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
        { source: "a", target: "c" },
        { source: "c", target: "a" },
        { source: "d", target: "d" },
      ],
    });
    expect(["a", "b", "c", "d"].map((k) => pos.get(k)!.layer)).toEqual([0, 1, 2, 0]);
  });

  it("should order a column to avoid a crossing", () => {
    // a1→b2 and a2→b1 cross when b keeps input order; the sweep swaps b1 and b2.
    const pos = layeredLayout(
      {
        nodes: [{ key: "a1" }, { key: "a2" }, { key: "b1" }, { key: "b2" }],
        edges: [
          { source: "a1", target: "b2" },
          { source: "a2", target: "b1" },
        ],
      },
      { nodeGap: 10 },
    );
    const above = (p: string, q: string) => pos.get(p)!.y > pos.get(q)!.y;
    expect(above("a1", "a2")).toBe(above("b2", "b1"));
  });

  it("should be deterministic and handle a very long chain without stack overflow", () => {
    const n = 10_000;
    const input = {
      nodes: Array.from({ length: n }, (_, i) => ({ key: `n${i}` })),
      edges: Array.from({ length: n - 1 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}` })),
    };
    const pos = layeredLayout(input, { sweeps: 1 });
    expect(pos.get(`n${n - 1}`)!.layer).toBe(n - 1);
    expect(layeredLayout(input, { sweeps: 1 })).toEqual(pos);
  });
});
