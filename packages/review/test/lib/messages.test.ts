import { describe, expect, it } from "vitest";
import { reviewMessages } from "../../src/index.js";

describe("reviewMessages", () => {
  it("should word every rule in English and in Dutch, differently", () => {
    expect(reviewMessages.source).toBe("review");
    for (const ruleId of reviewMessages.ruleIds) {
      const params = { seq: 7, path: "r.sqlite", id: "x", known: "y", reviewer: "anna", record: 1, stage: "s" };
      const en = reviewMessages.format(ruleId, params, "en");
      const nl = reviewMessages.format(ruleId, params, "nl");
      expect(en, ruleId).not.toBe("");
      expect(nl, ruleId).not.toBe(en);
    }
    expect(Object.keys(reviewMessages.tables.nl).sort()).toEqual([...reviewMessages.ruleIds].sort());
  });
});
