// `pnpm verlicht …` = the `verlicht` command run from its TypeScript sources (the `@verlicht/source` export
// condition + tsx), so it works right after `pnpm install`, without a build. `pnpm verlicht -- …` works too
// (see cli-args.mjs). Relative paths are read from the folder pnpm was started in, as with an installed
// `verlicht`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { userArgs } from "./cli-args.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = fileURLToPath(new URL("../packages/cli/src/bin.ts", import.meta.url));
const run = spawnSync(
  process.execPath,
  ["--conditions=@verlicht/source", "--import", import.meta.resolve("tsx"), bin, ...userArgs(process.argv.slice(2))],
  { stdio: "inherit", cwd: process.env.INIT_CWD ?? root },
);
if (run.error) console.error(`verlicht: ${run.error.message}`);
process.exitCode = run.status ?? 1;
