import { escapeXml } from "./escape-markup.js";
import { compareKeys } from "./index-adjacency.js";
import type { QnaNetwork } from "./types.js";

const KEYS = [
  ["label", "node", "string"],
  ["kind", "node", "string"],
  ["codePath", "node", "string"],
  ["n_citations", "node", "int"],
  ["n_sources", "node", "int"],
  ["n_cases", "node", "int"],
  ["type", "edge", "string"],
  ["valence", "edge", "string"],
  ["weight", "edge", "double"],
  ["citations", "edge", "int"],
  ["sources", "edge", "int"],
  ["cases", "edge", "int"],
] as const;

function data(pairs: Array<[string, string | number]>): string {
  return pairs.map(([k, v]) => `<data key="${k}">${escapeXml(String(v))}</data>`).join("");
}

/**
 * Write the network as GraphML (graphology-graphml only parses, so this is written here): directed,
 * parallel edges kept (edge id = edge key), node keys label/kind/codePath/support counts, edge keys
 * type/valence/weight/support counts. Readable by Gephi, yEd, igraph, networkx and graphology-graphml.
 *
 * @param network The network.
 * @returns GraphML XML text.
 */
export function toGraphml(network: QnaNetwork): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(([id, on, type]) => {
      const name = id.replace(/^n_/, "");
      return `  <key id="${id}" for="${on}" attr.name="${name}" attr.type="${type}"/>`;
    }),
    '  <graph id="G" edgedefault="directed" parse.nodeids="free" parse.edgeids="free">',
  ];
  for (const node of network.nodes().sort(compareKeys)) {
    const a = network.getNodeAttributes(node);
    const d = data([
      ["label", a.label],
      ["kind", a.kind ?? ""],
      ["codePath", (a.codePath ?? []).join(">")],
      ["n_citations", a.support?.citations ?? 0],
      ["n_sources", a.support?.sources ?? 0],
      ["n_cases", a.support?.cases ?? 0],
    ]);
    lines.push(`    <node id="${escapeXml(node)}">${d}</node>`);
  }
  for (const edge of network.edges().sort(compareKeys)) {
    const a = network.getEdgeAttributes(edge);
    const d = data([
      ["type", a.type],
      ["valence", a.valence === null ? "" : a.valence],
      ["weight", a.weight],
      ["citations", a.support.citations],
      ["sources", a.support.sources],
      ["cases", a.support.cases],
    ]);
    const src = escapeXml(network.source(edge));
    const tgt = escapeXml(network.target(edge));
    lines.push(`    <edge id="${escapeXml(edge)}" source="${src}" target="${tgt}">${d}</edge>`);
  }
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}
