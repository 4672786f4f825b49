/**
 * Shared output format of the benchmarks under test/bench/: one line per figure,
 * `figure <bench>/<name> = <value> <unit>` plus the anchor to beat when there is one.
 * `pnpm bench` runs every `*.bench.ts` file and passes these lines through.
 */
export function reportFigure(
  name: string,
  value: number,
  unit: string,
  anchor?: { value: number | string; label: string } | null,
): void {
  const shown = Number.isInteger(value) ? String(value) : value.toPrecision(4);
  const tail = anchor ? `  (anchor: ${anchor.label} ${anchor.value})` : "";
  console.log(`figure ${name} = ${shown} ${unit}${tail}`);
}

/** Print a visible notice and leave when benchmark data is absent (e.g. no ../shared in a user's clone). */
export function skipBench(name: string, reason: string): void {
  console.log(`skip ${name}: ${reason}`);
}

/** Time a function once, in milliseconds. */
export async function timeMs<T>(fn: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}
