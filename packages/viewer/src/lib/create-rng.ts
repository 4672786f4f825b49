/**
 * The seeded pseudo-random generator of `@verlicht/core` (the one of the toolkit), so start positions
 * and communities are the same on every run for the same seed.
 */
export { createRng } from "@verlicht/core";
