import type { Label } from "../lib/schemas.js";

/** One of the existing dashboards the report's Bijlage 1 names (items 1–4) as a source. */
export interface ExistingDashboard {
  /** Stable id, used as `source.dashboard` of an indicator. */
  id: string;
  /** Its item number in Bijlage 1. */
  bijlage1: number;
  /** Its name as the report gives it. */
  name: Label;
  /** Goals whose indicators it already shows. */
  goals: readonly string[];
}

/** The four existing dashboards of Bijlage 1, named as the report names them. */
export const DASHBOARDS: readonly ExistingDashboard[] = [
  {
    id: "verhuizingendashboard",
    bijlage1: 1,
    name: { nl: "Verhuizingendashboard", en: "Relocations dashboard" },
    goals: ["goal01", "goal03"],
  },
  {
    id: "bijstandsmonitor",
    bijlage1: 2,
    name: { nl: "Bijstandsmonitor", en: "Social assistance monitor" },
    goals: ["goal04"],
  },
  {
    id: "dashboard-schooladviezen",
    bijlage1: 3,
    name: { nl: "Dashboard schooladviezen", en: "School advice dashboard" },
    goals: ["goal07"],
  },
  {
    id: "dashboard-onderwijsachterstanden",
    bijlage1: 4,
    name: { nl: "Dashboard onderwijsachterstanden", en: "Educational disadvantage dashboard" },
    goals: ["goal06", "goal07"],
  },
];
