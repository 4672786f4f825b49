// Shared settings of the fuzz suite. In `pnpm test` every property runs a bounded number of times with a
// fixed seed (reproducible; a failure prints the counterexample). `pnpm fuzz` sets FUZZ_RUNS (and may set
// FUZZ_SEED) for a long run.
import fc from "fast-check";

/** Runs per property: small in `pnpm test`, large in `pnpm fuzz`. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** The seed: fixed unless FUZZ_SEED says otherwise. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
/** Per-test timeout that grows with the number of runs. */
export const TIMEOUT = 60_000 + RUNS * 40;

/** fast-check parameters for a property with `factor` × the usual cost. */
export const params = (factor = 1): fc.Parameters<unknown> => ({
  seed: SEED,
  numRuns: Math.max(5, Math.round(RUNS / factor)),
  endOnFailure: true,
});

/**
 * Text shaped like a file of some format: lines made of the format's own tokens mixed with arbitrary
 * (also non-ASCII and control) characters, so the fuzzer reaches the parser's branches.
 */
export function textOf(tokens: ReadonlyArray<string>, maxParts = 60): fc.Arbitrary<string> {
  const part = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...tokens) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
    { weight: 2, arbitrary: fc.constantFrom("\n", "\r\n", "\r", "\t", " ", "  ", "\u00a0", "\ufeff", "\u0000") },
  );
  return fc.array(part, { maxLength: maxParts }).map((parts) => parts.join(""));
}

const cpuMs = (fn: () => void): number => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};

/** Median CPU time (ms) of `runs` calls. */
export function medianCpuMs(fn: () => void, runs = 5): number {
  const times = Array.from({ length: runs }, () => cpuMs(fn)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

/** CPU time under which a doubling is not judged: too short to measure on a loaded machine. */
export const FLOOR_MS = Number(process.env.FUZZ_FLOOR_MS ?? 30);

/**
 * Does `parse` take roughly linear time on `make(n)`? Compares the median CPU time at n and 2n: the longer
 * input may take at most 3× as long, unless it stays under {@link FLOOR_MS}. A shared, loaded machine makes
 * single measurements noisy, so a failing comparison is measured again (up to 3 times): a truly
 * super-linear parser fails every time.
 */
export function scalesLinearly(parse: (text: string) => unknown, make: (n: number) => string, n: number) {
  const small = make(n);
  const large = make(2 * n);
  parse(small); // warm up
  let last = { ok: false, small: 0, large: 0, length: large.length };
  for (let attempt = 0; attempt < 3; attempt++) {
    const a = medianCpuMs(() => parse(small));
    const b = medianCpuMs(() => parse(large));
    last = { ok: b < FLOOR_MS || b <= 3 * Math.max(a, FLOOR_MS / 3), small: a, large: b, length: large.length };
    if (last.ok) return last;
  }
  return last;
}

/**
 * A repeated-shape input family p + c×n + s from fuzzed pieces: the shape of most catastrophic inputs
 * (a prefix that opens a construct, a long run of one piece, a suffix that makes the match fail).
 */
export function repeatedShape(tokens: ReadonlyArray<string>): fc.Arbitrary<{ p: string; c: string; s: string }> {
  const piece = fc.oneof(fc.constantFrom(...tokens), fc.string({ minLength: 1, maxLength: 4 }));
  return fc.record({
    p: fc.array(piece, { maxLength: 3 }).map((x) => x.join("")),
    c: fc.array(piece, { minLength: 1, maxLength: 2 }).map((x) => x.join("")),
    s: fc.array(piece, { maxLength: 3 }).map((x) => x.join("")),
  });
}

/** Repeat count so that the repeated piece is about `chars` characters long. */
export const countFor = (c: string, chars: number) => Math.max(1, Math.ceil(chars / Math.max(1, c.length)));
