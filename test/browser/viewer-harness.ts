// Shared harness of the viewer's browser tests: a 127.0.0.1 server over the repository (plus pages made by a
// test), Debian's Chromium through playwright-core, and the viewer bundle built when it is missing.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { chromiumPath } from "./chromium.js";

/** The repository root. */
export const repo = fileURLToPath(new URL("../../", import.meta.url));
/** The viewer's self-contained browser bundle. */
export const bundle = join(repo, "packages/viewer/dist/browser/verlicht-viewer.js");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };

/** Launch arguments for software WebGL in headless Chromium (see the toolchain note). */
export const webglArgs = [
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
];

/** Build the viewer bundle (tsup) when it is not there. */
export function ensureBundle(): void {
  if (existsSync(bundle)) return;
  const tsup = join(repo, "node_modules/tsup/dist/cli-default.js");
  const run = spawnSync(process.execPath, [tsup], { cwd: join(repo, "packages/viewer"), stdio: "inherit" });
  if (run.status !== 0) throw new Error("building the viewer bundle failed");
}

/** A running server and browser; `pages` maps a path to HTML served at it. */
export interface Harness {
  base: string;
  browser: Browser;
  pages: Record<string, string>;
  close(): Promise<void>;
}

/** Start the server and the browser. */
export async function startHarness(): Promise<Harness> {
  ensureBundle();
  const pages: Record<string, string> = {};
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname.replace(/\/$/, "/index.html");
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    if (pages[path] !== undefined) {
      res.writeHead(200, { "content-type": "text/html" }).end(pages[path]);
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
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: webglArgs });
  return {
    base,
    browser,
    pages,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** A page that fills the viewport with one viewer on the given network file and options. */
export function fullPage(networkPath: string, options: object): string {
  return `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<body style="margin:0"><div id="c" style="width:100vw;height:100vh"></div>
<script type="module">
import { createNetworkViewer } from "/packages/viewer/dist/browser/verlicht-viewer.js";
const network = await fetch(${JSON.stringify(networkPath)}).then((r) => r.json());
const viewer = createNetworkViewer(document.getElementById("c"), network, ${JSON.stringify(options)});
window.viewer = viewer;
window.__stopped = false;
viewer.on("layoutStop", () => { window.__stopped = true; });
await viewer.ready;
if (viewer.getLayoutState().layout !== "force") window.__stopped = true;
window.__ready = true;
</script>`;
}

/** Box on screen. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Count label–label and label–node overlaps and labels outside the canvas; and the drawing's bounding box. */
export function measureLabels(
  labels: ReadonlyArray<Box & { key: string; crossings: number }>,
  discs: ReadonlyArray<{ key: string; x: number; y: number; size: number }>,
  canvas: { width: number; height: number },
): { labelLabel: number; labelNode: number; outside: number; crossings: number; bboxShare: { x: number; y: number } } {
  let labelLabel = 0;
  let labelNode = 0;
  let outside = 0;
  let crossings = 0;
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    crossings += a.crossings;
    if (a.x < 0 || a.y < 0 || a.x + a.width > canvas.width || a.y + a.height > canvas.height) outside++;
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) labelLabel++;
    }
    for (const d of discs) {
      const cx = Math.max(a.x, Math.min(d.x, a.x + a.width));
      const cy = Math.max(a.y, Math.min(d.y, a.y + a.height));
      if ((cx - d.x) ** 2 + (cy - d.y) ** 2 < d.size * d.size) labelNode++;
    }
  }
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const d of discs) {
    minX = Math.min(minX, d.x - d.size);
    maxX = Math.max(maxX, d.x + d.size);
    minY = Math.min(minY, d.y - d.size);
    maxY = Math.max(maxY, d.y + d.size);
  }
  for (const l of labels) {
    minX = Math.min(minX, l.x);
    maxX = Math.max(maxX, l.x + l.width);
    minY = Math.min(minY, l.y);
    maxY = Math.max(maxY, l.y + l.height);
  }
  return {
    labelLabel,
    labelNode,
    outside,
    crossings,
    bboxShare: { x: (maxX - minX) / canvas.width, y: (maxY - minY) / canvas.height },
  };
}
