// Fictional interviews with residents (bewoner) and professionals.
import { describe, expect, it } from "vitest";
import { buildGroupNetworks } from "../../src/index.js";
import { makeSource } from "../helpers/make-source.js";

const attributes = [
  { caseId: "1", rol: "bewoner" },
  { caseId: "2", rol: "bewoner" },
  { caseId: "3", rol: "professional" },
];
const sources = [
  makeSource(
    "int01",
    [
      {
        ci: { cid: "1" },
        codes: ["fearOfDoorbell->counsellingReach||causal_neg", "shame->counsellingReach||causal_neg"],
      },
      { ci: { cid: "2" }, codes: ["shame->counsellingReach||causal_neg"] },
    ],
    { attributes },
  ),
  makeSource("int02", [
    { ci: { cid: "3" }, codes: ["plusWorkers->counsellingReach||causal_pos", "shame->counsellingReach||causal_neg"] },
    { ci: { cid: "9" }, codes: ["x->y||causal_pos"] },
  ]),
];

describe("buildGroupNetworks", () => {
  it("should build one network per attribute value and say which links only one group names", () => {
    const r = buildGroupNetworks(sources, "rol");
    expect(r.groups.map((g) => [g.value, g.network.size])).toEqual([
      ["bewoner", 2],
      ["professional", 2],
    ]);
    expect(r.shared).toEqual(["shame->counsellingReach||causal_neg"]);
    expect(r.only).toEqual({
      bewoner: ["fearOfDoorbell->counsellingReach||causal_neg"],
      professional: ["plusWorkers->counsellingReach||causal_pos"],
    });
    const shame = r.edges.find((e) => e.key === "shame->counsellingReach||causal_neg")!;
    expect(shame.support).toEqual({
      bewoner: { citations: 2, sources: 1, cases: 2 },
      professional: { citations: 1, sources: 1, cases: 1 },
    });
    expect(shame.valence).toBe(-1);
    expect(r.similarity).toEqual([{ groups: ["bewoner", "professional"], shared: 1, jaccard: 1 / 3 }]);
  });

  it("should leave out codings without a value unless a missing group is named", () => {
    const r = buildGroupNetworks(sources, "rol", { missingGroup: "onbekend" });
    expect(r.groups.map((g) => g.value)).toEqual(["bewoner", "onbekend", "professional"]);
    expect(r.only["onbekend"]).toEqual(["x->y||causal_pos"]);
  });

  it("should apply the minimum support within each group", () => {
    const r = buildGroupNetworks(sources, "rol", { minSupport: { cases: 2 } });
    expect(r.groups.map((g) => [g.value, g.network.edges()])).toEqual([
      ["bewoner", ["shame->counsellingReach||causal_neg"]],
      ["professional", []],
    ]);
    expect(r.only["bewoner"]).toEqual(["shame->counsellingReach||causal_neg"]);
  });

  it("should throw on a missing attribute name", () => {
    expect(() => buildGroupNetworks(sources, "")).toThrowError(
      expect.objectContaining({ name: "InvalidArgumentsError" }),
    );
  });
});
