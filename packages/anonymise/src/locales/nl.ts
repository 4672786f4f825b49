import type { LocaleTable } from "@verlicht/core";
import type { AnonymiseRuleId } from "../lib/messages.js";

/** Nederlandse teksten van de meldingen van `@verlicht/anonymise`. */
export const nl: LocaleTable<AnonymiseRuleId> = {
  "review-span": {
    reason: 'Twijfelachtige {category}-vervanging "{text}" (zekerheid {confidence})',
    note: "Kijk dit na voordat je deelt: met `verlicht anonymise review` keur je het goed of af",
  },
};
