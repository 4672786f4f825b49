import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Workspace packages resolve to their TypeScript sources through this export condition,
// so tests need no build. (The dist smoke test in test/e2e checks the built output.)
const SOURCE = "@verlicht/source";

// Absolute paths, so `pnpm exec vitest` also works when started inside packages/<name>.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const packages = readdirSync(here("./packages"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(here(`./packages/${d.name}/package.json`)))
  .map((d) => d.name);

const projects: TestProjectInlineConfiguration[] = packages.map((name) => ({
  extends: true,
  test: {
    name,
    root: here(`./packages/${name}/`),
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.browser.test.ts", "test/fixtures/**"],
  },
}));

// Root-level suites: end-to-end (CLI on temp folders, dist smoke test) and real-browser tests
// (playwright-core driving Debian's Chromium; they skip with a notice when no Chromium exists).
projects.push({
  extends: true,
  test: {
    name: "e2e",
    root: here("./"),
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
// Fuzz suite (fast-check): bounded runs with a fixed seed here; `pnpm fuzz` sets FUZZ_RUNS for a long run.
// Timing properties measure CPU time, so these files run one at a time.
projects.push({
  extends: true,
  test: {
    name: "fuzz",
    root: here("./"),
    include: ["test/fuzz/**/*.test.ts"],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
projects.push({
  extends: true,
  test: {
    name: "browser",
    root: here("./"),
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

export default defineConfig({
  resolve: { conditions: [SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions] } },
  test: {
    projects,
    passWithNoTests: true,
    // CI reads the JSON report to print a plain "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: here("./.vitest-results.json") }]],
  },
});
