import { type CsvValue, type CsvWriteOptions, writeCsv } from "@verlicht/core";
import { compareKeys } from "./index-adjacency.js";
import type { QnaNetwork } from "./types.js";

/**
 * Write a tidy edge list as CSV: one row per citation (coding), with the edge's columns repeated, so
 * that every link can be traced to its quotes in R, Excel or Causal Map. Columns: `edge, from, to,
 * type, valence, weight, support_citations, support_sources, support_cases, source_id, uid, line,
 * case_id, coder_id, quote`, then one `class_<name>` column per class instance and one `attr_<name>`
 * column per attribute seen (sorted). Rows follow the edges in key order, citations in input order.
 * Line endings are CRLF (RFC 4180); valence null is an empty field. Written by core's `writeCsv`: text
 * cells starting with `=`, `+`, `-` or `@` (a quote such as "-- ik weet het niet") get a `'` in front so a
 * spreadsheet shows them as text, unless `csv.guard` is `false`; numbers (valence `-1`) are never changed.
 *
 * @param network The network.
 * @param csv Options of core's `writeCsv` (the formula guard is on by default).
 * @returns CSV text.
 */
export function toEdgeCsv(network: QnaNetwork, csv?: Pick<CsvWriteOptions, "guard"> | null): string {
  const edges = network.edges().sort(compareKeys);
  const classNames = new Set<string>();
  const attrNames = new Set<string>();
  for (const edge of edges) {
    for (const c of network.getEdgeAttribute(edge, "citations")) {
      for (const k of Object.keys(c.classInstances)) classNames.add(k);
      for (const k of Object.keys(c.attributes ?? {})) attrNames.add(k);
    }
  }
  const classes = [...classNames].sort(compareKeys);
  const attrs = [...attrNames].sort(compareKeys);
  const header = [
    "edge",
    "from",
    "to",
    "type",
    "valence",
    "weight",
    "support_citations",
    "support_sources",
    "support_cases",
    "source_id",
    "uid",
    "line",
    "case_id",
    "coder_id",
    "quote",
    ...classes.map((c) => `class_${c}`),
    ...attrs.map((a) => `attr_${a}`),
  ];
  const rows: CsvValue[][] = [header];
  for (const edge of edges) {
    const a = network.getEdgeAttributes(edge);
    const head = [
      edge,
      network.source(edge),
      network.target(edge),
      a.type,
      a.valence,
      a.weight,
      a.support.citations,
      a.support.sources,
      a.support.cases,
    ];
    for (const c of a.citations) {
      const caseId = c.classInstances["cid"] ?? c.classInstances["caseId"];
      const row = [
        ...head,
        c.sourceId,
        c.uid,
        c.line,
        caseId,
        c.coderId ?? c.classInstances["coderId"],
        c.quote,
        ...classes.map((k) => c.classInstances[k]),
        ...attrs.map((k) => c.attributes?.[k]),
      ];
      rows.push(row);
    }
  }
  return writeCsv(rows, { eol: "\r\n", guard: csv?.guard ?? true });
}
