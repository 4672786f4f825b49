// rock's own example files (GPL-3, not copied into our fixtures) must be written back byte for byte.
// They live in the shared folder (VERLICHT_SHARED, default /work/shared); the test is skipped without it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSource, serializeSource } from "../../src/index.js";

const root = join(process.env.VERLICHT_SHARED ?? "/work/shared", "data", "rock-examples");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(rock|dct|ya?ml)$/.test(name)) out.push(path);
  }
  return out;
}

describe.skipIf(!existsSync(root))("rock's example files", () => {
  it("should round-trip every example file byte for byte", () => {
    const files = walk(root);
    expect(files.length).toBeGreaterThanOrEqual(68);
    const different = files.filter((f) => {
      const text = readFileSync(f, "utf8");
      return serializeSource(parseSource(text).value) !== text;
    });
    expect(different).toEqual([]);
  });
});
if (!existsSync(root)) console.log(`skipped: ${root} not found (set VERLICHT_SHARED)`);
