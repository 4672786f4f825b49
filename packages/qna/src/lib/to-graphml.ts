import { escapeXml } from "./escape-markup.js";
import { EDGE_EXPORT_ATTRIBUTES, type ExportAttribute, NODE_EXPORT_ATTRIBUTES } from "./export-attributes.js";
import { compareKeys } from "./index-adjacency.js";
import type { QnaNetwork } from "./types.js";

const GRAPHML_TYPE = { string: "string", integer: "int", double: "double" } as const;

/** Key ids: node keys are prefixed `n_` and edge keys `e_`, so a node and an edge attribute may share a name. */
function keys<A>(on: "node" | "edge", attrs: ReadonlyArray<ExportAttribute<A>>): string[] {
  return attrs.map(
    (a) => `  <key id="${on[0]}_${a.name}" for="${on}" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>`,
  );
}

function data<A>(on: "node" | "edge", attrs: ReadonlyArray<ExportAttribute<A>>, of: A): string {
  return attrs
    .map((a) => [a.name, a.value(of)] as const)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `<data key="${on[0]}_${k}">${escapeXml(String(v))}</data>`)
    .join("");
}

/**
 * Write the network as GraphML (graphology-graphml only parses, so this is written here): directed,
 * parallel edges kept (edge id = edge key), typed keys: node label/kind/codePath/support counts, edge
 * type, `valence` as an int (absent for a non-causal link), weight, support counts, codings, coders and the
 * first quotes. Readable by Gephi, yEd, igraph, networkx and graphology-graphml.
 *
 * @param network The network.
 * @returns GraphML XML text.
 */
export function toGraphml(network: QnaNetwork): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys("node", NODE_EXPORT_ATTRIBUTES),
    ...keys("edge", EDGE_EXPORT_ATTRIBUTES),
    '  <graph id="G" edgedefault="directed" parse.nodeids="free" parse.edgeids="free">',
  ];
  for (const node of network.nodes().sort(compareKeys)) {
    const d = data("node", NODE_EXPORT_ATTRIBUTES, network.getNodeAttributes(node));
    lines.push(`    <node id="${escapeXml(node)}">${d}</node>`);
  }
  for (const edge of network.edges().sort(compareKeys)) {
    const d = data("edge", EDGE_EXPORT_ATTRIBUTES, network.getEdgeAttributes(edge));
    const src = escapeXml(network.source(edge));
    const tgt = escapeXml(network.target(edge));
    lines.push(`    <edge id="${escapeXml(edge)}" source="${src}" target="${tgt}">${d}</edge>`);
  }
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}
