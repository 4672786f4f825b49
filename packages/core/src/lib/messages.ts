import { en } from "../locales/en.js";
import { nl } from "../locales/nl.js";
import { defineCatalog } from "./locale.js";

/** The rule ids of the messages `@verlicht/core` itself emits (network and CSV reading). */
export type CoreRuleId = keyof typeof en;

/** The message catalogue of `@verlicht/core` (source `core`), in English and Dutch. */
export const coreMessages = defineCatalog<CoreRuleId>("core", { en, nl });
