/** Escape text for XML content and attribute values: core's `escapeMarkup`, the one escaper of the toolkit. */
export { escapeMarkup as escapeXml } from "@verlicht/core";

/** Quote a string as a Graphviz / DAGitty double-quoted id. */
export function quoteDot(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}
