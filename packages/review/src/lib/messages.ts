import { defineCatalog, errorPrefix, type Locale, type MessageParams } from "@verlicht/core";
import { en, type ReviewStoreRuleId } from "../locales/en.js";
import { nl } from "../locales/nl.js";

/** The message catalogue of `@verlicht/review` (source `review`), in English and Dutch. */
export const reviewMessages = defineCatalog<ReviewStoreRuleId>("review", { en, nl });

/** `@verlicht/review/<fn>: ` + the rule's wording, for thrown errors. @internal */
export function errorText(fn: string, ruleId: ReviewStoreRuleId, params?: MessageParams, locale?: Locale): string {
  return `${errorPrefix("review", fn)}${reviewMessages.format(ruleId, params ?? {}, locale)}`;
}
