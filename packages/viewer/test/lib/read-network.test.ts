import { describe, expect, it } from "vitest";
import { readNetwork } from "../../src/index.js";
import { loadFixture } from "../load-fixture.js";

describe("readNetwork", () => {
  it("should accept a valid network given as JSON text or object", () => {
    const network = loadFixture("small-network");
    expect(network.nodes).toHaveLength(5);
    const again = readNetwork(network);
    expect(again.messages).toEqual([]);
    expect(again.value?.edges.map((e) => e.key)).toEqual(["ab", "bc", "bc2", "cb", "db"]);
  });

  it("should fill in missing edge keys by position", () => {
    const network = loadFixture("small-network");
    const withoutKeys = { ...network, edges: network.edges.map(({ key: _key, ...rest }) => rest) };
    expect(readNetwork(withoutKeys).value?.edges.map((e) => e.key)).toEqual(["e0", "e1", "e2", "e3", "e4"]);
  });

  it.each([
    ["{not json", "invalid-json"],
    [{ nodes: [] }, "invalid-network"],
    [null, "invalid-network"],
  ])("should report %j as %s without throwing", (input, ruleId) => {
    const { value, messages } = readNetwork(input);
    expect(value).toBeUndefined();
    // Schema problems carry the reader's name; the JSON and key checks are worded by core's catalogue.
    expect(messages[0]).toMatchObject({
      ruleId,
      severity: "error",
      source: ruleId === "invalid-json" ? "core" : "viewer",
    });
  });

  it("should name the field path of a schema problem", () => {
    const network = loadFixture("small-network");
    const bad = { ...network, nodes: [{ key: "a", attributes: { kind: "x" } }, ...network.nodes.slice(1)] };
    const { messages } = readNetwork(bad);
    expect(messages.some((m) => m.reason.startsWith("nodes[0].attributes.label"))).toBe(true);
  });

  it("should report edges to unknown nodes and duplicate keys", () => {
    const network = loadFixture("small-network");
    const dangling = { ...network, edges: [{ ...network.edges[0]!, target: "zz" }] };
    expect(readNetwork(dangling).messages.map((m) => m.ruleId)).toEqual(["unknown-node"]);
    const dupNodes = { ...network, nodes: [...network.nodes, network.nodes[0]!] };
    expect(readNetwork(dupNodes).messages.map((m) => m.ruleId)).toEqual(["duplicate-node"]);
    const dupEdges = { ...network, edges: [network.edges[0]!, network.edges[0]!] };
    expect(readNetwork(dupEdges).messages.map((m) => m.ruleId)).toEqual(["duplicate-edge"]);
  });
});
