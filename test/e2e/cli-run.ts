// Runs the `verlicht` CLI from its TypeScript sources (as `pnpm demo` does) in a child process, so the
// end-to-end tests see exactly what a user sees: stdout, stderr and the exit code.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The repository root. */
export const root = join(import.meta.dirname, "..", "..");
/** The fictional example project. */
export const example = join(root, "examples", "heerlen-noord");
const bin = join(root, "packages", "cli", "src", "bin.ts");
const tsx = import.meta.resolve("tsx");

/** The outcome of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `verlicht <args>` in `cwd` (default: a fresh temporary folder). */
export function verlicht(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=@verlicht/source", "--import", tsx, bin, ...args],
      {
        cwd: options.cwd ?? tempDir(),
        env: { ...process.env, VERLICHT_LANG: "en", ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "verlicht-e2e-"));
}

/** True when the text holds a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+(\(|:\d+:\d+)/.test(text);
}
