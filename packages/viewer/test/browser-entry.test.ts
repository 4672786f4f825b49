import { describe, expect, it } from "vitest";

describe("@verlicht/viewer/browser", () => {
  it("should export the same names as the main entry and expose them on globalThis.VerlichtViewer", async () => {
    const main = await import("@verlicht/viewer");
    const browser = await import("@verlicht/viewer/browser");
    expect(Object.keys(browser).sort()).toEqual(Object.keys(main).sort());
    const global = (globalThis as { VerlichtViewer?: Record<string, unknown> }).VerlichtViewer;
    expect(global?.["createNetworkViewer"]).toBe(browser.createNetworkViewer);
  });
});
