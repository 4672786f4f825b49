import { describe, expect, it } from "vitest";
import { parseRecords, reviewMessages } from "../../src/index.js";

describe("import messages in the locale catalogue", () => {
  it("should word parser messages in the asked language, with the same ruleIds and positions", () => {
    const text = "TI  - before any type\nTY  - JOUR\nTI  - x\n";
    const en = parseRecords(text).messages;
    const nl = parseRecords(text, { locale: "nl" }).messages;
    expect(nl.map((m) => m.ruleId)).toEqual(en.map((m) => m.ruleId));
    expect(en.map((m) => m.ruleId)).toEqual(expect.arrayContaining(["ris-missing-ty", "ris-missing-er"]));
    expect(nl.map((m) => m.place)).toEqual(en.map((m) => m.place));
    for (const [a, b] of en.map((m, i) => [m.reason, nl[i]?.reason])) expect(b).not.toBe(a);
  });

  it("should have every import rule in both languages", () => {
    for (const id of [
      "empty-input",
      "file-already-imported",
      "ris-glued-tag",
      "bibtex-missing-equals",
      "csv-column-count",
    ]) {
      expect(reviewMessages.ruleIds).toContain(id);
      expect(
        reviewMessages.format(
          id as never,
          { tag: "AU", key: "k", field: "f", cells: 2, header: 3, file: "a.ris", round: "r1" },
          "nl",
        ),
      ).not.toMatch(/\{/);
    }
  });
});
