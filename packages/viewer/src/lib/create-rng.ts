/**
 * A small seeded pseudo-random generator (mulberry32), so start positions and communities
 * are the same on every run for the same seed.
 *
 * @param seed Any number; equal seeds give equal sequences.
 * @returns A function returning numbers in [0, 1).
 */
export function createRng(seed: number): () => number {
  let a = Math.floor(seed * 2654435761) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
