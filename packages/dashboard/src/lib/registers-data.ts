import { z } from "zod";

// The same union as `LocalTextSchema` of dashboard-data.ts (not imported: that module imports this one).
const LocalTextSchema = z.union([z.string(), z.object({ nl: z.string(), en: z.string().optional() })]);

/**
 * The registers part of the dashboard data: what `@verlicht/registers` answers about the activiteitenloket
 * and the dataloket, as plain JSON (the CLI fills it from `analyseActivities`, `analyseCollections`).
 */
export const DashboardRegistersSchema = z.looseObject({
  /** The period over-asking was counted in. */
  period: z.object({ from: z.string(), to: z.string().optional() }).optional(),
  /** The thresholds used. */
  thresholds: z.object({ maxActivities: z.number(), maxMinutesPerYear: z.number() }).optional(),
  activities: z.array(
    z.looseObject({
      id: z.string(),
      name: LocalTextSchema,
      kind: z.string(),
      runBy: z.string(),
      targetGroups: z.array(z.string()),
      areas: z.array(z.string()),
      period: z.object({ from: z.string(), to: z.string().optional() }),
    }),
  ),
  overAsked: z.array(
    z.looseObject({
      of: z.string(),
      group: z.string(),
      area: z.string(),
      activities: z.array(z.string()),
      minutesPerYear: z.number(),
      reasons: z.array(z.string()),
    }),
  ),
  overlaps: z.array(
    z.looseObject({ activities: z.array(z.string()), groups: z.array(z.string()), areas: z.array(z.string()) }),
  ),
  planned: z.array(z.looseObject({ id: z.string(), from: z.string() })),
  collections: z.array(
    z.looseObject({
      id: z.string(),
      what: LocalTextSchema,
      by: z.string(),
      frequency: z.string(),
      access: z.string(),
      indicators: z.array(z.string()),
      agreement: z.string().optional(),
    }),
  ),
  duplicates: z.array(
    z.looseObject({ indicatorId: z.string(), collections: z.array(z.string()), by: z.array(z.string()) }),
  ),
  uncollected: z.array(z.looseObject({ indicatorId: z.string() })),
  /** Names of areas by code, to show `WK091712` as its name. */
  areaNames: z.record(z.string(), z.string()).optional(),
});

/** The registers part of the dashboard data. */
export type DashboardRegisters = z.infer<typeof DashboardRegistersSchema>;
