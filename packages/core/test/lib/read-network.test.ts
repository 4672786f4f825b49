import { describe, expect, it } from "vitest";
import { coreMessages } from "../../src/lib/messages.js";
import { readNetwork } from "../../src/lib/read-network.js";

const edgeAttributes = {
  type: "causal_pos",
  valence: 1,
  weight: 1,
  support: { citations: 1, sources: 1, cases: 1 },
  citations: [],
};
const network = {
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: true },
  nodes: [
    { key: "a", attributes: { label: "A" } },
    { key: "b", attributes: { label: "B" } },
  ],
  edges: [{ source: "a", target: "b", attributes: edgeAttributes }],
};

describe("readNetwork", () => {
  it("should read a network from JSON text and fill in missing edge keys", () => {
    const { value, messages } = readNetwork(JSON.stringify(network));
    expect(messages).toEqual([]);
    expect(value?.edges.map((e) => e.key)).toEqual(["e0"]);
  });

  it("should report a JSON syntax error with its line and column, without throwing", () => {
    const { value, messages } = readNetwork('{\n  "nodes": [,]\n}', { file: "n.json" });
    expect(value).toBeUndefined();
    expect(messages[0]).toMatchObject({ ruleId: "invalid-json", file: "n.json", place: { line: 2 } });
  });

  it("should report schema problems under the reader's source", () => {
    const { messages } = readNetwork({ nodes: [] }, { source: "cli" });
    expect(messages[0]).toMatchObject({ ruleId: "invalid-network", source: "cli" });
  });

  it("should report duplicate keys and edges to unknown nodes, worded in the asked language", () => {
    const bad = {
      ...network,
      nodes: [...network.nodes, network.nodes[0]],
      edges: [{ ...network.edges[0], target: "z" }],
    };
    const nl = readNetwork(bad, { locale: "nl" }).messages;
    expect(nl.map((m) => m.ruleId)).toEqual(["duplicate-node", "unknown-node"]);
    expect(nl[0]?.reason).toBe(coreMessages.format("duplicate-node", { node: "a" }, "nl"));
  });
});
