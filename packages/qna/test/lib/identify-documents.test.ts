// Which files are copies of one document, and what the document is called. Fictional sources.
import { describe, expect, it } from "vitest";
import { identifyDocuments } from "../../src/index.js";
import { makeSource } from "../helpers/make-source.js";

const copy = (id: string) => makeSource(id, [{ uid: "7p6n0001", text: "Dezelfde zin" }]);

describe("identifyDocuments", () => {
  it("should name copies by their common prefix without a trailing coder word", () => {
    expect(identifyDocuments([copy("int01_codeur_A"), copy("int01_codeur_B")]).copies).toEqual(
      new Map([["int01", ["int01_codeur_A", "int01_codeur_B"]]]),
    );
    expect(
      identifyDocuments([copy("focus 3 - rater 1"), copy("focus 3 - rater 2")])
        .copies.keys()
        .next().value,
    ).toBe("focus 3");
  });

  it("should fall back to the first id when the prefix is too short or taken", () => {
    expect([...identifyDocuments([copy("a-1"), copy("a-2")]).copies.keys()]).toEqual(["a-1"]);
    const taken = [copy("int02-x"), copy("int02-y"), makeSource("int02", [{ uid: "7p6n0009", text: "Iets anders" }])];
    expect([...identifyDocuments(taken).copies.keys()]).toEqual(["int02-x"]);
  });

  it("should keep a single file as its own document", () => {
    const index = identifyDocuments([copy("int07")]);
    expect(index.documentOf.get("int07")).toBe("int07");
    expect(index.copies.size).toBe(0);
  });
});
