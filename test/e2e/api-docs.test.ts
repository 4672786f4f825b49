// The API reference in docs/api/ is generated from the TSDoc by typedoc (typedoc.json, `pnpm docs:api`).
// This builds it again into a temporary folder and checks that every export is documented and that the
// committed reference is what the sources give (run `pnpm docs:api` and commit when it is not).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./cli-run.js";

const MINUTE = 60_000;
const committed = join(root, "docs", "api");
let out = "";
let log = "";
let code = -1;

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  return files;
}

describe("API reference (typedoc)", () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "verlicht-api-"));
    const typedoc = join(root, "node_modules", "typedoc", "bin", "typedoc");
    await new Promise<void>((resolve) => {
      execFile(
        process.execPath,
        [typedoc, "--out", out],
        { cwd: root, timeout: 20 * MINUTE, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } },
        (error, stdout, stderr) => {
          code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
          log = `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
          resolve();
        },
      );
    });
  }, 20 * MINUTE);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("should build", () => {
    expect(code, log).toBe(0);
    expect(existsSync(join(out, "README.md"))).toBe(true);
  });

  it("should find documentation on every export", () => {
    const missing = log.split("\n").filter((line) => line.includes("does not have any documentation"));
    expect(missing).toEqual([]);
  });

  it("should match the committed docs/api/ (else run `pnpm docs:api` and commit)", () => {
    expect(existsSync(committed), "docs/api/ is missing: run `pnpm docs:api`").toBe(true);
    const fresh = tree(out);
    const saved = tree(committed);
    expect([...saved.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [file, text] of fresh) expect(saved.get(file), `docs/api/${file} is out of date`).toBe(text);
  });
});
