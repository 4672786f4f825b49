import { defineCatalog, errorPrefix, type Locale, type MessageParams } from "@verlicht/core";
import { en, type ReviewStoreRuleId } from "../locales/en.js";
import { nl } from "../locales/nl.js";
import { type RecordsRuleId, recordsEn } from "../locales/records-en.js";
import { recordsNl } from "../locales/records-nl.js";

/** The message catalogue of `@verlicht/review` (source `review`), in English and Dutch. */
export const reviewMessages = defineCatalog<ReviewStoreRuleId | RecordsRuleId>("review", {
  en: { ...en, ...recordsEn },
  nl: { ...nl, ...recordsNl },
});

/** `@verlicht/review/<fn>: ` + the rule's wording, for thrown errors. @internal */
export function errorText(fn: string, ruleId: ReviewStoreRuleId, params?: MessageParams, locale?: Locale): string {
  return `${errorPrefix("review", fn)}${reviewMessages.format(ruleId, params ?? {}, locale)}`;
}
