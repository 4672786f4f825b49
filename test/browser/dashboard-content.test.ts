// What the demo dashboard (FICTIONAL example project) tells, checked in Debian's Chromium: sparkline end labels
// never overlap; each goal card draws an indicator whose status is the card's, with the three lines or a note
// naming the missing one; the living review lists per round the included studies and the full-text exclusions
// with their reasons; and the viewer example opened from file:// says in one line how to serve it.
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir, verlicht } from "../e2e/cli-run.js";
import { browserSkipNotice, chromiumPath } from "./chromium.js";
import { repo, webglArgs } from "./viewer-harness.js";

const skip = browserSkipNotice("dashboard-content");

describe.skipIf(skip)("the demo dashboard's charts and review", () => {
  let browser: Browser;
  let page: Page;
  let file: string;

  beforeAll(async () => {
    const dir = tempDir();
    const run = await verlicht(["demo", "--out", "site"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    file = join(dir, "site", "index.html");
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: webglArgs });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (window as unknown as { __dashboard?: { ready: boolean } }).__dashboard?.ready);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("should draw end labels that never overlap, on every chart", async () => {
    for (const section of ["overzicht", "doelen"]) {
      await page.evaluate((h) => {
        location.hash = h;
      }, section);
      const overlaps = await page.evaluate((id) => {
        const out: string[] = [];
        for (const svg of document.querySelectorAll(`#${id} svg.trend`)) {
          const boxes = [...svg.querySelectorAll("text.val")].map((t) => (t as SVGTextElement).getBBox());
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i]!, boxes[j]!];
              if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
                out.push(`${svg.querySelector("title")?.textContent}: ${i}/${j}`);
            }
        }
        return out;
      }, section);
      expect(overlaps).toEqual([]);
    }
  });

  it("should draw on each card an indicator with the card's status, with three lines or a note", async () => {
    await page.evaluate(() => {
      location.hash = "overzicht";
    });
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll("#overzicht .goal-card[data-indicator]")].map((c) => ({
        goal: c.getAttribute("data-goal"),
        status: c.getAttribute("data-status"),
        indicator: c.getAttribute("data-indicator"),
        lines: c.querySelectorAll("svg.trend path").length,
        missing: c.querySelector(".missing")?.getAttribute("data-missing") ?? "",
      })),
    );
    expect(cards.length).toBeGreaterThan(8);
    for (const card of cards) {
      const own = await page.evaluate(
        ([g, i]) =>
          document
            .querySelector(`#goal-${g} .indicator[data-indicator="${i}"] .ind-head .badge`)
            ?.getAttribute("data-status"),
        [card.goal, card.indicator],
      );
      // The goal's status is the most frequent among its indicators; the card shows one of those.
      expect(own, `${card.goal}`).toBe(card.status);
      const missing = card.missing ? card.missing.split(" ").length : 0;
      expect(card.lines + missing, `${card.goal}`).toBe(3);
    }
  });

  it("should list per round the included studies and the full-text exclusions with reasons", async () => {
    await page.evaluate(() => {
      location.hash = "review";
    });
    const rounds = await page.evaluate(() => {
      const table = document.querySelector("#review table.prisma")!;
      const row = (n: number) => [...table.querySelectorAll("tbody tr")][n]!.querySelectorAll("td");
      const excluded = [...row(5)].map((td) => Number(td.textContent));
      const included = [...row(6)].map((td) => Number(td.textContent));
      return [...document.querySelectorAll("#review .round-studies")].map((s, i) => ({
        included: s.querySelectorAll("ol.included li").length,
        expectedIncluded: included[i],
        exclusions: [...s.querySelectorAll("table.exclusions tbody tr")].map(
          (tr) => tr.querySelectorAll("td")[1]!.textContent ?? "",
        ),
        expectedExcluded: excluded[i],
      }));
    });
    expect(rounds.length).toBe(2);
    for (const r of rounds) {
      expect(r.included).toBe(r.expectedIncluded);
      expect(r.exclusions.length).toBe(r.expectedExcluded);
      for (const reason of r.exclusions) expect(reason.trim().length).toBeGreaterThan(0);
    }
    expect(rounds.some((r) => r.included > 0)).toBe(true);
  });

  it("should say in one line how to serve the viewer example when it is opened from file://", async () => {
    const p = await browser.newPage();
    await p.goto(`file://${join(repo, "examples/viewer/index.html")}`);
    await p.waitForTimeout(500);
    const hint = p.locator("#hint");
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toMatch(/http\.server/);
    await p.close();
  });
});
