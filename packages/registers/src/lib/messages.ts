import { defineCatalog } from "@verlicht/core";
import { en } from "../locales/en.js";
import { nl } from "../locales/nl.js";

/** The message catalogue of `@verlicht/registers`: every `ruleId` with its wording in English and Dutch. */
export const registersMessages = defineCatalog<keyof typeof en>("registers", { en, nl });

/** A rule id of this package. */
export type RegistersRuleId = keyof typeof en;
