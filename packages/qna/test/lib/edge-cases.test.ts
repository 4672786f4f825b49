// Fictional networks: the less common cases of the documented semantics.
import { describe, expect, it } from "vitest";
import { buildNetwork, findLoops, findReachability, fromSerializedNetwork, toDot } from "../../src/index.js";
import { networkOf } from "../helpers/make-network.js";
import { makeSource } from "../helpers/make-source.js";

describe("documented edge cases", () => {
  it("should sum decimal weights and count a written 0 as 0", () => {
    const net = buildNetwork([
      makeSource("s", [{ codes: ["a->b||causal_pos||0.5", "a->b||causal_pos||0"] }, { codes: ["a->b||causal_pos"] }]),
    ]);
    expect(net.getEdgeAttribute("a->b||causal_pos", "weight")).toBe(1.5);
  });

  it("should follow only the given types when looking for loops", () => {
    const net = networkOf(["a->b||causal_pos", "b->a||structural", "b->a||causal_neg"]);
    expect(findLoops(net).map((l) => l.polarity)).toEqual(["balancing", "unknown"]);
    expect(findLoops(net, { types: ["causal_pos", "causal_neg"] }).map((l) => l.polarity)).toEqual(["balancing"]);
  });

  it("should let a start node that is also a target reach itself at distance 0", () => {
    const net = networkOf(["a->b||causal_pos"], { kinds: { a: "goal" } });
    const r = findReachability(net, { from: ["a"] });
    expect(r.reached).toEqual([{ from: "a", to: "a", distance: 0, path: ["a"] }]);
  });

  it("should write one rank group per `same` pattern in DOT", () => {
    const net = networkOf(["det_a->det_b||causal_pos", "apl_x->det_a||causal_pos"]);
    const dot = toDot(net, { aesthetics: { rank: { same: ["^det_", "^apl_"] } }, name: 'my "net"' });
    expect(dot).toContain('digraph "my \\"net\\"" {');
    expect(dot).toContain('{ rank = same; "det_a"; "det_b"; }');
    expect(dot).toContain('{ rank = same; "apl_x"; }');
  });

  it("should read serialised networks whose edges have no keys and fill in missing node attributes", () => {
    const { value, messages } = fromSerializedNetwork({
      attributes: {},
      options: { type: "directed", multi: true, allowSelfLoops: true },
      nodes: [{ key: "a", attributes: { label: "A" } }],
      edges: [
        {
          source: "a",
          target: "b",
          attributes: {
            type: "x",
            valence: null,
            weight: 1,
            support: { citations: 0, sources: 0, cases: 0 },
            citations: [],
          },
        },
      ],
    });
    expect(messages).toEqual([]);
    expect(value!.size).toBe(1);
    expect(value!.getNodeAttributes("a")).toMatchObject({ label: "A", kind: null, codePath: ["a"] });
    expect(value!.getNodeAttribute("b", "label")).toBe("b");
    expect(value!.getAttribute("format")).toBe("verlicht-network");
  });
});
