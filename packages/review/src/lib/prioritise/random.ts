import { createRng } from "@verlicht/core";

/**
 * The seeded generator of `@verlicht/core` (the one of the toolkit), so that a simulation with the same
 * seed draws the same priors and breaks ties the same way on every machine.
 */
export function createRandom(seed: number): () => number {
  return createRng(Math.trunc(seed));
}

/** A uniformly drawn element index below `n`. */
export function drawIndex(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}
