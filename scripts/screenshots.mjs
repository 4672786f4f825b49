// Screenshots for docs/viewer.md and docs/dashboard.md: the FICTIONAL example network (examples/viewer) and the
// demo dashboard (`verlicht demo`), in Dutch and English, at 1400×900 and 390×844, in Debian's Chromium
// (playwright-core). Writes PNGs to docs/images/. Run: node scripts/screenshots.mjs [--out <dir>]
// Needs the viewer bundle (built here when missing) and /usr/bin/chromium (or CHROMIUM_PATH).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const outIndex = process.argv.indexOf("--out");
const out = outIndex > 0 ? process.argv[outIndex + 1] : join(root, "docs/images");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  console.error(`screenshots: no Chromium at ${chromiumPath} (apt-get install -y chromium)`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const bundle = join(root, "packages/viewer/dist/browser/verlicht-viewer.js");
if (!existsSync(bundle)) {
  const tsup = join(root, "node_modules/tsup/dist/cli-default.js");
  const run = spawnSync(process.execPath, [tsup], { cwd: join(root, "packages/viewer"), stdio: "inherit" });
  if (run.status !== 0) process.exit(1);
}

// The demo dashboard, written into a temporary folder.
const work = mkdtempSync(join(tmpdir(), "verlicht-shots-"));
const demo = spawnSync(
  process.execPath,
  [
    "--conditions=@verlicht/source",
    "--import",
    import.meta.resolve("tsx"),
    join(root, "packages/cli/src/bin.ts"),
    "demo",
    "--out",
    join(work, "site"),
  ],
  { cwd: root, encoding: "utf8" },
);
if (demo.status !== 0) {
  console.error(demo.stderr);
  process.exit(1);
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };
const server = createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://x").pathname.replace(/\/$/, "/index.html");
  let body;
  try {
    body = readFileSync(join(root, decodeURIComponent(path)));
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    "--no-sandbox",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--disable-component-update",
  ],
});
const sizes = [
  ["desktop", 1400, 900],
  ["phone", 390, 844],
];
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const written = [];
try {
  for (const lang of ["nl", "en"]) {
    for (const [name, width, height] of sizes) {
      // The example network, filling the window.
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${base}/examples/viewer/index.html?lang=${lang}&fill=1`);
      await page.waitForFunction(() => window.__stopped === true, null, { timeout: 90_000 });
      await settle(page);
      const file = join(out, `viewer-${lang}-${name}.png`);
      await page.screenshot({ path: file });
      written.push(file);
      await page.close();
      // The dashboard: front page and network section.
      const dash = await browser.newPage({ viewport: { width, height } });
      await dash.addInitScript((l) => localStorage.setItem("verlicht-lang", l), lang);
      await dash.goto(`file://${join(work, "site", "index.html")}`);
      await dash.waitForFunction(() => window.__dashboard?.ready === true);
      const front = join(out, `dashboard-${lang}-${name}.png`);
      await dash.screenshot({ path: front });
      written.push(front);
      await dash.click('nav a[href="#netwerk"]');
      await dash.waitForFunction(() => window.__dashboard?.viewer?.getLayoutState?.().running === false, null, {
        timeout: 90_000,
      });
      await settle(dash);
      await dash.locator("#network").scrollIntoViewIfNeeded();
      const net = join(out, `dashboard-network-${lang}-${name}.png`);
      await dash.screenshot({ path: net });
      written.push(net);
      await dash.close();
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
for (const f of written) console.log(f);
