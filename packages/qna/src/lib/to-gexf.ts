import { escapeXml } from "./escape-markup.js";
import { EDGE_EXPORT_ATTRIBUTES, type ExportAttribute, NODE_EXPORT_ATTRIBUTES } from "./export-attributes.js";
import { compareKeys } from "./index-adjacency.js";
import type { QnaNetwork } from "./types.js";

function declare<A>(kind: "node" | "edge", attrs: ReadonlyArray<ExportAttribute<A>>): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...attrs.map((a) => `      <attribute id="${a.name}" title="${a.name}" type="${a.type}"/>`),
    "    </attributes>",
  ];
}

function values<A>(attrs: ReadonlyArray<ExportAttribute<A>>, of: A): string {
  const inner = attrs
    .map((a) => [a.name, a.value(of)] as const)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `<attvalue for="${k}" value="${escapeXml(String(v))}"/>`)
    .join("");
  return `<attvalues>${inner}</attvalues>`;
}

/**
 * Write the network as GEXF 1.3 for Gephi: nodes with label, kind, code path (joined with `>`) and
 * support; one edge per network edge (id = edge key, `kind` and label = type) with `weight` and typed
 * attributes: `valence` as an integer (absent for a non-causal link), the support counts, `codings`
 * (citations written), `coders`, and the first quotes with their source and line (`quote1`…; the CSV
 * export has them all).
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
    ...declare("node", NODE_EXPORT_ATTRIBUTES.slice(1)),
    ...declare("edge", EDGE_EXPORT_ATTRIBUTES),
    "    <nodes>",
  ];
  for (const node of network.nodes().sort(compareKeys)) {
    const a = network.getNodeAttributes(node);
    const v = values(NODE_EXPORT_ATTRIBUTES.slice(1), a);
    lines.push(`      <node id="${escapeXml(node)}" label="${escapeXml(a.label)}">${v}</node>`);
  }
  lines.push("    </nodes>", "    <edges>");
  for (const edge of network.edges().sort(compareKeys)) {
    const a = network.getEdgeAttributes(edge);
    const src = escapeXml(network.source(edge));
    const tgt = escapeXml(network.target(edge));
    const type = escapeXml(a.type);
    lines.push(
      `      <edge id="${escapeXml(edge)}" source="${src}" target="${tgt}" kind="${type}" label="${type}" weight="${a.weight}">${values(EDGE_EXPORT_ATTRIBUTES, a)}</edge>`,
    );
  }
  lines.push("    </edges>", "  </graph>", "</gexf>");
  return `${lines.join("\n")}\n`;
}
