// `pnpm demo` = `verlicht demo`: runs the whole chain on the FICTIONAL example project
// examples/heerlen-noord and writes the dashboard to out/demo/index.html (pass `--out <dir>` to change it).
// It runs the CLI from its TypeScript sources (the `@verlicht/source` export condition + tsx), so it works
// right after `pnpm install`, without a build. Extra arguments go to `verlicht demo`; `pnpm demo --lang en`
// and `pnpm demo -- --lang en` are the same (see cli-args.mjs).
//
// The dashboard inlines the viewer's self-contained browser bundle (`@verlicht/viewer/browser`). When that
// bundle has not been built yet (a fresh clone), this script bundles the viewer's sources once with the
// esbuild that tsup brings (about 1 s) into out/.cache/ and hands it to the CLI through
// VERLICHT_VIEWER_BUNDLE. If that fails, the dashboard draws the network with its own simple canvas drawing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { userArgs } from "./cli-args.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = fileURLToPath(new URL("../packages/cli/src/bin.ts", import.meta.url));
const env = { ...process.env };

const built = fileURLToPath(new URL("../packages/viewer/dist/browser/verlicht-viewer.js", import.meta.url));
const source = fileURLToPath(new URL("../packages/viewer/src/browser.ts", import.meta.url));
if (!env.VERLICHT_VIEWER_BUNDLE && !existsSync(built) && existsSync(source)) {
  const outfile = fileURLToPath(new URL("../out/.cache/verlicht-viewer.js", import.meta.url));
  try {
    const esbuild = createRequire(createRequire(import.meta.url).resolve("tsup/package.json"))("esbuild");
    await esbuild.build({
      entryPoints: [source],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2020",
      minify: true,
      conditions: ["@verlicht/source"],
      define: { "process.env.NODE_ENV": '"production"' },
      outfile,
      logLevel: "error",
    });
    env.VERLICHT_VIEWER_BUNDLE = outfile;
  } catch (error) {
    console.warn(`verlicht demo: could not bundle the viewer (${error.message}); the network gets a simple drawing`);
  }
}

const run = spawnSync(
  process.execPath,
  [
    "--conditions=@verlicht/source",
    "--import",
    import.meta.resolve("tsx"),
    bin,
    "demo",
    ...userArgs(process.argv.slice(2)),
  ],
  { stdio: "inherit", cwd: process.env.INIT_CWD ?? root, env },
);
if (run.error) console.error(`verlicht demo: ${run.error.message}`);
process.exitCode = run.status ?? 1;
