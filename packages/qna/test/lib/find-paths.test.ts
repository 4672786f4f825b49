// Fictional networks.
import { describe, expect, it } from "vitest";
import { buildNetwork, findPaths } from "../../src/index.js";
import { networkOf } from "../helpers/make-network.js";
import { makeSource } from "../helpers/make-source.js";

describe("findPaths", () => {
  const net = networkOf([
    "a->b||causal_pos",
    "a->b||causal_neg",
    "b->c||causal_pos",
    "a->c||causal_unknown",
    "c->d||structural",
    "b->d||causal_neg",
    "d->a||causal_pos",
  ]);

  it("should list every simple path, parallel edges giving separate paths, sorted by length", () => {
    expect(findPaths(net, "a", "c")).toEqual([
      { nodes: ["a", "c"], edges: ["a->c||causal_unknown"], valence: 0 },
      { nodes: ["a", "b", "c"], edges: ["a->b||causal_neg", "b->c||causal_pos"], valence: -1 },
      { nodes: ["a", "b", "c"], edges: ["a->b||causal_pos", "b->c||causal_pos"], valence: 1 },
    ]);
  });

  it("should give null valence when an edge is not causal, even next to an unknown sign", () => {
    const paths = findPaths(net, "a", "d");
    expect(paths.map((p) => [p.nodes.join(""), p.valence])).toEqual([
      ["abd", 1],
      ["abd", -1],
      ["acd", null],
      ["abcd", null],
      ["abcd", null],
    ]);
  });

  it("should respect maxLength in edges", () => {
    expect(findPaths(net, "a", "d", { maxLength: 2 }).every((p) => p.edges.length <= 2)).toBe(true);
    expect(findPaths(net, "a", "d", { maxLength: 2 })).toHaveLength(3);
    expect(findPaths(net, "a", "d", { maxLength: 1 })).toEqual([]);
  });

  it("should follow only the given types and stop at the limit", () => {
    expect(findPaths(net, "a", "c", { types: ["causal_pos"] })).toHaveLength(1);
    expect(findPaths(net, "a", "d", { limit: 2 })).toHaveLength(2);
  });

  it("should list the loops through a node when from equals to", () => {
    const loops = findPaths(net, "a", "a").map((p) => p.nodes.join(""));
    expect(loops).toEqual(["abda", "abda", "acda", "abcda", "abcda"]);
  });

  it("should throw NotFoundError for an unknown node and InvalidArgumentsError for a bad maxLength", () => {
    expect(() => findPaths(net, "a", "zz")).toThrowError(expect.objectContaining({ name: "NotFoundError" }));
    expect(() => findPaths(net, "a", "b", { maxLength: 0 })).toThrowError(
      expect.objectContaining({ name: "InvalidArgumentsError" }),
    );
  });

  it("should keep only chains one source or one case states entirely when tracing threads", () => {
    const threads = buildNetwork([
      makeSource("s1", [{ ci: { cid: "1" }, codes: ["a->b||causal_pos", "b->c||causal_pos"] }]),
      makeSource("s2", [
        { ci: { cid: "2" }, codes: ["a->x||causal_pos"] },
        { ci: { cid: "3" }, codes: ["x->c||causal_pos"] },
      ]),
      makeSource("s3", [{ ci: { cid: "2" }, codes: ["b->c||causal_neg"] }]),
    ]);
    const nodes = (o: Parameters<typeof findPaths>[3]) => findPaths(threads, "a", "c", o).map((p) => p.nodes.join(""));
    expect(nodes({})).toEqual(["abc", "abc", "axc"]);
    expect(nodes({ thread: "source" })).toEqual(["abc", "axc"]);
    expect(nodes({ thread: "case" })).toEqual(["abc"]);
  });
});
