import type { SerializedNetwork } from "@verlicht/core";

/** One search hit. */
export interface SearchHit {
  /** The node key. */
  node: string;
  /** The node label. */
  label: string;
  /** 0 = the label equals the query, 1 = a word starts with it, 2 = it occurs inside. */
  rank: number;
}

/**
 * Normalise text for searching: lower case, without diacritics (ë → e), spaces collapsed.
 *
 * @param text Any text.
 * @returns The normalised text.
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Find nodes whose label (or key) contains the text, ignoring case and diacritics;
 * best matches first (exact, then word start, then inside), then by label.
 *
 * @param network The network.
 * @param text What to look for; empty text finds nothing.
 * @returns The hits, best first.
 */
export function searchNodes(network: Pick<SerializedNetwork, "nodes">, text: string): SearchHit[] {
  const query = normaliseSearchText(text);
  if (query === "") return [];
  const hits: SearchHit[] = [];
  for (const node of network.nodes) {
    const label = node.attributes.label;
    let best = Number.POSITIVE_INFINITY;
    for (const candidate of [label, node.key]) {
      const n = normaliseSearchText(candidate);
      const at = n.indexOf(query);
      if (at < 0) continue;
      const rank = n === query ? 0 : at === 0 || /[^\p{L}\p{N}]/u.test(n[at - 1]!) ? 1 : 2;
      best = Math.min(best, rank);
    }
    if (best < Number.POSITIVE_INFINITY) hits.push({ node: node.key, label, rank: best });
  }
  return hits.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label) || a.node.localeCompare(b.node));
}
