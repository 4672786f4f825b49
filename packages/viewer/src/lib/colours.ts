import type { Valence } from "@verlicht/core";

/** Colours of edges by valence: positive green, negative red, unknown or non-causal grey. */
export const VALENCE_COLOURS = Object.freeze({ positive: "#2e7d32", negative: "#c62828", neutral: "#9e9e9e" });

/**
 * A palette of distinguishable categorical colours (Okabe–Ito, then Tableau-like extras),
 * readable for the common forms of colour blindness in its first eight entries.
 */
export const CATEGORY_PALETTE: ReadonlyArray<string> = Object.freeze([
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#56b4e9",
  "#d55e00",
  "#7f6d00",
  "#332288",
  "#88ccee",
  "#aa4499",
  "#44aa99",
  "#999933",
]);

/** Colour of nodes without a kind or community. */
export const UNKNOWN_COLOUR = "#8a8f98";

/**
 * The colour of an edge with this valence.
 *
 * @param valence +1, −1, 0 or null.
 * @returns A hex colour.
 */
export function valenceColour(valence: Valence | undefined): string {
  if (valence === 1) return VALENCE_COLOURS.positive;
  if (valence === -1) return VALENCE_COLOURS.negative;
  return VALENCE_COLOURS.neutral;
}

/**
 * Give each category a colour, in the order of first appearance after sorting, so the same
 * set of categories always gets the same colours.
 *
 * @param categories The category values (duplicates and null allowed).
 * @returns A map from category to colour; `null`/empty categories map to {@link UNKNOWN_COLOUR}.
 */
export function assignCategoryColours(categories: Iterable<string | null | undefined>): Map<string, string> {
  const distinct = [...new Set([...categories].filter((c): c is string => typeof c === "string" && c !== ""))].sort();
  const out = new Map<string, string>();
  distinct.forEach((c, i) => {
    out.set(c, CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]!);
  });
  out.set("", UNKNOWN_COLOUR);
  return out;
}

/**
 * Mix a colour towards white, for dimmed (faded) elements.
 *
 * @param hex A `#rrggbb` colour.
 * @param amount 0 keeps the colour, 1 gives white.
 * @returns The mixed `#rrggbb` colour.
 */
export function fadeColour(hex: string, amount: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return hex;
  const n = Number.parseInt(m[1]!, 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}
