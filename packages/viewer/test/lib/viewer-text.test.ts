import { describe, expect, it } from "vitest";
import { kindName, VIEWER_TEXTS, viewerText } from "../../src/index.js";

describe("viewerText", () => {
  it("should have the same keys in Dutch and English, none empty", () => {
    expect(Object.keys(VIEWER_TEXTS.nl).sort()).toEqual(Object.keys(VIEWER_TEXTS.en).sort());
    for (const table of Object.values(VIEWER_TEXTS))
      for (const text of Object.values(table)) expect(text.length).toBeGreaterThan(0);
  });

  it("should fill placeholders and keep unknown ones", () => {
    expect(viewerText("en", "nodesAndLinks", { nodes: 3, edges: 4 })).toMatch(/^3 .* 4 /);
    expect(viewerText("nl", "results", {})).toContain("{count}");
  });
});

describe("kindName", () => {
  it.each([
    ["nl", "intervention", "interventie"],
    ["nl", "output", "prestatie"],
    ["nl", "resources", "middelen"],
    ["en", "intervention", "intervention"],
    ["nl", "buurtkenmerk", "buurtkenmerk"],
  ] as const)("should name the kind in %s: %s → %s", (locale, kind, expected) => {
    expect(kindName(locale, kind)).toBe(expected);
  });
});
