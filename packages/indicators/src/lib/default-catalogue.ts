import { GOALS, MISSION, THEMES } from "../model/goals.js";
import { INDICATORS } from "../model/indicators.js";
import type { Catalogue } from "./schemas.js";

/**
 * The shipped catalogue: the programme's mission, its 12 goals (verbatim), the four themes with their
 * lettered goals, and its indicators (the core set plus Bijlage 1). Frozen; copy it
 * (`structuredClone`) before changing it, or extend it with {@link parseCatalogue}.
 */
export const DEFAULT_CATALOGUE: Readonly<Catalogue> = Object.freeze({
  goals: GOALS.map((g) => Object.freeze({ ...g })),
  indicators: INDICATORS.map((i) => Object.freeze({ ...i })),
  themes: THEMES.map((t) => Object.freeze({ ...t })),
  mission: MISSION.text,
}) as Readonly<Catalogue>;
