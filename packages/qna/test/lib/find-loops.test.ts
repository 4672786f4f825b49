// Fictional networks, plus random graphs checked against a brute-force enumeration.
import { describe, expect, it } from "vitest";
import { findLoops } from "../../src/index.js";
import { createRng } from "../../src/lib/detect-communities.js";
import { networkOf } from "../helpers/make-network.js";

/** Brute force: every node sequence starting at its smallest node that closes, as sorted strings. */
function bruteForceCycles(edges: Array<[string, string]>, maxLength: number): string[] {
  const succ = new Map<string, Set<string>>();
  for (const [a, b] of edges) {
    if (!succ.has(a)) succ.set(a, new Set());
    succ.get(a)!.add(b);
  }
  const found: string[] = [];
  const nodes = [...new Set(edges.flat())].sort();
  for (const s of nodes) {
    const walk = (path: string[]) => {
      for (const w of succ.get(path[path.length - 1]!) ?? []) {
        if (w === s) found.push(path.join(" "));
        else if (w > s && !path.includes(w) && path.length < maxLength) walk([...path, w]);
      }
    };
    walk([s]);
  }
  return found.sort();
}

describe("findLoops", () => {
  it("should find each elementary cycle once, starting at its smallest node, with polarity", () => {
    const net = networkOf([
      "stress->health||causal_neg",
      "health->employment||causal_pos",
      "employment->stress||causal_neg",
      "debt->stress||causal_pos",
      "stress->debt||causal_pos",
      "shame->shame||causal_pos",
      "debt->shame||structural",
      "shame->debt||causal_pos",
    ]);
    expect(findLoops(net)).toEqual([
      { nodes: ["shame"], edges: ["shame->shame||causal_pos"], polarity: "reinforcing" },
      { nodes: ["debt", "shame"], edges: ["debt->shame||structural", "shame->debt||causal_pos"], polarity: "unknown" },
      {
        nodes: ["debt", "stress"],
        edges: ["debt->stress||causal_pos", "stress->debt||causal_pos"],
        polarity: "reinforcing",
      },
      {
        nodes: ["employment", "stress", "health"],
        edges: ["employment->stress||causal_neg", "stress->health||causal_neg", "health->employment||causal_pos"],
        polarity: "reinforcing",
      },
    ]);
  });

  it("should give one loop per combination of parallel edges, balancing when the signs multiply to −1", () => {
    const net = networkOf(["a->b||causal_pos", "a->b||causal_neg", "b->a||causal_pos"]);
    expect(findLoops(net).map((l) => [l.edges[0], l.polarity])).toEqual([
      ["a->b||causal_neg", "balancing"],
      ["a->b||causal_pos", "reinforcing"],
    ]);
  });

  it("should call a loop with an unknown sign unknown", () => {
    const net = networkOf(["a->b||causal_unknown", "b->a||causal_pos"]);
    expect(findLoops(net)[0]!.polarity).toBe("unknown");
  });

  it("should respect maxLength", () => {
    const net = networkOf(["a->b||causal_pos", "b->c||causal_pos", "c->a||causal_pos", "b->a||causal_pos"]);
    expect(findLoops(net, { maxLength: 2 }).map((l) => l.nodes.join(""))).toEqual(["ab"]);
    expect(findLoops(net, { maxLength: 3 }).map((l) => l.nodes.join(""))).toEqual(["ab", "abc"]);
  });

  it("should match a brute-force enumeration on random graphs, with and without a length bound", () => {
    const rng = createRng("loops");
    for (let round = 0; round < 40; round++) {
      const n = 4 + Math.floor(rng() * 6);
      const m = Math.floor(rng() * n * 2.5);
      const edges: Array<[string, string]> = [];
      for (let i = 0; i < m; i++) {
        const a = `n${Math.floor(rng() * n)}`;
        const b = `n${Math.floor(rng() * n)}`;
        if (a !== b && !edges.some(([x, y]) => x === a && y === b)) edges.push([a, b]);
      }
      const net = networkOf(edges.map(([a, b]) => `${a}->${b}||causal_pos`));
      for (const bound of [2, 3, 4, Number.POSITIVE_INFINITY]) {
        const got = findLoops(net, { maxLength: bound })
          .map((l) => l.nodes.join(" "))
          .sort();
        expect(got).toEqual(bruteForceCycles(edges, bound));
      }
    }
  });

  it("should stop at the limit", () => {
    const net = networkOf(["a->b||causal_pos", "b->a||causal_pos", "b->c||causal_pos", "c->b||causal_pos"]);
    expect(findLoops(net, { limit: 1 })).toHaveLength(1);
  });
});
