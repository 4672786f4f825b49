import type { GoalStatus } from "./dashboard-data.js";

/** Dutch and English names of the goal statuses. */
export const STATUS_TEXT: Record<GoalStatus, { nl: string; en: string }> = {
  reached: { nl: "bereikt", en: "reached" },
  closing: { nl: "kloof wordt kleiner", en: "gap closing" },
  stable: { nl: "stabiel", en: "stable" },
  widening: { nl: "kloof wordt groter", en: "gap widening" },
  "insufficient-data": { nl: "te weinig gegevens", en: "insufficient data" },
};

/** Colours of the goal statuses (colour-blind safe pairs, always shown with a text label too). */
export const STATUS_COLOUR: Record<GoalStatus, string> = {
  reached: "#1a7f37",
  closing: "#0a63b0",
  stable: "#9a6700",
  widening: "#cf222e",
  "insufficient-data": "#656d76",
};

/** Dutch and English names of the testability classes of an assumption. */
export const TESTABILITY_TEXT: Record<string, { nl: string; en: string }> = {
  testable: { nl: "toetsbaar", en: "testable" },
  partly: { nl: "deels toetsbaar", en: "partly testable" },
  untestable: { nl: "niet toetsbaar", en: "untestable" },
};

/** Dutch and English names of assessment results. */
export const RESULT_TEXT: Record<string, { nl: string; en: string }> = {
  consistent: { nl: "klopt met de cijfers", en: "consistent with the data" },
  inconsistent: { nl: "strijdig met de cijfers", en: "inconsistent with the data" },
  "no-change": { nl: "geen verandering", en: "no change" },
  "insufficient-data": { nl: "te weinig gegevens", en: "insufficient data" },
};

/** Dutch and English names of logic-model stages. */
export const STAGE_TEXT: Record<string, { nl: string; en: string }> = {
  resources: { nl: "Middelen", en: "Resources" },
  activities: { nl: "Activiteiten", en: "Activities" },
  outputs: { nl: "Prestaties", en: "Outputs" },
  effects: { nl: "Effecten", en: "Effects" },
};

/** Dutch and English names of node kinds. */
export const KIND_TEXT: Record<string, { nl: string; en: string }> = {
  intervention: { nl: "interventie", en: "intervention" },
  output: { nl: "prestatie", en: "output" },
  mechanism: { nl: "mechanisme", en: "mechanism" },
  outcome: { nl: "uitkomst", en: "outcome" },
  context: { nl: "context", en: "context" },
  goal: { nl: "doel", en: "goal" },
};

/** Colours of node kinds, shared by the fallback network drawing and the legend. */
export const KIND_COLOUR: Record<string, string> = {
  intervention: "#0969da",
  output: "#8250df",
  mechanism: "#bf8700",
  outcome: "#1a7f37",
  context: "#6e7781",
  goal: "#cf222e",
};

/** Dutch and English names of logic-model stage and step statuses (`evaluateLogicModel`). */
export const LOGIC_STATUS_TEXT: Record<string, { nl: string; en: string }> = {
  "as-planned": { nl: "volgens plan", en: "as planned" },
  "not-as-planned": { nl: "niet volgens plan", en: "not as planned" },
  "against-plan": { nl: "tegen het plan in", en: "against the plan" },
  broken: { nl: "keten onderbroken", en: "chain broken" },
  mixed: { nl: "gemengd", en: "mixed" },
  "not-started": { nl: "niet begonnen", en: "not started" },
  "no-change": { nl: "geen verandering", en: "no change" },
  "insufficient-data": { nl: "te weinig gegevens", en: "insufficient data" },
  unmonitored: { nl: "niet gemeten", en: "not monitored" },
};

/** Dutch and English names of the usual relation types (rock / psyverse codes). */
export const RELATION_TEXT: Record<string, { nl: string; en: string }> = {
  causal_pos: { nl: "leidt tot meer", en: "leads to more" },
  causal_influences_positive: { nl: "leidt tot meer", en: "leads to more" },
  causal_neg: { nl: "leidt tot minder", en: "leads to less" },
  causal_influences_negative: { nl: "leidt tot minder", en: "leads to less" },
  causal_unknown: { nl: "beïnvloedt (richting onbekend)", en: "influences (direction unknown)" },
  causal_influences_unknown: { nl: "beïnvloedt (richting onbekend)", en: "influences (direction unknown)" },
  structural: { nl: "is onderdeel van", en: "is part of" },
  correlational: { nl: "hangt samen met", en: "goes together with" },
};

/** Dutch and English names of usual respondent groups (roles); other groups are shown as written. */
export const GROUP_TEXT: Record<string, { nl: string; en: string }> = {
  bewoner: { nl: "bewoners", en: "residents" },
  bewoners: { nl: "bewoners", en: "residents" },
  professional: { nl: "professionals", en: "professionals" },
  professionals: { nl: "professionals", en: "professionals" },
  ouder: { nl: "ouders", en: "parents" },
  ouders: { nl: "ouders", en: "parents" },
  jongere: { nl: "jongeren", en: "young people" },
  jongeren: { nl: "jongeren", en: "young people" },
  beleid: { nl: "beleid", en: "policy" },
  beleidsmaker: { nl: "beleidsmakers", en: "policy makers" },
  vrijwilliger: { nl: "vrijwilligers", en: "volunteers" },
  ondernemer: { nl: "ondernemers", en: "entrepreneurs" },
  programma: { nl: "programma", en: "programme" },
};

/** Dutch and English names of the programme's themes (its programme lines). */
export const THEME_TEXT: Record<string, { nl: string; en: string }> = {
  wonen: { nl: "wonen", en: "housing" },
  werken: { nl: "werken", en: "work" },
  leren: { nl: "leren", en: "learning" },
  veiligheid: { nl: "veiligheid", en: "safety" },
  gezondheid: { nl: "gezondheid", en: "health" },
  demografie: { nl: "demografie", en: "demography" },
};
