// `verlicht demo` in a fresh clone: its default output sits in `out/`, which does not exist yet there.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/lib/run-cli.js";
import { capture } from "../helpers/capture.js";

const dir = mkdtempSync(join(tmpdir(), "verlicht-demo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("verlicht demo", () => {
  it("should make the missing parent of its output folder and write the dashboard", async () => {
    const out = join(dir, "out", "demo");
    const io = capture();
    expect(await runCli(["--lang", "en", "demo", "--out", out], io)).toBe(0);
    expect(existsSync(join(out, "index.html"))).toBe(true);
  }, 180_000);
});
