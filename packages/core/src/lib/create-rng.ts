/**
 * The one seeded pseudo-random generator of VERLICHT: mulberry32 over a 32-bit hash of the seed
 * (FNV-1a of the seed's text, then the splitmix32/murmur3 finaliser so that nearby seeds such as 1
 * and 2 start far apart). The same seed gives the same sequence on every machine and in every
 * package: qna's communities, the viewer's layout and review's simulations and tie-breaks use it.
 * Not for cryptography.
 *
 * @param seed Any number or text; equal seeds (`1` and `"1"` included) give equal sequences.
 * @returns A function returning numbers in [0, 1).
 * @example
 * ```ts
 * import { createRng } from "@verlicht/core";
 * const a = createRng(42);
 * const b = createRng(42);
 * console.log(a() === b()); // true
 * ```
 */
export function createRng(seed: number | string): () => number {
  const text = String(seed);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h >>>= 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  let s = (h ^ (h >>> 16)) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
