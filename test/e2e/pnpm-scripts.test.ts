// The root scripts as a user types them. pnpm 12 passes a `--` on to the script (`pnpm demo -- --lang en`
// runs `node scripts/demo.mjs -- --lang en`); docs/getting-started.md writes it that way, and the shorter
// `pnpm demo --lang en` must do the same. Likewise `pnpm verlicht -- …` and `pnpm verlicht …`.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./cli-run.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function pnpm(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    // VERLICHT_LANG is cleared so that only --lang can pick English.
    const env = { ...process.env, VERLICHT_LANG: "" };
    execFile(
      "pnpm",
      args,
      { cwd: root, env, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

const work = mkdtempSync(join(tmpdir(), "verlicht-scripts-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const source = join(root, "packages", "rock", "test", "fixtures", "valid-basic", "input.rock");

describe("pnpm demo", () => {
  for (const [label, args] of [
    ["pnpm demo -- --lang en", ["demo", "--", "--lang", "en", "--out", join(work, "with-dashes")]],
    ["pnpm demo --lang en", ["demo", "--lang", "en", "--out", join(work, "without-dashes")]],
  ] as const) {
    it(`should run \`${label}\` in English and write the dashboard`, async () => {
      const out = args.at(-1)!;
      const run = await pnpm([...args]);
      expect(run.code, run.stderr).toBe(0);
      expect(existsSync(join(out, "index.html"))).toBe(true);
      // English output: the closing lines name the file with the English verb, never the Dutch one.
      expect(run.stdout).toContain(join(out, "index.html"));
      expect(run.stdout).toMatch(/\bwritten\b/);
      expect(run.stdout).not.toMatch(/\bgeschreven\b/);
    }, 300_000);
  }
});

describe("pnpm verlicht", () => {
  it("should take the arguments the same with and without `--`", async () => {
    const withDashes = await pnpm(["verlicht", "--", "--lang", "en", "--json", "rock", "stats", source]);
    const without = await pnpm(["verlicht", "--lang", "en", "--json", "rock", "stats", source]);
    expect(withDashes.code, withDashes.stderr).toBe(0);
    expect(without.code, without.stderr).toBe(0);
    const json = (run: Run) => JSON.parse(run.stdout.slice(run.stdout.indexOf("{")));
    expect(json(withDashes)).toEqual(json(without));
  }, 300_000);
});
