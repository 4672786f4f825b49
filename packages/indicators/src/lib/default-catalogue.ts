import { GOALS } from "../model/goals.js";
import { INDICATORS } from "../model/indicators.js";
import type { Catalogue } from "./schemas.js";

/**
 * The shipped catalogue: the programme's 12 goals and its core indicators. Frozen; copy it
 * (`structuredClone`) before changing it, or extend it with {@link parseCatalogue}.
 */
export const DEFAULT_CATALOGUE: Readonly<Catalogue> = Object.freeze({
  goals: GOALS.map((g) => Object.freeze({ ...g })),
  indicators: INDICATORS.map((i) => Object.freeze({ ...i })),
}) as Readonly<Catalogue>;
