// `verlicht demo` on the FICTIONAL example project: it must exit 0, write a self-contained dashboard and say
// where it is, within the 60 s budget of a fresh clone (measured here from the TypeScript sources).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasStackTrace, tempDir, verlicht } from "./cli-run.js";

describe("verlicht demo", () => {
  it("should write the dashboard with all 12 goals and the network, and print where it is, in under 60 s", async () => {
    const dir = tempDir();
    const started = Date.now();
    const run = await verlicht(["demo", "--out", "site"], { cwd: dir });
    const seconds = (Date.now() - started) / 1000;
    expect(run.code, run.stderr).toBe(0);
    expect(hasStackTrace(run.stderr)).toBe(false);
    const file = join(dir, "site", "index.html");
    expect(run.stdout).toContain(file);
    const html = readFileSync(file, "utf8");
    expect(html.match(/class="goal-card"/g)?.length).toBe(12);
    const network = JSON.parse(
      /<script type="application\/json" id="network-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "null",
    );
    expect(network.nodes.length).toBeGreaterThan(20);
    expect(network.edges.length).toBeGreaterThan(20);
    // Self-contained: nothing is fetched from the network.
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(https?:)?\/\//);
    // Intermediate results sit next to the dashboard, the sealed key outside the dashboard folder.
    expect(existsSync(join(dir, "site-work", "network.json"))).toBe(true);
    expect(readdirSync(join(dir, "site")).filter((f) => /key|sealed/.test(f))).toEqual([]);
    expect(seconds).toBeLessThan(60);
  });

  it("should print machine-readable results with --json", async () => {
    const dir = tempDir();
    const run = await verlicht(["--json", "demo", "--out", "site"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.slice(run.stdout.indexOf("{")));
    expect(result.dashboard).toBe(join(dir, "site", "index.html"));
    // Possible leaks are listed for review, each with the coded file and line.
    for (const leak of result.leaks)
      expect(leak).toEqual(expect.objectContaining({ file: expect.any(String), line: expect.any(Number) }));
  });
});
