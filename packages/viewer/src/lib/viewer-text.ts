import type { ViewerLocale } from "./default-options.js";

/** Keys of the interface texts. */
export type ViewerTextKey = keyof typeof EN;

const EN = {
  title: "Assumption network",
  search: "Search factors",
  minSupport: "Minimum support",
  textList: "Text list",
  resetView: "Reset view",
  close: "Close",
  legend: "Legend",
  positive: "positive link",
  negative: "negative link",
  neutral: "unknown sign or not causal",
  noKind: "no kind",
  community: "group",
  citations: "Citations",
  source: "source",
  case: "case",
  role: "role",
  line: "line",
  indicators: "Indicators",
  noIndicators: "No linked indicators",
  support: "support",
  sources: "sources",
  cases: "cases",
  kind: "kind",
  type: "type",
  links: "links",
  outgoing: "leads to",
  incoming: "is influenced by",
  errorTitle: "This network cannot be shown",
  noWebgl:
    "This browser cannot draw the network (WebGL is not available). The text list below still shows all factors and links.",
  layoutRunning: "Arranging the network…",
  layoutDone: "Layout finished",
  nodesAndLinks: "{nodes}, {edges} shown",
  factor_one: "{count} factor",
  factor_other: "{count} factors",
  link_one: "{count} link",
  link_other: "{count} links",
  result_one: "1 factor matches",
  keyboardHelp:
    "Keys: arrows move, + and − zoom, 0 resets, / searches, Escape closes the panel. Tab reaches the text list.",
  noResults: "No factor matches",
  results: "{count} factors match",
  status_reached: "reached",
  status_closing: "closing",
  status_stable: "stable",
  status_widening: "widening",
  "status_insufficient-data": "insufficient data",
} as const;

const NL: Record<ViewerTextKey, string> = {
  title: "Netwerk van veronderstellingen",
  search: "Zoek factoren",
  minSupport: "Minimale steun",
  textList: "Tekstlijst",
  resetView: "Beeld herstellen",
  close: "Sluiten",
  legend: "Legenda",
  positive: "positief verband",
  negative: "negatief verband",
  neutral: "onbekend teken of niet causaal",
  noKind: "geen soort",
  community: "groep",
  citations: "Citaten",
  source: "bron",
  case: "casus",
  role: "rol",
  line: "regel",
  indicators: "Indicatoren",
  noIndicators: "Geen gekoppelde indicatoren",
  support: "steun",
  sources: "bronnen",
  cases: "casussen",
  kind: "soort",
  type: "type",
  links: "verbanden",
  outgoing: "leidt tot",
  incoming: "wordt beïnvloed door",
  errorTitle: "Dit netwerk kan niet worden getoond",
  noWebgl:
    "Deze browser kan het netwerk niet tekenen (WebGL ontbreekt). De tekstlijst hieronder toont nog wel alle factoren en verbanden.",
  layoutRunning: "Netwerk wordt geordend…",
  layoutDone: "Ordening klaar",
  nodesAndLinks: "{nodes}, {edges} zichtbaar",
  factor_one: "{count} factor",
  factor_other: "{count} factoren",
  link_one: "{count} verband",
  link_other: "{count} verbanden",
  result_one: "1 factor gevonden",
  keyboardHelp:
    "Toetsen: pijlen verschuiven, + en − zoomen, 0 herstelt, / zoekt, Escape sluit het paneel. Met Tab bereikt u de tekstlijst.",
  noResults: "Geen factor gevonden",
  results: "{count} factoren gevonden",
  status_reached: "bereikt",
  status_closing: "verkleint",
  status_stable: "stabiel",
  status_widening: "groeit",
  "status_insufficient-data": "onvoldoende gegevens",
};

/** The interface texts of the viewer in Dutch and English. */
export const VIEWER_TEXTS: Readonly<Record<ViewerLocale, Readonly<Record<ViewerTextKey, string>>>> = Object.freeze({
  en: EN,
  nl: NL,
});

/**
 * An interface text in the given language, with `{name}` placeholders filled in.
 *
 * @param locale `nl` or `en`.
 * @param key The text's key.
 * @param values Values for the placeholders.
 * @returns The text.
 */
export function viewerText(locale: ViewerLocale, key: ViewerTextKey, values?: Record<string, string | number>): string {
  const template = VIEWER_TEXTS[locale][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** Names of the usual construct kinds and logic-model stages; other kinds are shown as written. */
const KIND_NAMES: Readonly<Record<ViewerLocale, Readonly<Record<string, string>>>> = {
  en: {},
  nl: {
    context: "context",
    goal: "doel",
    intervention: "interventie",
    mechanism: "mechanisme",
    outcome: "uitkomst",
    output: "prestatie",
    resources: "middelen",
    activities: "activiteiten",
    outputs: "prestaties",
    effects: "effecten",
  },
};

/**
 * The display name of a construct kind in the interface language, or the kind itself when unknown.
 *
 * @param locale `nl` or `en`.
 * @param kind The kind as written in the network (e.g. `intervention`).
 * @returns The name to show.
 */
export function kindName(locale: ViewerLocale, kind: string): string {
  return KIND_NAMES[locale][kind] ?? kind;
}

/** Human names of the usual relation types (rock/psyverse); other types are shown with spaces for underscores. */
const RELATION_NAMES: Readonly<Record<ViewerLocale, Readonly<Record<string, string>>>> = {
  en: {
    causal_pos: "leads to more",
    causal_influences_positive: "leads to more",
    causal_neg: "leads to less",
    causal_influences_negative: "leads to less",
    causal_unknown: "influences (direction unknown)",
    causal_influences_unknown: "influences (direction unknown)",
    structural: "is part of",
    correlational: "goes together with",
  },
  nl: {
    causal_pos: "leidt tot meer",
    causal_influences_positive: "leidt tot meer",
    causal_neg: "leidt tot minder",
    causal_influences_negative: "leidt tot minder",
    causal_unknown: "beïnvloedt (richting onbekend)",
    causal_influences_unknown: "beïnvloedt (richting onbekend)",
    structural: "is onderdeel van",
    correlational: "hangt samen met",
  },
};

/**
 * The human name of a relation type in the interface language (`causal_pos` → "leads to more"); unknown types
 * are shown as written, with spaces for underscores.
 *
 * @param locale `nl` or `en`.
 * @param type The relation type as coded.
 * @returns The name to show.
 */
export function relationName(locale: ViewerLocale, type: string): string {
  return RELATION_NAMES[locale][type] ?? type.replace(/_/g, " ");
}

/**
 * A counted noun in the interface language: `factor` or `link` with the right plural ("1 link", "2 links").
 *
 * @param locale `nl` or `en`.
 * @param noun `factor` or `link`.
 * @param count The number.
 */
export function viewerCount(locale: ViewerLocale, noun: "factor" | "link", count: number): string {
  return viewerText(locale, `${noun}_${count === 1 ? "one" : "other"}`, { count });
}
