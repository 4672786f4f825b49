// The demo dashboard (FICTIONAL example project, written by `verlicht demo`) in Debian's Chromium, in Dutch and
// English at 1400×900 and 390×844 (package names such as @verlicht/indicators are not words): axe-core finds no serious or critical violation in any section; a skip link;
// the viewer's text list works by mouse and keyboard; focus is visible; and one language at a time: no Dutch
// interface word shows in English and no English one in Dutch.
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir, verlicht } from "../e2e/cli-run.js";
import { browserSkipNotice, chromiumPath } from "./chromium.js";
import { webglArgs } from "./viewer-harness.js";

const skip = browserSkipNotice("dashboard-a11y");
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const SECTIONS = ["overzicht", "doelen", "netwerk", "aannames", "modellen", "review", "verantwoording"];
const SIZES = [
  [1400, 900],
  [390, 844],
] as const;

// Interface words of the dashboard and the viewer, per language (whole words, case-sensitive), plus raw relation
// ids, which neither language should show. Data (factor labels, quotes, study titles) is not translated and is
// not checked.
const RAW_IDS = ["causal_pos", "causal_neg", "causal_unknown"];
const DUTCH = [
  "Overzicht",
  "Doelen",
  "Aannames",
  "Logische modellen",
  "Levende review",
  "Verantwoording",
  "indicatoren",
  "Zoek factoren",
  "Tekstlijst",
  "Minimale steun",
  "Beeld herstellen",
  "positief verband",
  "negatief verband",
  "factoren",
  "verbanden",
  "zichtbaar",
  "Thema",
  "Cijfers",
  "Ronde",
  "gevonden",
  "ingesloten",
  "uitgesloten",
  "kloof",
  "bereikt",
  "iedereen",
  "bewoners",
  "fictief voorbeeld",
  "leidt tot",
  "Toon wat",
  "Gemaakt met",
  "werkt offline",
  "Hoger is beter",
  "Lager is beter",
  "Terugkoppelingen",
  "Naar de inhoud",
];
const ENGLISH = [
  "Overview",
  "Goals",
  "Assumptions",
  "Logic models",
  "Living review",
  "Method",
  "indicators",
  "Search factors",
  "Text list",
  "Minimum support",
  "Reset view",
  "positive link",
  "negative link",
  "factors",
  "links shown",
  "Theme",
  "Figures",
  "Round",
  "identified",
  "gap closing",
  "gap widening",
  "everyone",
  "residents",
  "fictional example",
  "leads to",
  "Show what",
  "Made with",
  "works offline",
  "Higher is better",
  "Lower is better",
  "Feedback loops",
  "Skip to content",
];

describe.skipIf(skip)("the demo dashboard: accessibility and one language at a time", () => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    const dir = tempDir();
    const run = await verlicht(["demo", "--out", "site"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    file = join(dir, "site", "index.html");
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: webglArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(lang: "nl" | "en", width: number, height: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.addInitScript((l) => localStorage.setItem("verlicht-lang", l), lang);
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (window as unknown as { __dashboard?: { ready: boolean } }).__dashboard?.ready);
    return page;
  }

  async function showSection(page: Page, id: string): Promise<void> {
    await page.evaluate((h) => {
      location.hash = h;
    }, id);
    await page.waitForFunction((h) => !document.getElementById(h)?.hidden, id);
    if (id === "netwerk") {
      await page.waitForFunction(
        () => {
          const v = (window as unknown as { __dashboard: { viewer?: { getLayoutState(): { running: boolean } } } })
            .__dashboard.viewer;
          return v && !v.getLayoutState().running;
        },
        null,
        { timeout: 90_000 },
      );
    }
  }

  for (const [width, height] of SIZES) {
    for (const lang of ["nl", "en"] as const) {
      it(`should have no serious or critical axe violation in any section (${lang}, ${width}×${height})`, async () => {
        const page = await open(lang, width, height);
        await page.addScriptTag({ path: axePath });
        const found: string[] = [];
        for (const id of SECTIONS) {
          await showSection(page, id);
          const violations = await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: {
                  run(
                    c: Document,
                    o: object,
                  ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
                };
              }
            ).axe;
            const r = await axe.run(document, { resultTypes: ["violations"] });
            return r.violations
              .filter((v) => v.impact === "serious" || v.impact === "critical")
              .map(
                (v) =>
                  `${v.id} ×${v.nodes.length} ${v.nodes
                    .slice(0, 2)
                    .map((n) => n.target.join(" "))
                    .join(" | ")}`,
              );
          });
          for (const v of violations) found.push(`#${id}: ${v}`);
        }
        expect(found).toEqual([]);
        await page.close();
      });

      it(`should show no interface word of the other language (${lang}, ${width}×${height})`, async () => {
        const page = await open(lang, width, height);
        const other = [...(lang === "en" ? DUTCH : ENGLISH), ...RAW_IDS];
        const seen: string[] = [];
        for (const id of SECTIONS) {
          await showSection(page, id);
          if (id === "netwerk") {
            await page.click(".vlv-list-toggle");
            await page.locator(".vlv-textlist button").first().click();
          }
          // biome-ignore lint/performance/useDomNodeTextContent: only the rendered (visible) text counts here
          const text = await page.evaluate(() => document.body.innerText);
          for (const word of other) {
            if (new RegExp(`(^|[^\\p{L}/@])${word}($|[^\\p{L}])`, "u").test(text)) seen.push(`#${id}: ${word}`);
          }
        }
        expect(seen).toEqual([]);
        await page.close();
      });
    }

    it(`should offer a skip link, visible focus and a text list that works by mouse and keyboard (${width}×${height})`, async () => {
      const page = await open("en", width, height);
      await page.keyboard.press("Tab");
      const skipLink = page.locator("a.skip");
      expect(await skipLink.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = (await skipLink.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      const outline = await skipLink.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe("none");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");

      await showSection(page, "netwerk");
      await page.click(".vlv-list-toggle");
      const first = page.locator(".vlv-textlist button").first();
      await first.scrollIntoViewIfNeeded();
      // A real mouse click at the link's centre: nothing (no canvas) may lie on top of it.
      const b = (await first.boundingBox())!;
      const topmost = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest("button")?.getAttribute("data-node") ?? null,
        [b.x + b.width / 2, b.y + b.height / 2],
      );
      expect(topmost).toBe(await first.getAttribute("data-node"));
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
      await expect.poll(() => page.locator(".vlv-panel").isVisible()).toBe(true);
      await page.keyboard.press("Escape");
      // And by keyboard: focus the second entry, Enter opens it.
      const second = page.locator(".vlv-textlist button").nth(1);
      await second.focus();
      expect(await second.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator(".vlv-panel h2").textContent()).toBe(await second.textContent());
      await page.close();
    });
  }
});
