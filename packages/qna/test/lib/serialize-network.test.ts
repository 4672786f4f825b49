// Fictional networks.
import { SerializedNetworkSchema } from "@verlicht/core";
import { describe, expect, it } from "vitest";
import { buildNetwork, fromSerializedNetwork, toGraphologyJson, toSerializedNetwork } from "../../src/index.js";
import { makeSource } from "../helpers/make-source.js";

const net = buildNetwork(
  [
    makeSource("s1", [
      {
        ci: { cid: "1", coderId: "gj" },
        text: 'Ze zei: "dat helpt".',
        codes: ["a->b||causal_pos||2", "b->a||structural"],
      },
    ]),
  ],
  { name: "test" },
);

describe("serialisation", () => {
  it("should round-trip through JSON text with the same nodes, edges and attributes", () => {
    const text = toGraphologyJson(net, { pretty: true });
    const { value, messages } = fromSerializedNetwork(text);
    expect(messages).toEqual([]);
    expect(value!.edges()).toEqual(net.edges());
    expect(value!.getEdgeAttributes("a->b||causal_pos")).toEqual(net.getEdgeAttributes("a->b||causal_pos"));
    expect(value!.getNodeAttributes("a")).toEqual(net.getNodeAttributes("a"));
    expect(value!.getAttribute("name")).toBe("test");
    expect(value!.getEdgeAttribute("a->b||causal_pos", "citations")[0]!.coderId).toBe("gj");
  });

  it("should produce a deep copy that validates against the core schema", () => {
    const data = toSerializedNetwork(net);
    expect(SerializedNetworkSchema.safeParse(data).success).toBe(true);
    data.edges[0]!.attributes.citations[0]!.quote = "changed";
    expect(net.getEdgeAttribute("a->b||causal_pos", "citations")[0]!.quote).toBe('Ze zei: "dat helpt".');
  });

  it("should report bad input as messages with rule ids, not throw", () => {
    expect(fromSerializedNetwork("{").messages.map((m) => m.ruleId)).toEqual(["invalid-json"]);
    const data = toSerializedNetwork(net);
    (data.edges[0]!.attributes as { valence: unknown }).valence = 2;
    const bad = fromSerializedNetwork(data);
    expect(bad.value).toBeUndefined();
    expect(bad.messages[0]!.ruleId).toBe("invalid-data");
    expect(bad.messages[0]!.reason).toMatch(/edges\[0\]\.attributes\.valence/);
    const undirected = {
      ...toSerializedNetwork(net),
      options: { type: "undirected", multi: true, allowSelfLoops: true },
    };
    expect(fromSerializedNetwork(undirected).messages[0]!.ruleId).toBe("unsupported-graph");
    const dup = toSerializedNetwork(net);
    dup.edges.push(dup.edges[0]!);
    expect(fromSerializedNetwork(dup).messages[0]!.ruleId).toBe("invalid-network");
  });
});
