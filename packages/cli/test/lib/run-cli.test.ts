import { describe, expect, it } from "vitest";
import { runCli } from "../../src/lib/run-cli.js";
import { capture } from "../helpers/capture.js";

describe("runCli", () => {
  it("should exit 0 on --help and print the commands", async () => {
    const io = capture();
    expect(await runCli(["--help"], io)).toBe(0);
    for (const command of [
      "anonymise",
      "rock",
      "network",
      "indicators",
      "assumptions",
      "registers",
      "review",
      "dashboard",
      "demo",
    ]) {
      expect(io.out).toContain(command);
    }
  });

  it("should exit 2 on an unknown command or option", async () => {
    expect(await runCli(["frobnicate"], capture())).toBe(2);
    expect(await runCli(["rock", "validate", "--frob"], capture())).toBe(2);
  });

  it("should exit 2 with the file named when an input file is missing, and print no stack trace", async () => {
    const io = capture();
    expect(await runCli(["--lang", "en", "rock", "validate", "missing-file.rock"], io)).toBe(2);
    expect(io.err).toContain("missing-file.rock");
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it("should exit 2 when a number option is not a number", async () => {
    const io = capture();
    expect(await runCli(["network", "loops", "x.json", "--max-length", "zero"], io)).toBe(2);
  });
});
