// Fictional networks.
import { describe, expect, it } from "vitest";
import { findContested } from "../../src/index.js";
import { networkOf } from "../helpers/make-network.js";

describe("findContested", () => {
  it("should list pairs coded with both signs, with only their signed edges", () => {
    const net = networkOf([
      "youthWork->youthCrime||causal_neg",
      "youthWork->youthCrime||causal_influences_positive",
      "youthWork->youthCrime||structural",
      "youthWork->youthCrime||causal_unknown",
      "a->b||causal_pos",
      "b->a||causal_neg",
      "c->d||causal_pos",
      "c->d||causal_neg",
    ]);
    expect(findContested(net)).toEqual([
      { from: "c", to: "d", edges: ["c->d||causal_neg", "c->d||causal_pos"] },
      {
        from: "youthWork",
        to: "youthCrime",
        edges: ["youthWork->youthCrime||causal_influences_positive", "youthWork->youthCrime||causal_neg"],
      },
    ]);
  });

  it("should find nothing when every pair has one sign", () => {
    expect(findContested(networkOf(["a->b||causal_pos", "a->b||causal_unknown"]))).toEqual([]);
  });
});
