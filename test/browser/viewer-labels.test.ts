// Label placement of @verlicht/viewer measured in Debian's Chromium on the FICTIONAL example network (12 factors)
// and on a FICTIONAL 300-factor network (packages/viewer/test/fixtures/large-network): zero label–label and
// label–node overlaps, labels inside the canvas, no arrow through a label at rest, every label up to 60
// nodes, and a drawing that fills at least 80 % of the canvas in each direction; at 1400×900 and 390×844.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserSkipNotice } from "./chromium.js";
import { type Box, fullPage, type Harness, measureLabels, startHarness } from "./viewer-harness.js";

const skip = browserSkipNotice("viewer-labels");
const EXAMPLE = "/examples/viewer/network.json";
const LARGE = "/packages/viewer/test/fixtures/large-network/network-300.json";

type Label = Box & { key: string; lines: string[]; crossings: number };
type Disc = { key: string; x: number; y: number; size: number };
type V = { viewer: { getVisibleLabels(): Label[]; getNodeDiscs(): Disc[] } };

describe.skipIf(skip)("label placement in a real browser", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(network: string, width: number, height: number, options: object = {}): Promise<Page> {
    const path = `/labels-${width}-${Math.random().toString(36).slice(2)}.html`;
    h.pages[path] = fullPage(network, { locale: "en", ...options });
    const page = await h.browser.newPage({ viewport: { width, height } });
    await page.goto(h.base + path);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true, null, {
      timeout: 60_000,
    });
    await page.waitForFunction(() => (window as unknown as { __stopped?: boolean }).__stopped === true, null, {
      timeout: 90_000,
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return page;
  }

  async function measure(page: Page) {
    const { labels, discs, size } = await page.evaluate(() => {
      const v = (window as unknown as V).viewer;
      const stage = document.querySelector(".vlv-stage")!.getBoundingClientRect();
      return {
        labels: v.getVisibleLabels(),
        discs: v.getNodeDiscs(),
        size: { width: stage.width, height: stage.height },
      };
    });
    return { labels, discs, size, ...measureLabels(labels, discs, size) };
  }

  for (const [width, height] of [
    [1400, 900],
    [390, 844],
  ] as const) {
    it(`should label every factor of the example network without overlaps at ${width}×${height}`, async () => {
      const page = await open(EXAMPLE, width, height);
      const m = await measure(page);
      console.log(
        `example ${width}×${height}: ${m.labels.length}/${m.discs.length} labels, crossings ${m.crossings}, bbox ${m.bboxShare.x.toFixed(2)}×${m.bboxShare.y.toFixed(2)}`,
      );
      expect(m.labels.length).toBe(m.discs.length);
      expect(m.labelLabel).toBe(0);
      expect(m.labelNode).toBe(0);
      expect(m.outside).toBe(0);
      expect(m.crossings).toBe(0);
      expect(m.bboxShare.x).toBeGreaterThanOrEqual(0.8);
      expect(m.bboxShare.y).toBeGreaterThanOrEqual(0.8);
      if (width < 500) {
        // On a phone long labels are wrapped or shortened, never cut at the canvas edge.
        expect(m.labels.some((l) => l.lines.length > 1 || l.lines.some((t) => t.endsWith("…")))).toBe(true);
      }
      if (process.env["LABEL_SHOTS"])
        await page.screenshot({ path: `${process.env["LABEL_SHOTS"]}/example-${width}.png` });
      // After a click, the neighbours' labels are still apart.
      const hub = m.discs.reduce((a, b) => (b.size > a.size ? b : a));
      const stage = (await page.locator(".vlv-stage").boundingBox())!;
      await page.mouse.click(stage.x + hub.x, stage.y + hub.y);
      await page.mouse.move(stage.x + 2, stage.y + 2);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const after = await measure(page);
      expect(after.labelLabel).toBe(0);
      expect(after.labelNode).toBe(0);
      if (process.env["LABEL_SHOTS"])
        await page.screenshot({ path: `${process.env["LABEL_SHOTS"]}/example-click-${width}.png` });
      await page.close();
    });

    it(`should place the most important labels of 300 factors without overlaps at ${width}×${height}`, async () => {
      const page = await open(LARGE, width, height);
      const m = await measure(page);
      console.log(
        `300 ${width}×${height}: ${m.labels.length}/${m.discs.length} labels, crossings ${m.crossings}, bbox ${m.bboxShare.x.toFixed(2)}×${m.bboxShare.y.toFixed(2)}`,
      );
      expect(m.discs.length).toBe(300);
      expect(m.labels.length).toBeGreaterThan(width < 500 ? 15 : 40);
      expect(m.labelLabel).toBe(0);
      expect(m.labelNode).toBe(0);
      expect(m.outside).toBe(0);
      // Only the few key factors (3 %, at least 5) may lie across an edge, on an opaque plate; all others are free.
      expect(m.labels.filter((l) => l.crossings > 0).length).toBeLessThanOrEqual(9);
      expect(m.bboxShare.x).toBeGreaterThanOrEqual(0.8);
      expect(m.bboxShare.y).toBeGreaterThanOrEqual(0.8);
      // Most important first: labelled factors are on average larger (more links) than unlabelled ones, and
      // most of the ten largest are labelled.
      const labelledKeys = new Set(m.labels.map((l) => l.key));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
      const withLabel = m.discs.filter((d) => labelledKeys.has(d.key)).map((d) => d.size);
      const without = m.discs.filter((d) => !labelledKeys.has(d.key)).map((d) => d.size);
      expect(mean(withLabel)).toBeGreaterThan(mean(without));
      const top = [...m.discs].sort((a, b) => b.size - a.size).slice(0, 10);
      console.log(`top-10 labelled: ${top.filter((d) => labelledKeys.has(d.key)).length}`);
      expect(top.filter((d) => labelledKeys.has(d.key)).length).toBeGreaterThanOrEqual(7);
      if (process.env["LABEL_SHOTS"])
        await page.screenshot({ path: `${process.env["LABEL_SHOTS"]}/large-${width}.png` });
      await page.close();
    });
  }
});
