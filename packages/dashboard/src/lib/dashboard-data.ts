import { SerializedNetworkSchema } from "@verlicht/core";
import { z } from "zod";
import { DashboardRegistersSchema } from "./registers-data.js";

/**
 * The data a dashboard is drawn from: plain JSON, assembled by the CLI (or any script) from the results of
 * `@verlicht/indicators`, `@verlicht/qna`, `@verlicht/review` and `@verlicht/rock`. Every part but the title
 * is optional, so a project without a review or without observations still gets a dashboard.
 */

/** A text in Dutch and, where available, English. A plain string is used for both languages. */
export const LocalTextSchema = z.union([z.string(), z.object({ nl: z.string(), en: z.string().optional() })]);

/** Statuses of an indicator or goal (the rule of `@verlicht/indicators`' `evaluateGoal`). */
export const GOAL_STATUSES = ["reached", "closing", "stable", "widening", "insufficient-data"] as const;

/** One point of a trend line. */
export const TrendPointSchema = z.object({ period: z.string(), value: z.number().nullable() });

/** One line of a trend chart: an area's values over the periods. */
export const TrendSeriesSchema = z.object({
  /** Area code, e.g. `HLN`, `GM0917`, `NL01`. */
  area: z.string(),
  /** Area name to show. */
  name: LocalTextSchema.optional(),
  /** Which role the area plays in the chart. */
  role: z.enum(["area", "municipality", "reference", "other"]).optional(),
  points: z.array(TrendPointSchema),
});

/** One indicator under a goal, with its trend per area and its evaluated status. */
export const DashboardIndicatorSchema = z.looseObject({
  id: z.string(),
  label: LocalTextSchema,
  unit: z.string().optional(),
  better: z.enum(["higher", "lower"]).optional(),
  status: z.enum(GOAL_STATUSES),
  series: z.array(TrendSeriesSchema),
  /** Gap to the reference in the baseline and the latest period (area − reference). */
  gap: z.object({ baseline: z.number().nullable(), latest: z.number().nullable() }).optional(),
  trendBreak: z.boolean().optional(),
  note: LocalTextSchema.optional(),
});

/** One of the programme's goals. */
export const DashboardGoalSchema = z.looseObject({
  id: z.string(),
  number: z.number().int().optional(),
  /** The goal's full wording, as the programme words it: what a card shows first. */
  title: LocalTextSchema,
  /** A short title shown under the full wording (e.g. "Kansrijk van start"). */
  shortTitle: LocalTextSchema.optional(),
  /** More text about the goal, shown in the drill-down. */
  description: LocalTextSchema.optional(),
  theme: LocalTextSchema.optional(),
  /** The goal's summary status; derived from its indicators when absent. */
  status: z.enum(GOAL_STATUSES).optional(),
  indicators: z.array(DashboardIndicatorSchema),
  /** Construct ids of the network that lead to this goal. */
  constructs: z.array(z.string()).optional(),
});

/** One assessed assumption (an edge of the network). */
export const DashboardAssumptionSchema = z.looseObject({
  from: z.string(),
  to: z.string(),
  fromLabel: LocalTextSchema.optional(),
  toLabel: LocalTextSchema.optional(),
  type: z.string().optional(),
  valence: z.number().nullable().optional(),
  testability: z.enum(["testable", "partly", "untestable"]),
  result: z.string().optional(),
  indicators: z.array(z.string()).optional(),
  support: z.number().optional(),
  quote: z.string().optional(),
});

/** One step of a logic model (e.g. activities → outputs) with the mechanisms people named. */
export const LogicStepSchema = z.looseObject({
  from: LocalTextSchema,
  to: LocalTextSchema,
  mechanisms: z.array(LocalTextSchema).optional(),
  status: z.string().optional(),
  note: LocalTextSchema.optional(),
});

/** One intervention logic model: resources → activities → outputs → effects. */
export const DashboardLogicModelSchema = z.looseObject({
  id: z.string(),
  name: LocalTextSchema,
  stages: z.array(
    z.object({
      stage: z.string(),
      items: z.array(
        z.looseObject({
          id: z.string(),
          label: LocalTextSchema,
          indicators: z.array(z.string()).optional(),
          status: z.string().optional(),
        }),
      ),
    }),
  ),
  steps: z.array(LogicStepSchema).optional(),
});

/** A study listed in the living review. */
export const DashboardStudySchema = z.looseObject({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  authors: z.array(z.string()).optional(),
  year: z.union([z.number(), z.string()]).nullable().optional(),
});

/** PRISMA 2020 counts of one review round, with the studies it included and those excluded at full text. */
export const DashboardReviewRoundSchema = z.looseObject({
  round: z.union([z.number(), z.string()]),
  date: z.string().optional(),
  identified: z.number(),
  duplicates: z.number(),
  screened: z.number(),
  excludedScreening: z.number(),
  fullText: z.number(),
  excludedFullText: z.number(),
  exclusionReasons: z.record(z.string(), z.number()).optional(),
  included: z.number(),
  /** The studies included in this round. */
  includedStudies: z.array(DashboardStudySchema).optional(),
  /** The studies excluded at full text in this round, with their reasons. */
  fullTextExclusions: z.array(DashboardStudySchema.extend({ reason: z.string() })).optional(),
  cumulativeIncluded: z.number().optional(),
  conflicts: z.number().optional(),
  kappa: z.number().nullable().optional(),
});

/** Everything a dashboard shows. */
export const DashboardDataSchema = z.looseObject({
  title: LocalTextSchema,
  /** Marks the whole project as fictional: a banner says so on every page. */
  fictional: z.boolean().optional(),
  generatedAt: z.string().optional(),
  goals: z.array(DashboardGoalSchema).default([]),
  network: SerializedNetworkSchema.optional(),
  /** Links named by only one group (e.g. only residents), from a group-by build. */
  groupComparison: z
    .array(z.object({ from: z.string(), to: z.string(), type: z.string(), groups: z.array(z.string()) }))
    .optional(),
  loops: z.array(z.object({ nodes: z.array(z.string()), polarity: z.string() })).optional(),
  assumptions: z.array(DashboardAssumptionSchema).optional(),
  monitoringGaps: z.array(z.string()).optional(),
  caveats: z.array(LocalTextSchema).optional(),
  logicModels: z.array(DashboardLogicModelSchema).optional(),
  review: z
    .object({
      name: LocalTextSchema.optional(),
      rounds: z.array(DashboardReviewRoundSchema),
      prismaSvg: z.string().optional(),
    })
    .optional(),
  coding: z
    .object({
      sources: z.number().optional(),
      utterances: z.number().optional(),
      coders: z.array(z.string()).optional(),
      alpha: z.number().nullable().optional(),
      kappa: z.array(z.object({ code: z.string(), kappa: z.number().nullable() })).optional(),
    })
    .optional(),
  /** The activiteitenloket and dataloket (see `registers-data.ts`). */
  registers: DashboardRegistersSchema.optional(),
  anonymisation: z
    .object({
      documents: z.number(),
      spans: z.record(z.string(), z.number()),
      leaks: z.number().optional(),
    })
    .optional(),
});

/** A text in Dutch and optionally English. */
export type LocalText = z.infer<typeof LocalTextSchema>;
/** A goal status. */
export type GoalStatus = (typeof GOAL_STATUSES)[number];
/** One line of a trend chart. */
export type TrendSeries = z.infer<typeof TrendSeriesSchema>;
/** An indicator of a goal. */
export type DashboardIndicator = z.infer<typeof DashboardIndicatorSchema>;
/** A goal. */
export type DashboardGoal = z.infer<typeof DashboardGoalSchema>;
/** An assessed assumption. */
export type DashboardAssumption = z.infer<typeof DashboardAssumptionSchema>;
/** A logic model. */
export type DashboardLogicModel = z.infer<typeof DashboardLogicModelSchema>;
/** PRISMA counts of one round. */
export type DashboardReviewRound = z.infer<typeof DashboardReviewRoundSchema>;
/** The dashboard's input (after defaults). */
export type DashboardData = z.infer<typeof DashboardDataSchema>;
/** The dashboard's input as written by callers (before defaults). */
export type DashboardDataInput = z.input<typeof DashboardDataSchema>;
