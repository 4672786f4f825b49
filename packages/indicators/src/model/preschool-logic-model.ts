import type { LogicModel } from "../lib/schemas.js";

/**
 * The programme's worked example of an intervention logic model: more toddlers to pre-school
 * (peuteropvang) through plus-workers. Plus-workers' hours (resources) → doorbell conversations with
 * young parents (activities) → toddlers attending pre-school (outputs) → child development (effects),
 * with the mechanisms residents named. The quotes are FICTIONAL illustrations of those mechanisms.
 */
export const PRESCHOOL_LOGIC_MODEL: LogicModel = {
  id: "preschool-plus-workers",
  name: {
    nl: "Meer peuters naar de peuteropvang via pluswerkers",
    en: "More toddlers to pre-school through plus-workers",
  },
  intervention: "plusWorkers",
  area: "HLN-NOORD",
  goals: ["goal01"],
  stages: [
    {
      id: "resources",
      kind: "resources",
      label: { nl: "Uren pluswerkers", en: "Plus-workers' hours" },
      construct: "plusWorkers",
      indicators: [{ indicatorId: "plus-worker-hours", planned: "increase" }],
    },
    {
      id: "activities",
      kind: "activities",
      label: { nl: "Aanbelgesprekken met jonge ouders", en: "Doorbell conversations with young parents" },
      construct: "doorbellConversations",
      indicators: [{ indicatorId: "doorbell-conversations", planned: "increase" }],
    },
    {
      id: "outputs",
      kind: "outputs",
      label: { nl: "Peuters naar de peuteropvang", en: "Toddlers attending pre-school" },
      construct: "preschoolAttendance",
      indicators: [{ indicatorId: "preschool-attendance", planned: "increase" }],
    },
    {
      id: "effects",
      kind: "effects",
      label: { nl: "Ontwikkeling van kinderen", en: "Child development" },
      construct: "childDevelopment",
      indicators: [{ indicatorId: "language-delay", planned: "decrease" }],
    },
  ],
  steps: [
    {
      from: "resources",
      to: "activities",
      mechanisms: [
        {
          id: "shared-language",
          label: { nl: "Dezelfde taal spreken", en: "Speaking the same language" },
          construct: "sharedLanguage",
          valence: 1,
          quotes: [{ text: "Ik spreek de taal, dus ze doen de deur wel open.", role: "professional" }],
          edges: [{ source: "sharedLanguage", target: "doorbellConversations" }],
        },
        {
          id: "fear-of-doorbell",
          label: { nl: "Aanbellen is eng", en: "Ringing a doorbell is scary" },
          construct: "fearOfDoorbell",
          valence: -1,
          quotes: [
            { text: "Eerst deed ik niet open; als er onverwacht wordt aangebeld, is dat eng.", role: "bewoner" },
          ],
          edges: [{ source: "fearOfDoorbell", target: "doorbellConversations" }],
        },
      ],
    },
    {
      from: "activities",
      to: "outputs",
      mechanisms: [
        {
          id: "trust",
          label: { nl: "Vertrouwen in de juf van de peuteropvang", en: "Trust in the lady from the pre-school" },
          construct: "trustInProfessionals",
          valence: 1,
          quotes: [{ text: "Ik vertrouw de juf van de peuteropvang, zij kwam gewoon bij ons thuis.", role: "bewoner" }],
          edges: [{ source: "trustInProfessionals", target: "preschoolAttendance" }],
        },
      ],
    },
    { from: "outputs", to: "effects", mechanisms: [] },
  ],
};
