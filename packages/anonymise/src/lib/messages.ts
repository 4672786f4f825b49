import { defineCatalog } from "@verlicht/core";
import { en } from "../locales/en.js";
import { nl } from "../locales/nl.js";

/** Rule ids of the messages of `@verlicht/anonymise`. */
export type AnonymiseRuleId = "review-span";

/** The message catalogue of `@verlicht/anonymise`: rule ids and their wording in Dutch and English. */
export const anonymiseMessages = defineCatalog<AnonymiseRuleId>("anonymise", { en, nl });
