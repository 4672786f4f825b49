import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the viewer bundle was looked for, and what was found. */
export interface ViewerBundle {
  /** The bundle's JavaScript, or null when no bundle exists and none could be built. */
  code: string | null;
  /** The file it was read from (or would have been). */
  file: string | null;
  /** True when the bundle was built just now from the viewer's sources. */
  built?: boolean | undefined;
  /** Why there is no bundle, when there is none. */
  reason?: string | undefined;
}

/**
 * Read the self-contained browser bundle of the installed `@verlicht/viewer` (its `./browser` subpath export) so
 * the dashboard can inline it. In a source checkout where the bundle was not built yet, it is built once from the
 * viewer's sources (`src/browser.ts`) with the esbuild that the build tools bring, into the place the viewer's own
 * build writes it. Returns `{code: null, reason}` only when the viewer is not installed or cannot be built; the
 * dashboard then says in red, in the network's place, that the viewer is missing (it never draws a lesser network).
 * The environment variable `VERLICHT_VIEWER_BUNDLE` may name another bundle file, which is used first.
 */
export function readViewerBundle(): ViewerBundle {
  const override = process.env["VERLICHT_VIEWER_BUNDLE"];
  if (override && existsSync(override)) return { code: readFileSync(override, "utf8"), file: override };
  let manifestPath: string;
  try {
    manifestPath = fileURLToPath(import.meta.resolve("@verlicht/viewer/package.json"));
  } catch {
    return { code: null, file: null, reason: "@verlicht/viewer is not installed" };
  }
  const dir = dirname(manifestPath);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { exports?: Record<string, unknown> };
  const target = manifest.exports?.["./browser"];
  const candidates = collectTargets(target).filter((f) => /\.m?js$/.test(f));
  if (candidates.length === 0) {
    return { code: null, file: null, reason: "@verlicht/viewer has no ./browser export with a .js file" };
  }
  for (const rel of candidates) {
    const file = join(dir, rel);
    if (existsSync(file)) return { code: readFileSync(file, "utf8"), file };
  }
  const file = join(dir, candidates[0] ?? "");
  const built = buildFromSources(dir, file);
  if (built === null) return { code: readFileSync(file, "utf8"), file, built: true };
  return {
    code: null,
    file,
    reason: `the viewer's browser bundle is not built and could not be built here (${built})`,
  };
}

/**
 * Bundle the viewer's `<dir>/src/browser.ts` into `outfile` with esbuild (found through tsup); returns null on
 * success, else why not. Used by {@link readViewerBundle}; exported for its test.
 */
export function buildFromSources(dir: string, outfile: string): string | null {
  const entry = join(dir, "src", "browser.ts");
  if (!existsSync(entry)) return "no sources next to the installed package; run `pnpm --filter @verlicht/viewer build`";
  let esbuild: { buildSync(options: Record<string, unknown>): unknown };
  try {
    const fromViewer = createRequire(join(dir, "package.json"));
    const tsup = fromViewer.resolve("tsup/package.json");
    esbuild = createRequire(tsup)("esbuild") as typeof esbuild;
  } catch {
    return "esbuild (from tsup) is not installed";
  }
  try {
    esbuild.buildSync({
      entryPoints: [entry],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2020",
      minify: true,
      conditions: ["@verlicht/source"],
      define: { "process.env.NODE_ENV": '"production"' },
      outfile,
      logLevel: "silent",
    });
    return existsSync(outfile) ? null : "the build wrote no file";
  } catch (error) {
    return (error as Error).message.split("\n")[0] ?? "the build failed";
  }
}

function collectTargets(target: unknown): string[] {
  if (typeof target === "string") return [target];
  if (target && typeof target === "object") {
    return Object.entries(target as Record<string, unknown>)
      .filter(([key]) => key !== "types")
      .flatMap(([, value]) => collectTargets(value));
  }
  return [];
}
