import type { QnaEdgeAttributes, QnaNodeAttributes } from "./types.js";

/** How many quotes the XML exports carry per edge (GEXF and GraphML attributes are single values). */
export const EXPORT_QUOTES = 3;

/** Longest quote written into an XML attribute, in characters; longer quotes end with `…`. */
export const EXPORT_QUOTE_LENGTH = 300;

/** A typed attribute of an exported node or edge: name, XML schema type, and how to read it. */
export interface ExportAttribute<A> {
  /** Attribute name, as Gephi, yEd and networkx show it. */
  name: string;
  /** Type as GEXF spells it (`string`, `integer`, `double`); GraphML uses `string`, `int`, `double`. */
  type: "string" | "integer" | "double";
  /** The value, or null when the attribute is absent for this element (not written). */
  value(attrs: A): string | number | null;
}

function clip(text: string): string {
  return text.length > EXPORT_QUOTE_LENGTH ? `${text.slice(0, EXPORT_QUOTE_LENGTH - 1)}…` : text;
}

/** Node attributes of the XML exports. */
export const NODE_EXPORT_ATTRIBUTES: ReadonlyArray<ExportAttribute<QnaNodeAttributes>> = [
  { name: "label", type: "string", value: (a) => a.label },
  { name: "kind", type: "string", value: (a) => a.kind },
  { name: "codePath", type: "string", value: (a) => (a.codePath ?? []).join(">") },
  { name: "citations", type: "integer", value: (a) => a.support?.citations ?? 0 },
  { name: "sources", type: "integer", value: (a) => a.support?.sources ?? 0 },
  { name: "cases", type: "integer", value: (a) => a.support?.cases ?? 0 },
];

/**
 * Edge attributes of the XML exports: valence as a number (absent for non-causal links, so that a
 * reader never gets the string `"-1"`), the counts, the number of codings, and the first quotes.
 */
export const EDGE_EXPORT_ATTRIBUTES: ReadonlyArray<ExportAttribute<QnaEdgeAttributes>> = [
  { name: "type", type: "string", value: (a) => a.type },
  { name: "valence", type: "integer", value: (a) => a.valence },
  { name: "weight", type: "double", value: (a) => a.weight },
  { name: "citations", type: "integer", value: (a) => a.support.citations },
  { name: "sources", type: "integer", value: (a) => a.support.sources },
  { name: "cases", type: "integer", value: (a) => a.support.cases },
  { name: "codings", type: "integer", value: (a) => a.citations.length },
  { name: "coders", type: "integer", value: (a) => a.coders ?? null },
  ...Array.from({ length: EXPORT_QUOTES }, (_v, i) => ({
    name: `quote${i + 1}`,
    type: "string" as const,
    value: (a: QnaEdgeAttributes) => {
      const c = a.citations[i];
      return c ? clip(`${c.quote} (${c.sourceId}:${c.line})`) : null;
    },
  })),
];
