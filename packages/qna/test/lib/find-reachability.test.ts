// Fictional networks.
import { describe, expect, it } from "vitest";
import { findReachability } from "../../src/index.js";
import { networkOf } from "../helpers/make-network.js";

describe("findReachability", () => {
  const kinds = {
    plusWorkers: "intervention",
    debtCounselling: "intervention",
    youthWork: "intervention",
    goal01: "goal",
    goal02: "goal",
    goal03: "goal",
  };
  const net = networkOf(
    [
      "plusWorkers->trustInProfessionals||causal_pos",
      "trustInProfessionals->counsellingReach||causal_pos",
      "counsellingReach->goal01||causal_pos",
      "debtCounselling->goal01||causal_pos",
      "debtCounselling->stress||causal_neg",
      "stress->goal02||causal_neg",
      "youthWork->socialCohesion||causal_pos",
      "goal03->poverty||structural",
    ],
    { kinds },
  );

  it("should list which goals each intervention reaches, with the fewest steps and a shortest chain", () => {
    const r = findReachability(net);
    expect(r.from).toEqual(["debtCounselling", "plusWorkers", "youthWork"]);
    expect(r.to).toEqual(["goal01", "goal02", "goal03"]);
    expect(r.reached).toEqual([
      { from: "debtCounselling", to: "goal01", distance: 1, path: ["debtCounselling", "goal01"] },
      { from: "debtCounselling", to: "goal02", distance: 2, path: ["debtCounselling", "stress", "goal02"] },
      {
        from: "plusWorkers",
        to: "goal01",
        distance: 3,
        path: ["plusWorkers", "trustInProfessionals", "counsellingReach", "goal01"],
      },
    ]);
    expect(r.unreachedTargets).toEqual(["goal03"]);
    expect(r.idleSources).toEqual(["youthWork"]);
  });

  it("should honour maxLength and explicit start and target lists", () => {
    const r = findReachability(net, { maxLength: 2, from: ["plusWorkers"], to: ["goal01"] });
    expect(r.reached).toEqual([]);
    expect(r.unreachedTargets).toEqual(["goal01"]);
    expect(() => findReachability(net, { from: ["nope"] })).toThrowError(
      expect.objectContaining({ name: "NotFoundError" }),
    );
  });
});
