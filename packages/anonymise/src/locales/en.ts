import type { LocaleTable } from "@verlicht/core";
import type { AnonymiseRuleId } from "../lib/messages.js";

/** English wording of the messages of `@verlicht/anonymise`. */
export const en: LocaleTable<AnonymiseRuleId> = {
  "review-span": {
    reason: 'Uncertain {category} span "{text}" (confidence {confidence})',
    note: "Check it before release: run `verlicht anonymise review` to accept or reject it",
  },
};
