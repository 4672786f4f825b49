// Fictional transcript fragments; every name and number is invented.
import { describe, expect, it } from "vitest";
import { anonymise, anonymiseCorpus, isValidBsn, isValidIban } from "../../src/index.js";

describe("anonymise", () => {
  it("should replace every span and never leave the original in place", () => {
    const text = "Ik ben Femke Lardinois, bel 06-12345678 of mail femke@voorbeeld.nl. BSN 123456782.";
    const result = anonymise(text);
    for (const span of result.spans) {
      expect(span.replacement).not.toBe(span.text);
      expect(result.text).not.toContain(span.text);
    }
    expect(result.spans.map((s) => s.category)).toEqual(["PERSON", "PHONE", "EMAIL", "BSN"]);
  });

  it("should make structured surrogates that can never be real", () => {
    const text = "BSN 123456782, rekening NL91 ABNA 0417 1643 00, postcode 6411 AB, kenteken XK-123-B.";
    const { spans } = anonymise(text);
    const by = (c: string) => spans.find((s) => s.category === c)!.replacement;
    expect(isValidBsn(by("BSN").replace(/\D/g, ""))).toBe(false);
    expect(isValidIban(by("IBAN"))).toBe(false);
    expect(by("IBAN")).toMatch(/^NL\d\d ABNA \d{4} \d{4} \d\d$/);
    expect(by("POSTCODE")).toMatch(/^\d{4} S[ADS]$/);
    expect(by("PLATE")).toMatch(/^Q\D-\d{3}-\D$/);
  });

  it("should use one pseudonym for every form of a name", () => {
    const text =
      "Ik sprak Fenna Brouwers. Fenna vertelde dat mevrouw Brouwers al lang hier woont. F. Brouwers tekende.";
    const { spans } = anonymise(text);
    const [full, first, last, initial] = spans.map((s) => s.replacement as string);
    // Standing alone a surname particle is capitalised ("Van Loon"), after a first name it is not ("Eva van Loon").
    expect(full!.toLowerCase()).toBe(`${first} ${last}`.toLowerCase());
    expect(full!.startsWith(`${first} `)).toBe(true);
    expect(initial).toBe(`${first![0]}. ${full!.slice(first!.length + 1)}`);
  });

  it("should write tags per entity in tag mode", () => {
    const { text } = anonymise("Jelle Vonk en Mila Arts. Later zei Vonk dat Mila gelijk had.", { replacement: "tag" });
    expect(text).toBe("[PERSOON-1] en [PERSOON-2]. Later zei [PERSOON-1] dat [PERSOON-2] gelijk had.");
  });

  it("should shift dates and keep their written form", () => {
    const { spans } = anonymise("Op zaterdag 14 oktober 2023 en op 12-03-1987.", { documentId: "a" });
    expect(spans[0]!.replacement).toMatch(/^[a-z]+dag \d{1,2} [a-z]+ 20\d\d$/);
    expect(spans[1]!.replacement).toMatch(/^\d\d-\d\d-19\d\d$/);
  });

  it("should never change ROCK markup: uids, codes, class instances, YAML and section breaks", () => {
    const text = [
      "---",
      "ROCK_attributes:",
      "  - caseId: 1",
      "    name: Sanne Pluijmers",
      "---",
      "[[cid=1]] [[uid=7c3kd8k4]] Ik ben Sanne Pluijmers. [[woning]] [[Meyers]]",
      "---<<interview_deel2>>---",
      "Sanne: Ja.",
    ].join("\n");
    const result = anonymise(text);
    const lines = result.text.split("\n");
    expect(lines.slice(0, 5)).toEqual(text.split("\n").slice(0, 5));
    expect(lines[5]).toMatch(/^\[\[cid=1\]\] \[\[uid=7c3kd8k4\]\] Ik ben .+\. \[\[woning\]\] \[\[Meyers\]\]$/);
    expect(lines[5]).not.toContain("Sanne");
    expect(lines[6]).toBe("---<<interview_deel2>>---");
    expect(lines[7]).not.toMatch(/^Sanne:/);
  });

  it("should find English names in English mode", () => {
    const { spans } = anonymise("Then I met Sarah Johnson at the community centre on March 3.", { language: "en" });
    expect(spans.map((s) => [s.category, s.text])).toEqual([
      ["PERSON", "Sarah Johnson"],
      ["DATE", "March 3"],
    ]);
  });
});

describe("anonymiseCorpus", () => {
  it("should give a person the same pseudonym in every document and reuse a key", () => {
    const docs = [
      { id: "a", text: "Ik ben Thijmen Oosterbos, wijkwerker." },
      { id: "b", text: "Thijmen kwam gisteren langs. Oosterbos had koffie mee." },
    ];
    const first = anonymiseCorpus(docs);
    const [full] = first.documents[0]!.spans.map((s) => s.replacement);
    const [name, last] = first.documents[1]!.spans.map((s) => s.replacement);
    expect(full!.toLowerCase()).toBe(`${name} ${last}`.toLowerCase());
    const again = anonymiseCorpus([{ id: "c", text: "Later sprak ik Thijmen Oosterbos weer." }], { key: first.key });
    expect(again.documents[0]!.spans[0]!.replacement).toBe(full);
  });

  it("should find a name in one document because another document made it known", () => {
    const docs = [
      { id: "a", text: "Mijn buurman Quirijn Zeegers helpt vaak." },
      { id: "b", text: "Quirijn weet alles." },
    ];
    const { documents } = anonymiseCorpus(docs);
    expect(documents[1]!.spans.map((s) => s.text)).toEqual(["Quirijn"]);
  });

  it("should refuse duplicate document ids", () => {
    expect(() =>
      anonymiseCorpus([
        { id: "x", text: "a" },
        { id: "x", text: "b" },
      ]),
    ).toThrow(/duplicate document id/);
  });
});
