import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/lib/run-cli.js";
import { capture } from "../helpers/capture.js";

const root = join(import.meta.dirname, "..", "..", "..", "..");
const registers = join(root, "examples", "heerlen-noord", "registers");
const broken = join(root, "packages", "registers", "test", "fixtures", "broken");

describe("verlicht registers", () => {
  it("should check the example registers cleanly", async () => {
    const io = capture();
    expect(await runCli(["--lang", "en", "registers", "check", registers], io)).toBe(0);
    expect(io.out).toContain("15 activities, 15 data collections: 0 error(s), 0 warning(s)");
  });

  it("should exit 2 on broken registers, naming the file, line and rule, without a stack trace", async () => {
    const io = capture();
    expect(await runCli(["--lang", "en", "registers", "check", broken], io)).toBe(2);
    expect(io.err).toMatch(/activiteiten\.yaml:13:\d+: error .*dl-bestaat-niet.*\[registers:unknown-collection\]/);
    expect(io.err).toMatch(/dataloket\.yaml:11:\d+: error .*\[registers:unknown-activity\]/);
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it("should report over-asking and duplicate collection (exit 1: findings), with thresholds as options", async () => {
    const io = capture();
    expect(
      await runCli(
        ["--json", "registers", "report", registers, "--today", "2025-06-01", "--partner", "Open Universiteit"],
        io,
      ),
    ).toBe(1);
    const report = JSON.parse(io.out);
    expect(
      report.activities.overAsked.some(
        (o: { group: string; area: string }) => o.group === "jonge ouders" && o.area === "WK091712",
      ),
    ).toBe(true);
    expect(report.collections.duplicates.map((d: { indicatorId: string }) => d.indicatorId)).toContain(
      "energy-poverty",
    );
    expect(report.access.granted).toContain("dl-huisbezoeken");
    const relaxed = capture();
    await runCli(
      [
        "--json",
        "registers",
        "report",
        registers,
        "--today",
        "2025-06-01",
        "--max-activities",
        "9",
        "--max-minutes",
        "9999",
      ],
      relaxed,
    );
    expect(JSON.parse(relaxed.out).activities.overAsked).toEqual([]);
  });

  it("should exit 2 on a bad option value", async () => {
    expect(await runCli(["registers", "report", registers, "--max-activities", "many"], capture())).toBe(2);
    expect(await runCli(["registers", "report", registers, "--today", "June"], capture())).toBe(2);
    expect(await runCli(["registers", "check", join(root, "docs")], capture())).toBe(2);
  });
});
