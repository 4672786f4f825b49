import type { Citation } from "@verlicht/core";

/** The group value of a citation: its speaker's attribute, else its class instance of that name. */
export function groupOf(citation: Citation, attribute: string): string | undefined {
  return citation.attributes?.[attribute] ?? citation.classInstances[attribute];
}
