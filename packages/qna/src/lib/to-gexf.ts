import { escapeXml } from "./escape-markup.js";
import { compareKeys } from "./index-adjacency.js";
import type { QnaNetwork } from "./types.js";

const NODE_ATTRS = [
  ["kind", "string"],
  ["codePath", "string"],
  ["citations", "integer"],
  ["sources", "integer"],
  ["cases", "integer"],
] as const;
const EDGE_ATTRS = [
  ["type", "string"],
  ["valence", "string"],
  ["citations", "integer"],
  ["sources", "integer"],
  ["cases", "integer"],
] as const;

function declare(kind: "node" | "edge", attrs: ReadonlyArray<readonly [string, string]>): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...attrs.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    "    </attributes>",
  ];
}

function values(pairs: Array<[string, string | number]>): string {
  const inner = pairs.map(([k, v]) => `<attvalue for="${k}" value="${escapeXml(String(v))}"/>`).join("");
  return `<attvalues>${inner}</attvalues>`;
}

/**
 * Write the network as GEXF 1.3 for Gephi: nodes with label, kind, code path (joined with `>`) and
 * support; one edge per network edge (id = edge key, `kind` and label = type) with `weight`,
 * valence (`1`, `-1`, `0` or empty) and support. Citations are not written (use the CSV export).
 *
 * @param network The network.
 * @returns GEXF XML text.
 */
export function toGexf(network: QnaNetwork): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>@verlicht/qna</creator><description>${escapeXml(network.getAttribute("name") ?? "assumption network")}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare("node", NODE_ATTRS),
    ...declare("edge", EDGE_ATTRS),
    "    <nodes>",
  ];
  for (const node of network.nodes().sort(compareKeys)) {
    const a = network.getNodeAttributes(node);
    const v = values([
      ["kind", a.kind ?? ""],
      ["codePath", (a.codePath ?? []).join(">")],
      ["citations", a.support?.citations ?? 0],
      ["sources", a.support?.sources ?? 0],
      ["cases", a.support?.cases ?? 0],
    ]);
    lines.push(`      <node id="${escapeXml(node)}" label="${escapeXml(a.label)}">${v}</node>`);
  }
  lines.push("    </nodes>", "    <edges>");
  for (const edge of network.edges().sort(compareKeys)) {
    const a = network.getEdgeAttributes(edge);
    const v = values([
      ["type", a.type],
      ["valence", a.valence === null ? "" : a.valence],
      ["citations", a.support.citations],
      ["sources", a.support.sources],
      ["cases", a.support.cases],
    ]);
    const src = escapeXml(network.source(edge));
    const tgt = escapeXml(network.target(edge));
    const type = escapeXml(a.type);
    lines.push(
      `      <edge id="${escapeXml(edge)}" source="${src}" target="${tgt}" kind="${type}" label="${type}" weight="${a.weight}">${v}</edge>`,
    );
  }
  lines.push("    </edges>", "  </graph>", "</gexf>");
  return `${lines.join("\n")}\n`;
}
