// Real-browser tests of @verlicht/viewer: Debian's Chromium driven by playwright-core loads a page that
// imports the self-contained browser bundle. The example network (examples/viewer/network.json) is fictional.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserSkipNotice, chromiumPath } from "./chromium.js";

// Prints a visible notice when Chromium is absent; in CI (VERLICHT_REQUIRE_BROWSER=1) a missing Chromium fails.
const hasChromium = !browserSkipNotice("viewer-render");
const CHROMIUM = chromiumPath;

const repo = fileURLToPath(new URL("../../", import.meta.url));
const bundle = join(repo, "packages/viewer/dist/browser/verlicht-viewer.js");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };

let server: Server;
let base = "";
let browser: Browser;
const pages: Record<string, string> = {};
const headers: Record<string, Record<string, string>> = {};

/** A page that imports the bundle and creates a viewer on the example network with the given options. */
function viewerPage(options: object, extra = ""): string {
  return `<!doctype html><meta charset="utf-8"><body style="margin:0">
<div id="c" style="width:900px;height:600px"></div>
<script type="module">
import { createNetworkViewer } from "/packages/viewer/dist/browser/verlicht-viewer.js";
window.__errors = [];
window.addEventListener("error", (e) => window.__errors.push(String(e.message)));
const network = await fetch("/examples/viewer/network.json").then((r) => r.json());
const viewer = createNetworkViewer(document.getElementById("c"), network, ${JSON.stringify(options)});
window.viewer = viewer;
window.__events = [];
viewer.on("layoutStop", (e) => window.__events.push(["layoutStop", e]));
viewer.on("select", (e) => window.__events.push(["select", e]));
${extra}
await viewer.ready;
window.__ready = true;
</script>`;
}

async function open(path: string): Promise<{ page: Page; logs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
  const logs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") logs.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => logs.push(`pageerror: ${e.message}`));
  await page.goto(base + path);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true, null, {
    timeout: 60_000,
  });
  return { page, logs };
}

function pixelStats(png: Buffer): { colours: number; nonWhite: number } {
  const img = PNG.sync.read(png);
  const colours = new Set<number>();
  let nonWhite = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i]!;
    const g = img.data[i + 1]!;
    const b = img.data[i + 2]!;
    colours.add((r << 16) | (g << 8) | b);
    if (r < 245 || g < 245 || b < 245) nonWhite++;
  }
  return { colours: colours.size, nonWhite: nonWhite / (img.width * img.height) };
}

const relevant = (logs: string[]) =>
  logs.filter((l) => !/GPU stall|favicon|Automatic fallback to software WebGL/i.test(l));

describe("viewer in a real browser", () => {
  beforeAll(async () => {
    if (!hasChromium) return;
    if (!existsSync(bundle)) {
      const tsup = join(repo, "node_modules/tsup/dist/cli-default.js");
      const run = spawnSync(process.execPath, [tsup], { cwd: join(repo, "packages/viewer"), stdio: "inherit" });
      if (run.status !== 0) throw new Error("building the viewer bundle failed");
    }
    server = createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname.replace(/\/$/, "/index.html");
      if (path === "/favicon.ico") {
        res.writeHead(204).end();
        return;
      }
      if (pages[path] !== undefined) {
        res.writeHead(200, { "content-type": "text/html", ...(headers[path] ?? {}) }).end(pages[path]);
        return;
      }
      try {
        const body = readFileSync(join(repo, decodeURIComponent(path)));
        res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it.skipIf(!hasChromium)("should render the example network with non-blank pixels and no console errors", async () => {
    pages["/render.html"] = viewerPage({ locale: "en", useWorker: true });
    const { page, logs } = await open("/render.html");
    await page.waitForFunction(
      () => (window as unknown as { __events: unknown[][] }).__events.some((e) => e[0] === "layoutStop"),
      null,
      { timeout: 30_000 },
    );
    const shot = await page.locator(".vlv-stage").screenshot();
    if (process.env["VIEWER_SHOT"]) writeFileSync(process.env["VIEWER_SHOT"], await page.screenshot());
    const stats = pixelStats(shot);
    expect(stats.colours).toBeGreaterThan(8);
    expect(stats.nonWhite).toBeGreaterThan(0.01);
    const state = await page.evaluate(() =>
      (
        window as unknown as { viewer: { getLayoutState(): { mode: string; running: boolean } } }
      ).viewer.getLayoutState(),
    );
    expect(state).toMatchObject({ mode: "worker", running: false });
    // Labels do not overlap: every label drawn in the last frame has room of its own.
    const labels = await page.evaluate(() =>
      (
        window as unknown as {
          viewer: { getVisibleLabels(): Array<{ x: number; y: number; width: number; height: number }> };
        }
      ).viewer.getVisibleLabels(),
    );
    expect(labels.length).toBeGreaterThan(3);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
      }
    }
    expect(await page.locator(".vlv-legend [role=listitem]").count()).toBeGreaterThanOrEqual(5 + 3);
    expect(relevant(logs)).toEqual([]);
    await page.close();
  });

  it.skipIf(!hasChromium)(
    "should open the details panel with citations and badges when a node is clicked",
    async () => {
      pages["/click.html"] = viewerPage({ locale: "en", layout: "layered" });
      const { page } = await open("/click.html");
      const at = await page.evaluate(() =>
        (
          window as unknown as { viewer: { getNodeViewportPosition(k: string): { x: number; y: number } } }
        ).viewer.getNodeViewportPosition("toddlers"),
      );
      const box = (await page.locator(".vlv-stage").boundingBox())!;
      await page.mouse.click(box.x + at.x, box.y + at.y);
      await expect.poll(() => page.locator(".vlv-panel").isVisible()).toBe(true);
      expect(await page.locator(".vlv-panel h2").textContent()).toBe("Peuters op de opvang");
      expect(await page.locator(".vlv-panel .vlv-badge[data-status=reached]").count()).toBe(1);
      // 7 citations on incoming links + 2 on outgoing links of the fictional example.
      expect(await page.locator(".vlv-panel blockquote").count()).toBe(9);
      const events = await page.evaluate(() => (window as unknown as { __events: unknown[][] }).__events);
      expect(events).toContainEqual(["select", { type: "node", key: "toddlers" }]);
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator(".vlv-panel").isVisible()).toBe(false);
      await page.close();
    },
  );

  it.skipIf(!hasChromium)("should open the citations of a link when the link is clicked", async () => {
    pages["/edge.html"] = viewerPage(
      { locale: "en", layout: "layered" },
      'viewer.on("clickEdge", (e) => window.__events.push(["clickEdge", e]));',
    );
    const { page } = await open("/edge.html");
    type V = { viewer: { getNodeViewportPosition(k: string): { x: number; y: number } } };
    const [a, b] = await page.evaluate(() => [
      (window as unknown as V).viewer.getNodeViewportPosition("debt_help"),
      (window as unknown as V).viewer.getNodeViewportPosition("debt"),
    ]);
    const box = (await page.locator(".vlv-stage").boundingBox())!;
    await page.mouse.click(box.x + (a!.x + b!.x) / 2, box.y + (a!.y + b!.y) / 2);
    await expect
      .poll(() => page.locator(".vlv-panel h2").textContent())
      .toBe("Schuldhulp in de wijk → Problematische schulden");
    expect(await page.locator(".vlv-panel blockquote").textContent()).toBe(
      "Schuldhulp dichtbij werkt beter dan op het stadhuis.",
    );
    expect(await page.locator(".vlv-panel .vlv-meta").last().textContent()).toContain("role: professional");
    const events = await page.evaluate(() => (window as unknown as { __events: unknown[][] }).__events);
    expect(events).toContainEqual(["clickEdge", { edge: "debt_help->debt|causal_neg" }]);
    await page.close();
  });

  it.skipIf(!hasChromium)("should run the example page, laying the logic model out left to right", async () => {
    for (const [query, layout, nodes] of [
      ["", "force", 12],
      ["?network=logic-model", "layered", 8],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
      await page.goto(`${base}/examples/viewer/${query}`);
      await page.waitForFunction(() => "viewer" in window, null, { timeout: 60_000 });
      const state = await page.evaluate(async () => {
        const v = (window as unknown as { viewer: import("@verlicht/viewer").NetworkViewer }).viewer;
        await v.ready;
        return { layout: v.getLayoutState().layout, nodes: v.setFilter({}).nodes };
      });
      expect(state).toEqual({ layout, nodes });
      expect(pixelStats(await page.locator(".vlv-stage").screenshot()).nonWhite).toBeGreaterThan(0.01);
      if (layout === "layered") {
        const x = await page.evaluate(() =>
          ["uren", "aanbellen", "peuters", "start"].map(
            (k) =>
              (
                window as unknown as { viewer: import("@verlicht/viewer").NetworkViewer }
              ).viewer.getNodeViewportPosition(k)!.x,
          ),
        );
        expect([...x].sort((p, q) => p - q)).toEqual(x);
      }
      await page.close();
    }
  });

  it.skipIf(!hasChromium)("should hide edges below the minimum support and restore them", async () => {
    pages["/filter.html"] = viewerPage({ layout: "layered" });
    const { page } = await open("/filter.html");
    type V = { viewer: { setFilter(f: object): { nodes: number; edges: number } } };
    const all = await page.evaluate(() => (window as unknown as V).viewer.setFilter({}));
    expect(all).toEqual({ nodes: 12, edges: 14 });
    const before = pixelStats(await page.locator(".vlv-stage").screenshot()).nonWhite;
    const strong = await page.evaluate(() => (window as unknown as V).viewer.setFilter({ minSupport: 2 }));
    expect(strong.edges).toBe(4);
    const after = pixelStats(await page.locator(".vlv-stage").screenshot()).nonWhite;
    expect(after).toBeLessThan(before);
    const negative = await page.evaluate(() => (window as unknown as V).viewer.setFilter({ types: ["causal_neg"] }));
    expect(negative.edges).toBe(4);
    const list = await page.evaluate(() => {
      (document.querySelector(".vlv-list-toggle") as HTMLButtonElement).click();
      return document.querySelectorAll(".vlv-textlist li").length;
    });
    expect(list).toBe(negative.nodes);
    await page.close();
  });

  it.skipIf(!hasChromium)("should search, focus, highlight a path and export PNG and SVG", async () => {
    pages["/api.html"] = viewerPage({ layout: "layered", locale: "nl" });
    const { page, logs } = await open("/api.html");
    const result = await page.evaluate(async () => {
      const v = (window as unknown as { viewer: import("@verlicht/viewer").NetworkViewer }).viewer;
      const hits = v.search("peuter");
      v.focus("trust");
      v.highlightPath(["language", "trust", "toddlers"]);
      const png = await v.exportImage();
      const svg = v.exportSvg();
      let notFound = "";
      try {
        v.focus("nope");
      } catch (e) {
        notFound = (e as Error).name;
      }
      const bytes = new Uint8Array(await png.arrayBuffer());
      let binary = "";
      for (const b of bytes) binary += String.fromCharCode(b);
      return {
        hits: hits.map((h) => h.node),
        type: png.type,
        size: png.size,
        base64: btoa(binary),
        svg: svg.slice(0, 200),
        circles: (svg.match(/<circle/g) ?? []).length,
        notFound,
      };
    });
    expect(result.hits).toEqual(["toddlers", "trust"]);
    expect(result.type).toBe("image/png");
    expect(result.size).toBeGreaterThan(2000);
    // The exported PNG holds the drawing, not a blank (cleared) WebGL buffer.
    const exported = pixelStats(Buffer.from(result.base64, "base64"));
    expect(exported.colours).toBeGreaterThan(8);
    expect(exported.nonWhite).toBeGreaterThan(0.005);
    expect(result.svg).toContain("<svg");
    expect(result.circles).toBe(12);
    expect(result.notFound).toBe("NotFoundError");
    expect(await page.locator(".vlv-panel h2").textContent()).toBe("Vertrouwen in de peuteropvang");
    expect(relevant(logs)).toEqual([]);
    await page.close();
  });

  it.skipIf(!hasChromium)("should be usable by keyboard: search, text list and Escape", async () => {
    pages["/keys.html"] = viewerPage({ layout: "layered", locale: "nl" });
    const { page } = await open("/keys.html");
    await page.locator(".vlv-stage").focus();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("vlv-search");
    await page.keyboard.type("vertrouwen");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".vlv-panel h2").textContent()).toBe("Vertrouwen in de peuteropvang");
    expect(await page.locator(".vlv-panel h3").first().textContent()).toBe("Indicatoren");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".vlv-panel").isVisible()).toBe(false);
    await page.locator(".vlv-list-toggle").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator(".vlv-textlist li").count()).toBe(12);
    await page.locator(".vlv-textlist button[data-node=debt]").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".vlv-panel h2").textContent()).toBe("Problematische schulden");
    expect(await page.locator(".vlv-panel .vlv-badge[data-status=widening]").textContent()).toBe("groeit");
    await page.close();
  });

  it.skipIf(!hasChromium)("should show a clear error in the container for invalid input", async () => {
    pages["/bad.html"] = `<!doctype html><div id="c" style="width:600px;height:400px"></div><script type="module">
import { createNetworkViewer } from "/packages/viewer/dist/browser/verlicht-viewer.js";
const v = createNetworkViewer(document.getElementById("c"), { nodes: [{ key: "a" }], edges: "x" });
window.__messages = v.messages.map((m) => m.ruleId);
await v.ready; v.destroy(); v.destroy(); window.__ready = true;</script>`;
    pages["/bad2.html"] = pages["/bad.html"].replace("v.destroy(); v.destroy(); ", "");
    const { page } = await open("/bad2.html");
    expect(await page.locator(".vlv-error[role=alert]").isVisible()).toBe(true);
    expect(await page.locator(".vlv-error li").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages[0])).toBe(
      "invalid-network",
    );
    await page.close();
  });

  it.skipIf(!hasChromium)("should leave nothing behind and log no errors when destroyed twice", async () => {
    pages["/destroy.html"] = viewerPage({}, "");
    const { page, logs } = await open("/destroy.html");
    const left = await page.evaluate(() => {
      const v = (window as unknown as { viewer: { destroy(): void } }).viewer;
      v.destroy();
      v.destroy();
      return document.getElementById("c")!.children.length;
    });
    expect(left).toBe(0);
    await page.waitForTimeout(300);
    expect(relevant(logs)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    await page.close();
  });

  it.skipIf(!hasChromium)("should finish the layout on the main thread when a CSP blocks blob workers", async () => {
    pages["/csp.html"] = viewerPage({ layoutIterations: 150 });
    headers["/csp.html"] = {
      "content-security-policy":
        "default-src 'self'; script-src 'self' 'unsafe-inline'; worker-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'",
    };
    const { page } = await open("/csp.html");
    await page.waitForFunction(
      () => (window as unknown as { __events: unknown[][] }).__events.some((e) => e[0] === "layoutStop"),
      null,
      { timeout: 30_000 },
    );
    const state = await page.evaluate(() =>
      (window as unknown as { viewer: { getLayoutState(): object } }).viewer.getLayoutState(),
    );
    expect(state).toMatchObject({ mode: "main-thread", running: false });
    await page.close();
  });

  it.skipIf(!hasChromium)("should work from a file:// page with the bundle inlined and no network", async () => {
    const dir = mkdtempSync(join(tmpdir(), "verlicht-viewer-"));
    try {
      const code = readFileSync(bundle, "utf8").replace(/<\/script/gi, "<\\/script");
      const network = readFileSync(join(repo, "examples/viewer/network.json"), "utf8");
      const html = `<!doctype html><meta charset="utf-8"><div id="c" style="width:800px;height:500px"></div>
<script type="module">${code}</script>
<script type="module">
const v = globalThis.VerlichtViewer.createNetworkViewer(document.getElementById("c"), ${network}, { layoutIterations: 100 });
v.on("layoutStop", (e) => { window.__stop = e; });
await v.ready; window.__ready = true;</script>`;
      writeFileSync(join(dir, "offline.html"), html);
      const page = await browser.newPage();
      await page.route("**/*", (route) =>
        route.request().url().startsWith("file:") ? route.continue() : route.abort(),
      );
      await page.goto(pathToFileURL(join(dir, "offline.html")).href);
      await page.waitForFunction(() => (window as unknown as { __stop?: unknown }).__stop !== undefined, null, {
        timeout: 30_000,
      });
      const stats = pixelStats(await page.locator("#c").screenshot());
      expect(stats.nonWhite).toBeGreaterThan(0.01);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
