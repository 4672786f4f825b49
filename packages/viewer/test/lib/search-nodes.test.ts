import { describe, expect, it } from "vitest";
import { normaliseSearchText, searchNodes } from "../../src/index.js";
import { loadFixture } from "../load-fixture.js";

const network = loadFixture("small-network");

describe("searchNodes", () => {
  it.each([
    ["Café Één", "cafe een"],
    ["  Contact   tussen ", "contact tussen"],
  ])("should normalise %j to %j", (input, expected) => {
    expect(normaliseSearchText(input)).toBe(expected);
  });

  it("should ignore case and diacritics", () => {
    expect(searchNodes(network, "EEN").map((h) => h.node)).toEqual(["d", "c"]);
  });

  it("should rank exact matches before word starts before inner matches", () => {
    const hits = searchNodes(network, "een");
    expect(hits.map((h) => [h.node, h.rank])).toEqual([
      ["d", 1],
      ["c", 1],
    ]);
    expect(searchNodes(network, "eenzaamheid")[0]).toEqual({ node: "c", label: "Eenzaamheid", rank: 0 });
    expect(searchNodes(network, "uur")[0]).toMatchObject({ node: "a", rank: 2 });
  });

  it("should find nothing for empty text", () => {
    expect(searchNodes(network, "  ")).toEqual([]);
  });
});
