import { describe, expect, it } from "vitest";
import { DashboardDataSchema } from "../../src/lib/dashboard-data.js";
import { renderDashboard } from "../../src/lib/render-dashboard.js";

// Fictional registers data, in the shape the CLI builds from @verlicht/registers.
const registers = {
  period: { from: "2025", to: "2025" },
  thresholds: { maxActivities: 3, maxMinutesPerYear: 240 },
  activities: [
    {
      id: "a1",
      name: { nl: "Huisbezoeken <b>", en: "Home visits" },
      kind: "intervention",
      runBy: "Welzijn",
      targetGroups: ["jonge ouders"],
      areas: ["WK091712"],
      period: { from: "2025" },
    },
  ],
  overAsked: [
    {
      of: "residents",
      group: "jonge ouders",
      area: "WK091712",
      activities: ["a1"],
      minutesPerYear: 600,
      reasons: ["minutes"],
    },
  ],
  overlaps: [],
  planned: [{ id: "a1", from: "2026-01" }],
  collections: [
    {
      id: "c1",
      what: { nl: "Energiearmoede", en: "Energy poverty" },
      by: "CBS",
      frequency: "yearly",
      access: "on-request",
      indicators: ["energy-poverty"],
      agreement: "convenant",
    },
  ],
  duplicates: [{ indicatorId: "energy-poverty", collections: ["c1", "c2"], by: ["CBS", "gemeente"] }],
  uncollected: [{ indicatorId: "working-poor" }],
  areaNames: { WK091712: "Vrieheide-De Stack" },
};

describe("the registers sections", () => {
  const html = renderDashboard(DashboardDataSchema.parse({ title: "T", goals: [], registers }));

  it("should render the activiteitenloket and the dataloket in both languages", () => {
    expect(html).toContain('<section id="activiteitenloket">');
    expect(html).toContain('<section id="dataloket">');
    expect(html).toContain('href="#activiteitenloket"');
    for (const text of [
      "Overvraagde groepen",
      "Over-asked groups",
      "Dubbel verzameld",
      "Collected twice",
      "op aanvraag",
      "on request",
    ])
      expect(html).toContain(text);
    expect(html).toContain("Vrieheide-De Stack");
    expect(html).toContain('data-register="duplicates"');
    expect(html).not.toContain("Huisbezoeken <b>");
  });

  it("should leave the sections out when a project has no registers", () => {
    const plain = renderDashboard(DashboardDataSchema.parse({ title: "T", goals: [] }));
    expect(plain).not.toContain('id="activiteitenloket"');
  });
});
