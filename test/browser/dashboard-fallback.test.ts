// A dashboard written without the viewer bundle must not draw a lesser network silently: it says in red, in the
// network's place, that the viewer is missing, and keeps the complete list of links. FICTIONAL three-node network.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeDashboard } from "@verlicht/dashboard";
import { chromium } from "playwright-core";
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
  it("should say loudly that the viewer is missing and draw no network of its own", async () => {
    const dir = await mkdtemp(join(tmpdir(), "verlicht-fallback-"));
    const { file, renderer, viewerReason } = writeDashboard(
      {
        title: "Fictief",
        goals: [],
        network: {
          attributes: {},
          options: { type: "directed", multi: true, allowSelfLoops: true },
          nodes: [
            { key: "plusWorkers", attributes: { label: "Uren pluswerkers", kind: "intervention" } },
            { key: "preschoolAttendance", attributes: { label: "Peuters naar de peuteropvang", kind: "output" } },
            { key: "debt", attributes: { label: "Schulden", kind: "context" } },
          ],
          edges: [edge("plusWorkers", "preschoolAttendance", 1), edge("debt", "preschoolAttendance", -1)],
        },
      },
      dir,
      { viewer: false },
    );
    expect(renderer).toBe("missing");
    expect(viewerReason).toBeTruthy();
    const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), "verlicht-chromium-")), {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`file://${file}#netwerk`);
      await page.waitForFunction(() => (window as unknown as { __dashboard?: { ready: boolean } }).__dashboard?.ready);
      const alert = page.locator("#viewer-missing");
      await expect.poll(() => alert.isVisible()).toBe(true);
      expect(await alert.getAttribute("role")).toBe("alert");
      expect(await page.locator("#network canvas").count()).toBe(0);
      expect(
        await page.evaluate(
          () => (window as unknown as { __dashboard: { network: { renderer: string } } }).__dashboard.network.renderer,
        ),
      ).toBe("missing");
      await page.click("details summary");
      expect(await page.locator(".edge-list li").count()).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
