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
  nodesAndLinks: "{nodes} factors, {edges} links shown",
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
  nodesAndLinks: "{nodes} factoren, {edges} verbanden zichtbaar",
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
