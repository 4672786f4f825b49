// Opens the dashboard that `verlicht demo` writes (FICTIONAL example project) from file:// in Debian's
// Chromium: no console errors, all 12 goals on the front page, a drawn (non-blank) network, the language
// switch. Skipped with a visible notice when no Chromium exists.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir, verlicht } from "../e2e/cli-run.js";
import { browserSkipNotice, chromiumArgs, chromiumPath } from "./chromium.js";

const skip = browserSkipNotice("dashboard-render");

describe.skipIf(skip)("the demo dashboard in Chromium", () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let file: string;
  const problems: string[] = [];

  beforeAll(async () => {
    const dir = tempDir();
    const run = await verlicht(["demo", "--out", "site"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    file = join(dir, "site", "index.html");
    profile = await mkdtemp(join(tmpdir(), "verlicht-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: chromiumArgs,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`file://${file}`);
    await page.waitForFunction(
      () => (window as unknown as { __dashboard?: { ready: boolean } }).__dashboard?.ready === true,
    );
  });

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it("should show all 12 goals on the front page, each with a status", async () => {
    const cards = page.locator("#overzicht .goal-card");
    expect(await cards.count()).toBe(12);
    for (let i = 0; i < 12; i++) {
      await expect.poll(() => cards.nth(i).isVisible()).toBe(true);
      expect(await cards.nth(i).getAttribute("data-status")).toMatch(
        /^(reached|closing|stable|widening|insufficient-data)$/,
      );
    }
  });

  it("should draw the network on a canvas that is not blank", async () => {
    await page.click('nav a[href="#netwerk"]');
    await page.waitForFunction(
      () =>
        (window as unknown as { __dashboard: { network: { renderer: string } } }).__dashboard.network.renderer !==
        "none",
    );
    await page.waitForTimeout(2000);
    const state = await page.evaluate(
      () =>
        (window as unknown as { __dashboard: { network: { renderer: string; nodes: number; edges: number } } })
          .__dashboard.network,
    );
    expect(state.nodes).toBeGreaterThan(20);
    expect(await page.locator("#network canvas").count()).toBeGreaterThan(0);
    const png = PNG.sync.read(await page.locator("#network").screenshot());
    const colours = new Set<number>();
    let nonWhite = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const r = png.data[i] ?? 255;
      const g = png.data[i + 1] ?? 255;
      const b = png.data[i + 2] ?? 255;
      colours.add((r << 16) | (g << 8) | b);
      if (r < 245 || g < 245 || b < 245) nonWhite++;
    }
    expect(colours.size).toBeGreaterThan(8);
    expect(nonWhite / (png.width * png.height)).toBeGreaterThan(0.01);
  });

  it("should show only the links one group named when that group is chosen", async () => {
    const visibleLinks = async () =>
      Number(/(\d+) \S+, (\d+) \S+/.exec(await page.locator("#network").innerText())?.[2]);
    const all = await visibleLinks();
    await page.click('[data-group="bewoner"]');
    await expect.poll(visibleLinks).toBeLessThan(all);
    expect(await page.evaluate(() => (window as unknown as { __dashboard: { group: string } }).__dashboard.group)).toBe(
      "bewoner",
    );
    await page.click('[data-group=""]');
    await expect.poll(visibleLinks).toBe(all);
  });

  it("should open a goal's drill-down from its card", async () => {
    await page.goto(`file://${file}#overzicht`);
    await page.click('#overzicht .goal-card[data-goal="goal05"]');
    await expect.poll(() => page.locator("#goal-goal05").isVisible()).toBe(true);
    expect(await page.locator("#overzicht").isVisible()).toBe(false);
  });

  it("should switch to English and back", async () => {
    await page.click('button[data-set-lang="en"]');
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator('nav a[href="#doelen"] [data-l="en"]').isVisible()).toBe(true);
    expect(await page.locator('nav a[href="#doelen"] [data-l="nl"]').isVisible()).toBe(false);
    await page.click('button[data-set-lang="nl"]');
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
  });

  it("should log no errors in the console", () => {
    expect(problems).toEqual([]);
  });
});
