import { emptyAesthetics } from "./collect-aesthetics.js";
import { quoteDot } from "./escape-markup.js";
import { compareKeys } from "./index-adjacency.js";
import type { QnaAesthetics, QnaNetwork } from "./types.js";

/**
 * Default edge style per valence, so a diagram shows signs without any `ROCK_aesthetics`: increases green,
 * decreases red with an open arrowhead, unknown sign grey dashed, non-causal links grey dotted.
 * `ROCK_aesthetics` rules override these.
 */
export const DOT_VALENCE_STYLE: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({
  "1": { color: "#1a7f37" },
  "-1": { color: "#c62828", arrowhead: "empty" },
  "0": { color: "#6e6e6e", style: "dashed" },
  null: { color: "#6e6e6e", style: "dotted" },
});
const VALENCE_STYLE = DOT_VALENCE_STYLE;

/** Options of {@link toDot}. */
export interface ToDotOptions {
  /** Styling to apply instead of the network's own `aesthetics` attribute (rock's `ROCK_aesthetics` shape). */
  aesthetics?: Partial<QnaAesthetics> | null | undefined;
  /** Graph name (default `network`). */
  name?: string | undefined;
}

function matches(pattern: unknown, ...values: string[]): boolean {
  if (typeof pattern !== "string") return false;
  if (pattern === "default") return true;
  try {
    const re = new RegExp(pattern);
    return values.some((v) => re.test(v));
  } catch {
    return values.includes(pattern);
  }
}

function styleOf(rules: ReadonlyArray<Record<string, unknown>>, ...values: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // rock applies `default` first, then each matching rule in order; later rules win.
  for (const rule of rules) if (rule["type"] === "default") Object.assign(out, rule);
  for (const rule of rules)
    if (rule["type"] !== "default" && matches(rule["type"], ...values)) Object.assign(out, rule);
  delete out["type"];
  delete out["valence"];
  return out;
}

function attrList(attrs: Record<string, unknown>): string {
  const parts = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && typeof v !== "object")
    .map(([k, v]) => `${k}=${typeof v === "number" ? v : quoteDot(String(v))}`);
  return parts.length ? ` [${parts.join(", ")}]` : "";
}

/**
 * Write the network as Graphviz DOT, styled as rock styles its QNA diagrams: `ROCK_aesthetics` /
 * `ROCK_network` rules (`type: default` for all, else a regular expression tested against the edge
 * type, or against the node id and label), `graph` attributes, `rank` constraints (`min`, `max`,
 * `source`, `sink`: regexes; `same`: a regex or a list of regexes, one rank group each), and the
 * coded weight as `penwidth`. Without rules, edges are coloured by valence ({@link DOT_VALENCE_STYLE}). One DOT edge per network edge (parallel types stay visible).
 *
 * @param network The network.
 * @param options See {@link ToDotOptions}.
 * @returns DOT text.
 */
export function toDot(network: QnaNetwork, options?: ToDotOptions | null): string {
  const own = network.getAttribute("aesthetics");
  const a: QnaAesthetics = { ...emptyAesthetics(), ...(own as Partial<QnaAesthetics>), ...options?.aesthetics };
  const lines = [`digraph ${quoteDot(options?.name ?? network.getAttribute("name") ?? "network")} {`];
  const graphAttrs = { rankdir: "LR", ...(a.graph as Record<string, unknown>) };
  for (const [k, v] of Object.entries(graphAttrs)) {
    if (v !== null && typeof v !== "object") lines.push(`  ${k}=${quoteDot(String(v))};`);
  }
  const nodes = network.nodes().sort(compareKeys);
  for (const node of nodes) {
    const attrs = network.getNodeAttributes(node);
    const style = styleOf(a.nodes as Array<Record<string, unknown>>, node, attrs.label);
    lines.push(`  ${quoteDot(node)}${attrList({ label: attrs.label, ...style })};`);
  }
  const rank = a.rank as Record<string, unknown>;
  for (const kind of ["min", "max", "source", "sink", "same"]) {
    const value = rank[kind];
    const patterns = Array.isArray(value) ? value : value === undefined ? [] : [value];
    const groups = kind === "same" ? patterns.map((p) => [p]) : patterns.length ? [patterns] : [];
    for (const group of groups) {
      const members = nodes.filter((n) => group.some((p) => typeof p === "string" && matches(p, n)));
      if (members.length) lines.push(`  { rank = ${kind}; ${members.map(quoteDot).join("; ")}; }`);
    }
  }
  const edges = network.edges().sort(compareKeys);
  for (const edge of edges) {
    const attrs = network.getEdgeAttributes(edge);
    const style = styleOf(a.edges as Array<Record<string, unknown>>, attrs.type);
    // Valence colours only where no ROCK_aesthetics rule styles the link: the author's styling wins whole.
    const byValence = Object.keys(style).length === 0 ? VALENCE_STYLE[String(attrs.valence)] : undefined;
    const base = { rel: attrs.type, penwidth: attrs.weight, ...byValence };
    lines.push(
      `  ${quoteDot(network.source(edge))} -> ${quoteDot(network.target(edge))}${attrList({ ...base, ...style })};`,
    );
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}
