import { describe, expect, it } from "vitest";
import { DASHBOARD_TEXTS, uiText } from "../../src/index.js";

describe("the dashboard's interface texts", () => {
  it("should have the same keys in Dutch and English, none empty, and both plural forms together", () => {
    const nl = Object.keys(DASHBOARD_TEXTS.nl).sort();
    expect(nl).toEqual(Object.keys(DASHBOARD_TEXTS.en).sort());
    for (const table of Object.values(DASHBOARD_TEXTS))
      for (const text of Object.values(table)) expect(text.length).toBeGreaterThan(0);
    for (const key of nl.filter((k) => k.endsWith("_one"))) expect(nl).toContain(key.replace(/_one$/, "_other"));
  });

  it("should fill placeholders and pick the plural form by count", () => {
    expect(uiText("en", "indicatorCount_one", { count: 1 })).toBe("1 indicator →");
    expect(uiText("en", "indicatorCount_other", { count: 3 })).toBe("3 indicators →");
    expect(uiText("nl", "indicatorCount_other", { count: 3 })).toBe("3 indicatoren →");
  });
});
