import type { LocaleTable } from "@verlicht/core";
import type { QnaRuleId } from "../lib/rule-ids.js";

/** Nederlandse formulering van de meldingen van `@verlicht/qna`. */
export const nl: LocaleTable<QnaRuleId> = {
  "invalid-json": "Netwerk-JSON is niet te lezen: {detail}",
  "unsupported-graph": "Een aannamenetwerk heeft alleen gerichte verbanden; deze graaf heeft ongerichte verbanden",
  "invalid-network": "Netwerk kan niet worden opgebouwd: {detail}",
  "cyclic-network": {
    reason: ({ count, cycles }) =>
      `Het netwerk heeft ${count} ${count === 1 ? "terugkoppeling" : "terugkoppelingen"}, dus het is geen DAG: ${cycles}`,
    note: 'de adjustment sets van DAGitty vragen een netwerk zonder kringen: exporteer het deel met de kringen apart, of doorbreek de kringen (optie `onCycle: "break"`, CLI `--break-cycles`), waarbij de genoemde verbanden worden weggelaten',
  },
  "cycle-broken": "{edge} weggelaten om de kringen te doorbreken",
  "opposite-signs": {
    reason:
      "{from} -> {to} is met tegengestelde tekens gecodeerd ({types}); DAGitty kent geen tekens, dus één pijl staat voor beide",
    note: "bekijk het verband met `verlicht network loops` (dat noemt omstreden verbanden) voordat u adjustment sets leest",
  },
};
