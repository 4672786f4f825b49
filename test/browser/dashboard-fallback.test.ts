// A dashboard written without the viewer bundle (e.g. an unbuilt checkout without esbuild) must still draw
// its network, with the page's own canvas drawing. FICTIONAL three-node network.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeDashboard } from "@verlicht/dashboard";
import { chromium } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { browserSkipNotice, chromiumArgs, chromiumPath } from "./chromium.js";

const skip = browserSkipNotice("dashboard-fallback");

const edge = (source: string, target: string, valence: 1 | -1) => ({
  source,
  target,
  attributes: {
    type: valence === 1 ? "causal_pos" : "causal_neg",
    valence,
    weight: 1,
    support: { citations: 2, sources: 1, cases: 1 },
    citations: [
      { sourceId: "int01", uid: "7p6n0004", line: 3, classInstances: { cid: "int01" }, quote: "Fictief citaat" },
    ],
  },
});

describe.skipIf(skip)("a dashboard without the viewer bundle", () => {
  it("should draw the network on its own canvas without errors", async () => {
    const dir = await mkdtemp(join(tmpdir(), "verlicht-fallback-"));
    const { file, renderer } = writeDashboard(
      {
        title: "Fictief",
        goals: [],
        network: {
          attributes: {},
          options: { type: "directed", multi: true, allowSelfLoops: true },
          nodes: [
            { key: "plusWorkers", attributes: { label: "Uren pluswerkers", kind: "intervention" } },
            { key: "preschoolAttendance", attributes: { label: "Peuters naar de peuteropvang", kind: "output" } },
            { key: "fearOfDoorbell", attributes: { label: "Aanbellen is eng", kind: "mechanism" } },
          ],
          edges: [edge("plusWorkers", "preschoolAttendance", 1), edge("fearOfDoorbell", "preschoolAttendance", -1)],
        },
      },
      dir,
      { viewer: false },
    );
    expect(renderer).toBe("canvas");
    const profile = await mkdtemp(join(tmpdir(), "verlicht-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(m.text());
      });
      page.on("pageerror", (e) => problems.push(e.message));
      await page.goto(`file://${file}#netwerk`);
      await page.waitForFunction(
        () =>
          (window as unknown as { __dashboard?: { network: { renderer: string } } }).__dashboard?.network.renderer ===
          "canvas",
      );
      const png = PNG.sync.read(await page.locator("#network").screenshot());
      let coloured = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r = 255, g = 255, b = 255] = [png.data[i], png.data[i + 1], png.data[i + 2]];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
      }
      expect(coloured).toBeGreaterThan(100);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  });
});
