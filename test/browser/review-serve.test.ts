// `verlicht review serve` in real Chromium (playwright-core, Debian's /usr/bin/chromium): two reviewers
// screen at once in two browser contexts, the lead resolves their conflict. The records are fictional.
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importFile, openReview, type Review } from "@verlicht/review";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Identities } from "../../packages/cli/src/lib/review-serve/identity.js";
import { type ScreeningServer, startScreeningServer } from "../../packages/cli/src/lib/review-serve/server.js";
import { browserSkipNotice, chromiumArgs, chromiumPath } from "./chromium.js";

const hasChromium = !browserSkipNotice("review-serve");
const repo = fileURLToPath(new URL("../../", import.meta.url));
const records = join(repo, "packages/review/test/fixtures/serve/records.ris");

let dir = "";
let review: Review;
let app: ScreeningServer;
let browser: Browser;
const tokens: Record<string, string> = {};
/** Every API response body each reviewer's browser received. */
const seen: Record<string, string[]> = { anna: [], bob: [], lead: [] };

async function signIn(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  page.on("response", async (res) => {
    if (res.url().includes("/api/")) seen[name]?.push(await res.text().catch(() => ""));
  });
  await page.goto(app.url);
  await page.fill("#name", name);
  await page.fill("#token", tokens[name] as string);
  await page.click("#signin-form button");
  await page.waitForSelector("#app:not([hidden])");
  return { context, page };
}

const title = (page: Page) => page.textContent("#rec-title");
const shownId = async (page: Page) => Number(await page.getAttribute("#record", "data-id"));

/** Vote with the keyboard and wait until the next record (or the end) is shown. */
async function press(page: Page, key: string): Promise<void> {
  const before = await page.getAttribute("#record", "data-id");
  await page.keyboard.press(key);
  await page.waitForFunction((b) => document.getElementById("record")?.dataset.id !== b, before);
}

describe.skipIf(!hasChromium)("verlicht review serve in Chromium", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "verlicht-serve-"));
    review = openReview(join(dir, "r.sqlite"));
    review.addRound({ id: "round-1", as: "lead" });
    importFile(review, records, { round: "round-1", as: "lead" });
    review.addExclusionReason("wrong population", { as: "lead" });
    const identities = new Identities(review);
    tokens.lead = identities.issue("lead", "owner", "lead");
    tokens.anna = identities.issue("anna", "screener", "lead");
    tokens.bob = identities.issue("bob", "screener", "lead");
    app = await startScreeningServer(review, identities, { includeTerms: ["loneliness"], excludeTerms: ["tax"] });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    review?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("should listen on 127.0.0.1 only and refuse a wrong token and a foreign Host header", async () => {
    expect((app.server.address() as AddressInfo).address).toBe("127.0.0.1");
    const port = (app.server.address() as AddressInfo).port;
    const status = (host: string) =>
      new Promise<number>((resolve) => {
        request({ host: "127.0.0.1", port, path: "/", headers: { host } }, (res) => resolve(res.statusCode ?? 0)).end();
      });
    expect(await status(`127.0.0.1:${port}`)).toBe(200);
    expect(await status(`evil.example:${port}`)).toBe(403);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(app.url);
    await page.fill("#name", "anna");
    await page.fill("#token", tokens.bob as string);
    await page.click("#signin-form button");
    await expect.poll(() => page.textContent("#signin-error")).toContain("do not match");
    await context.close();
  });

  it("should let two reviewers screen at once, blinded, with highlights, shortcuts, notes, undo and a live order", async () => {
    const anna = await signIn("anna");
    const bob = await signIn("bob");
    // Highlights: include terms green, exclude terms red, as marks in the text (never HTML from the record).
    const marks = await anna.page.$$eval("#record mark", (ms) => ms.map((m) => [m.className, m.textContent]));
    expect(marks.length).toBeGreaterThan(0);
    for (const [cls, text] of marks) expect(cls).toBe(/tax/i.test(text ?? "") ? "exc" : "inc");

    // Both start on the same record (seeded order before any vote): anna votes by topic with a note and
    // tags (walking: include, tax: exclude), bob the other way, so the record is in conflict.
    const first = await shownId(anna.page);
    expect(await shownId(bob.page)).toBe(first);
    const walk = /walk/i.test((await title(anna.page)) ?? "");
    await anna.page.fill("#note", "secret-note-of-anna");
    await anna.page.fill("#tags", "walking, pilot");
    await anna.page.click(walk ? "#btn-include" : "#btn-exclude");
    await anna.page.waitForFunction((b) => document.getElementById("record")?.dataset.id !== String(b), first);
    await bob.page.keyboard.press(walk ? "e" : "i");
    await bob.page.waitForFunction((b) => document.getElementById("record")?.dataset.id !== String(b), first);

    // anna screens by topic with the keyboard; once she has an include and an exclude, the order is
    // retrained on her votes and every walking record comes before every tax record.
    await anna.page.screenshot({ path: join(tmpdir(), "verlicht-review-serve.png"), fullPage: true });
    const annaTitles: string[] = [];
    for (let i = 0; i < 3; i++) {
      const t = (await title(anna.page)) ?? "";
      annaTitles.push(t);
      await press(anna.page, /walk/i.test(t) ? "i" : "e");
    }
    const rest: string[] = [];
    while (await anna.page.getAttribute("#record", "data-id")) {
      const t = (await title(anna.page)) ?? "";
      rest.push(t);
      await press(anna.page, /walk/i.test(t) ? "i" : "e");
    }
    const all = [...annaTitles, ...rest];
    expect(all).toHaveLength(7);
    const firstTax = rest.findIndex((t) => /tax/i.test(t));
    const lastWalk = rest.map((t) => /walk/i.test(t)).lastIndexOf(true);
    if (firstTax >= 0 && lastWalk >= 0) expect(lastWalk).toBeLessThan(firstTax);
    expect(await anna.page.isVisible("#rec-done")).toBe(true);

    // Progress per reviewer, and the stopping guide with its method and caveat.
    await expect.poll(() => anna.page.textContent("#progress")).toContain("anna8 / 8");
    const guide = (await anna.page.textContent("#stopping")) ?? "";
    expect(guide).toMatch(/since your last include/);
    expect(guide).toMatch(/Method: inclusion rate of your last 50 votes/);
    expect(guide).toMatch(/Caveat/);

    // Undo brings anna's last record back to her.
    await anna.page.keyboard.press("u");
    await anna.page.waitForFunction(() => !!document.getElementById("record")?.dataset.id);
    expect(await title(anna.page)).toBe(rest.at(-1) ?? annaTitles.at(-1));
    await press(anna.page, /walk/i.test((await title(anna.page)) ?? "") ? "i" : "e");

    // Blinding: bob's browser never received anna's note, tags or votes.
    await bob.page.reload();
    await bob.page.fill("#name", "bob");
    await bob.page.fill("#token", tokens.bob as string);
    await bob.page.click("#signin-form button");
    await bob.page.waitForSelector("#app:not([hidden])");
    const bobSaw = seen.bob?.join("\n") ?? "";
    expect(bobSaw).not.toContain("secret-note-of-anna");
    expect(bobSaw).not.toContain("pilot");
    expect(bobSaw).not.toMatch(/"reviewer":"anna","value"/);
    expect(await bob.page.isHidden("#conflicts-box")).toBe(true);
    const forbidden = await bob.page.evaluate(async () => (await fetch("/api/conflicts")).status);
    expect(forbidden).toBe(403);

    await anna.context.close();
    await bob.context.close();
  });

  it("should list the conflict for the lead to resolve, and ask a reason for a full-text exclusion", async () => {
    const lead = await signIn("lead");
    await lead.page.waitForSelector("#conflicts li");
    const items = await lead.page.$$eval("#conflicts li", (lis) => lis.map((li) => li.textContent ?? ""));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/anna (include, bob exclude|exclude, bob include)/);
    await lead.page.click("#conflicts li .resolve-include");
    await lead.page.waitForFunction(() => document.querySelectorAll("#conflicts li").length === 0);

    // Full text: the record the lead included (and those both included) reach the stage; exclusion needs a reason.
    await lead.page.click("nav button:nth-child(2)");
    await lead.page.waitForSelector("#reason-row:not([hidden])");
    await lead.page.keyboard.press("e");
    await expect.poll(() => lead.page.textContent("#vote-error")).toContain("reason");
    await lead.page.selectOption("#reason", "wrong population");
    const before = await lead.page.getAttribute("#record", "data-id");
    await lead.page.click("#btn-exclude");
    await lead.page.waitForFunction((b) => document.getElementById("record")?.dataset.id !== b, before);
    const votes = review.db.prepare("SELECT reviewer, value, reason FROM votes WHERE stage = 'full-text'").all() as {
      reviewer: string;
      value: string;
      reason: string;
    }[];
    expect(votes).toEqual([{ reviewer: "lead", value: "exclude", reason: "wrong population" }]);
    await lead.page.screenshot({ path: join(tmpdir(), "verlicht-review-serve-lead.png"), fullPage: true });
    await lead.context.close();
  });
});
