import { defineCatalog } from "@verlicht/core";
import { en } from "../locales/en.js";
import { nl } from "../locales/nl.js";

/** The message catalogue of `@verlicht/qna`: rule ids and their wording in Dutch and English. */
export const qnaMessages = defineCatalog("qna", { en, nl });
