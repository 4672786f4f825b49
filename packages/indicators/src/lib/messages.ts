import { defineCatalog } from "@verlicht/core";
import { en } from "../locales/en.js";
import { nl } from "../locales/nl.js";

/** The message catalogue of `@verlicht/indicators`: every `ruleId` with its wording in English and Dutch. */
export const indicatorsMessages = defineCatalog<keyof typeof en>("indicators", { en, nl });

/** A rule id of this package. */
export type IndicatorsRuleId = keyof typeof en;
