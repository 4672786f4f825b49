import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the viewer bundle was looked for, and what was found. */
export interface ViewerBundle {
  /** The bundle's JavaScript, or null when no built bundle exists. */
  code: string | null;
  /** The file it was read from (or would have been). */
  file: string | null;
  /** Why there is no bundle, when there is none. */
  reason?: string | undefined;
}

/**
 * Read the self-contained browser bundle of `@verlicht/viewer` (its `./browser` subpath export) so the
 * dashboard can inline it. Returns `{code: null, reason}` when the viewer is not installed or its bundle was
 * not built yet (`pnpm --filter @verlicht/viewer build`); the dashboard then draws the network itself.
 * The environment variable `VERLICHT_VIEWER_BUNDLE` may name another bundle file, which is used first
 * (`pnpm demo` sets it to a bundle made from the viewer's sources when the package is not built).
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
  return {
    code: null,
    file: join(dir, candidates[0] ?? ""),
    reason: "the viewer's browser bundle is not built (run `pnpm --filter @verlicht/viewer build`)",
  };
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
