// Shared helpers of the real-browser tests: where Debian's Chromium is, how to launch it, and the visible
// skip notice when it is absent. In CI (`VERLICHT_REQUIRE_BROWSER=1`, set by .ci/run) a missing Chromium fails.
import { existsSync } from "node:fs";

/** Path of the Chromium binary (override with CHROMIUM_PATH). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that make headless Chromium work on a closed network as root (see toolchain.md §4). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** True when the browser tests can run here. */
export const hasChromium = existsSync(chromiumPath);

/** Call at the top of a browser test file: prints a visible notice when skipping, throws in CI. */
export function browserSkipNotice(suite: string): boolean {
  if (hasChromium) return false;
  if (process.env.VERLICHT_REQUIRE_BROWSER === "1") {
    throw new Error(`${suite}: Chromium not found at ${chromiumPath}; CI requires the browser tests to run`);
  }
  console.warn(`\n*** SKIPPED ${suite}: no Chromium at ${chromiumPath} (apt-get install -y chromium) ***\n`);
  return true;
}
