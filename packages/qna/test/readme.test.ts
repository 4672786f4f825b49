// The example of the README, kept in sync by hand: if this fails, fix the README too.
import { SerializedNetworkSchema } from "@verlicht/core";
import { parseSource } from "@verlicht/rock";
import { describe, expect, it } from "vitest";
import { buildNetwork, findContested, findLoops, findPaths, toSerializedNetwork } from "../src/index.js";

describe("README example", () => {
  it("should give the values the README shows", () => {
    const text = [
      "[[cid=b1]]",
      "[[uid=8a1b0002]] De pluswerker kwam terug, toen kreeg ik vertrouwen. [[plusWorkers->trustInProfessionals||causal_pos||2]]",
      "[[uid=8a1b0003]] Met dat vertrouwen ging ik naar de schuldhulp. [[trustInProfessionals->counsellingReach||causal_pos]]",
    ].join("\n");
    const source = parseSource(text, { sourceId: "interview-01" }).value;
    const network = buildNetwork([source]);
    expect(network.getEdgeAttributes("plusWorkers->trustInProfessionals||causal_pos")).toEqual({
      type: "causal_pos",
      valence: 1,
      weight: 2,
      support: { citations: 1, sources: 1, cases: 1 },
      coders: 1,
      citations: [
        {
          sourceId: "interview-01",
          uid: "8a1b0002",
          line: 2,
          classInstances: { cid: "b1", caseId: "b1" },
          attributes: {},
          quote: "De pluswerker kwam terug, toen kreeg ik vertrouwen.",
        },
      ],
    });
    const paths = findPaths(network, "plusWorkers", "counsellingReach", { maxLength: 4 });
    expect(paths.map((p) => [p.nodes, p.valence])).toEqual([
      [["plusWorkers", "trustInProfessionals", "counsellingReach"], 1],
    ]);
    expect(findLoops(network)).toEqual([]);
    expect(findContested(network)).toEqual([]);
    expect(SerializedNetworkSchema.safeParse(toSerializedNetwork(network)).success).toBe(true);
  });
});
