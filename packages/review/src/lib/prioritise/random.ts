/**
 * A small seeded pseudo-random generator (mulberry32 over a splitmix32-scrambled seed), so that a
 * simulation with the same seed draws the same priors and breaks ties the same way on every machine.
 */
export function createRandom(seed: number): () => number {
  let s = Math.trunc(seed) >>> 0;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
  s = (s ^ (s >>> 16)) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniformly drawn element index below `n`. */
export function drawIndex(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}
