import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../src/index.js";
import { loadFixture } from "../load-fixture.js";

const network = loadFixture("small-network");
const sorted = (s: Set<string>) => [...s].sort();

describe("computeVisibility", () => {
  it("should show everything without a filter", () => {
    const v = computeVisibility(network, {});
    expect(sorted(v.nodes)).toEqual(["a", "b", "c", "d", "e"]);
    expect(v.edges.size).toBe(5);
  });

  it("should hide edges below the minimum support and nodes left without edges", () => {
    const v = computeVisibility(network, { minSupport: 2 });
    expect(sorted(v.edges)).toEqual(["ab", "db"]);
    // e never had edges, so it stays; c lost all its edges.
    expect(sorted(v.nodes)).toEqual(["a", "b", "d", "e"]);
  });

  it("should count support by the chosen measure", () => {
    expect(sorted(computeVisibility(network, { minSupport: 3 }, "citations").edges)).toEqual(["ab"]);
    expect(computeVisibility(network, { minSupport: 3 }, "sources").edges.size).toBe(0);
  });

  it("should filter by edge type and by group", () => {
    expect(sorted(computeVisibility(network, { types: ["causal_neg"] }).edges)).toEqual(["bc", "cb"]);
    // An edge without groups is hidden while a group filter is set.
    expect(sorted(computeVisibility(network, { groups: ["professionals"] }).edges)).toEqual(["bc2", "db"]);
  });

  it("should hide nodes of unlisted kinds with their edges, treating a missing kind as empty", () => {
    const v = computeVisibility(network, { kinds: ["intervention", "mechanism", ""] });
    expect(sorted(v.nodes)).toEqual(["a", "b", "e"]);
    expect(sorted(v.edges)).toEqual(["ab"]);
  });
});
