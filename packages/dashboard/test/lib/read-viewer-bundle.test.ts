import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildFromSources, readViewerBundle } from "../../src/lib/read-viewer-bundle.js";

const viewerDir = dirname(fileURLToPath(import.meta.resolve("@verlicht/viewer/package.json")));
const tmp = mkdtempSync(join(tmpdir(), "verlicht-bundle-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the viewer bundle", () => {
  it("should build the real viewer from its sources when no bundle exists", () => {
    const out = join(tmp, "verlicht-viewer.js");
    expect(buildFromSources(viewerDir, out)).toBeNull();
    const code = readFileSync(out, "utf8");
    expect(code).toMatch(/createNetworkViewer/);
    // Self-contained: no bare imports left.
    expect(code).not.toMatch(/\bfrom\s*["'](sigma|graphology)/);
  });

  it("should say why when there are no sources to build from", () => {
    expect(buildFromSources(tmp, join(tmp, "x.js"))).toMatch(/no sources/);
    expect(existsSync(join(tmp, "x.js"))).toBe(false);
  });

  it("should find or build the installed viewer's bundle", () => {
    const bundle = readViewerBundle();
    expect(bundle.code).toMatch(/createNetworkViewer/);
  });
});
