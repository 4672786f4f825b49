import { describe, expect, it } from "vitest";
import { evaluateAnonymisation, isValidBsn, isValidIban, plateSidecode } from "../../src/index.js";

describe("evaluateAnonymisation", () => {
  // "Ik ben Anna Smit uit Heerlen." — fictional
  const text = "Ik ben Anna Smit uit Heerlen.";
  it("should count mention recall, token precision, leaks and keep-list removals", () => {
    const report = evaluateAnonymisation(
      [
        {
          id: "d",
          text,
          gold: [{ start: 7, end: 16, category: "PERSON" }],
          predicted: [
            { start: 7, end: 11, category: "PERSON" },
            { start: 21, end: 28, category: "PERSON" },
          ],
        },
      ],
      { keep: ["Heerlen"] },
    );
    expect(report.mentionRecall.PERSON).toMatchObject({ tp: 0, fn: 1 });
    expect(report.tokenBlind).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.leaks[0]).toMatchObject({ leaked: 0 });
    expect(report.keepRemoved).toEqual([{ id: "d", term: "Heerlen", start: 21 }]);
    expect(report.strict.all).toMatchObject({ tp: 0, fp: 2, fn: 1 });
  });

  it("should report a mention that no span touches as a leak", () => {
    const report = evaluateAnonymisation([
      { id: "d", text, gold: [{ start: 7, end: 16, category: "PERSON" }], predicted: [] },
    ]);
    expect(report.leaks[0]).toMatchObject({ leaked: 1, texts: ["Anna Smit"] });
    expect(report.documentLeakRate).toBe(1);
  });
});

describe("validators", () => {
  it.each([
    ["111222333", true],
    ["123456782", true],
    ["123456789", false],
    ["000000000", false],
  ])("should check the 11-proef of %s", (bsn, ok) => {
    expect(isValidBsn(bsn)).toBe(ok);
  });

  it("should check IBANs with mod-97", () => {
    expect(isValidIban("NL91 ABNA 0417 1643 00")).toBe(true);
    expect(isValidIban("NL91 ABNA 0417 1643 01")).toBe(false);
  });

  it("should know Dutch plate side codes", () => {
    expect(plateSidecode("12-ABC-3")).toBe("DD-LLL-D");
    expect(plateSidecode("12ABC3")).toBe("DD-LLL-D");
    expect(plateSidecode("1-2-3")).toBeNull();
  });
});
