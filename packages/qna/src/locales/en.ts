import type { LocaleTable } from "@verlicht/core";
import type { QnaRuleId } from "../lib/rule-ids.js";

/** English wording of the messages of `@verlicht/qna`. */
export const en: LocaleTable<QnaRuleId> = {
  "invalid-json": "Network JSON does not parse: {detail}",
  "unsupported-graph": "An assumption network has directed edges only; this graph has undirected edges",
  "invalid-network": "Network cannot be rebuilt: {detail}",
  "cyclic-network": {
    reason: ({ count, cycles }) =>
      `The network has ${count} feedback loop${count === 1 ? "" : "s"}, so it is not a DAG: ${cycles}`,
    note: "DAGitty's adjustment sets need an acyclic graph: export the loops' part of the network separately, or break the loops (option `onCycle: \"break\"`, CLI `--break-cycles`), which leaves out the listed links",
  },
  "cycle-broken": "Left out {edge} to make the network acyclic",
  "opposite-signs": {
    reason: "{from} -> {to} is coded with opposite signs ({types}); DAGitty has no signs, so one arrow stands for both",
    note: "look at the link with `verlicht network loops` (it lists contested links) before reading adjustment sets",
  },
};
