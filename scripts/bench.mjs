// Run every benchmark under test/bench/ (files named *.bench.ts, or *.bench.mjs) one after another,
// from the TypeScript sources (tsx with the @verlicht/source condition), and pass their figure lines through.
// Usage: pnpm bench [filter]   e.g. `pnpm bench rock` runs only files whose name contains "rock".
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dirname, "..", "test", "bench");
const filter = process.argv[2] ?? "";
const files = readdirSync(dir)
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f) && f.includes(filter))
  .sort();
if (files.length === 0) console.log(`no benchmarks match "${filter}"`);
let failed = 0;
for (const file of files) {
  console.log(`# ${file}`);
  const run = spawnSync(process.execPath, ["--conditions=@verlicht/source", "--import", "tsx", join(dir, file)], {
    stdio: "inherit",
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true" },
  });
  if (run.status !== 0) {
    failed++;
    console.log(`# ${file} failed with exit code ${run.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
