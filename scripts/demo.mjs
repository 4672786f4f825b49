// `pnpm demo` = `verlicht demo`: runs the whole chain on the FICTIONAL example project
// examples/heerlen-noord and writes the dashboard to out/demo/index.html (pass `--out <dir>` to change it).
// It runs the CLI from its TypeScript sources (the `@verlicht/source` export condition + tsx), so it works
// right after `pnpm install`, without a build. Extra arguments go to `verlicht demo`; `pnpm demo --lang en`
// and `pnpm demo -- --lang en` are the same (see cli-args.mjs).
//
// The dashboard inlines the viewer's self-contained browser bundle (`@verlicht/viewer/browser`); when that
// bundle has not been built yet (a fresh clone), the dashboard package builds it from the viewer's sources
// itself (readViewerBundle), so nothing needs bundling here.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { userArgs } from "./cli-args.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = fileURLToPath(new URL("../packages/cli/src/bin.ts", import.meta.url));
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
  { stdio: "inherit", cwd: process.env.INIT_CWD ?? root },
);
if (run.error) console.error(`verlicht demo: ${run.error.message}`);
process.exitCode = run.status ?? 1;
