import { describe, expect, it } from "vitest";
import { kindName, relationName, VIEWER_TEXTS, viewerCount, viewerText } from "../../src/index.js";

describe("viewerText", () => {
  it("should have the same keys in Dutch and English, none empty", () => {
    expect(Object.keys(VIEWER_TEXTS.nl).sort()).toEqual(Object.keys(VIEWER_TEXTS.en).sort());
    for (const table of Object.values(VIEWER_TEXTS))
      for (const text of Object.values(table)) expect(text.length).toBeGreaterThan(0);
  });

  it("should fill placeholders and keep unknown ones", () => {
    expect(viewerText("en", "nodesAndLinks", { nodes: "3 factors", edges: "4 links" })).toBe(
      "3 factors, 4 links shown",
    );
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

describe("viewerCount and relationName", () => {
  it("should use the singular for one and the plural otherwise", () => {
    expect(viewerCount("en", "link", 1)).toBe("1 link");
    expect(viewerCount("en", "link", 2)).toBe("2 links");
    expect(viewerCount("nl", "factor", 0)).toBe("0 factoren");
  });

  it("should name relation types in words, and unknown types without underscores", () => {
    expect(relationName("en", "causal_pos")).toBe("leads to more");
    expect(relationName("nl", "causal_neg")).toBe("leidt tot minder");
    expect(relationName("en", "made_up_type")).toBe("made up type");
  });
});
