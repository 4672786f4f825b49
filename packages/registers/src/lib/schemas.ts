import { z } from "zod";

/**
 * Zod schemas of the two registers of the report's "Praktische inrichting": the activiteitenloket
 * (activities: interventions, prevention programmes, research) and the dataloket (monitoring activities
 * and data collections). Types are inferred from them.
 */

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A text: a plain string, or Dutch and (optionally) English. */
export const TextSchema = z.union([
  z.string().min(1),
  z.object({ nl: z.string().min(1), en: z.string().min(1).optional() }),
]);

const DateSchema = z.preprocess(
  // `from: 2024` in YAML is a number; a year is what the officer meant.
  (v) => (typeof v === "number" && Number.isInteger(v) ? String(v) : v),
  z.string().regex(DATE, "a date as 2024, 2024-09 or 2024-09-01"),
);

/** A period: from a date (`2024`, `2024-09` or `2024-09-01`) to an optional end date (open-ended when absent). */
export const PeriodSchema = z.object({
  from: DateSchema,
  to: DateSchema.optional(),
});

/** How often something happens. */
export const FREQUENCIES = [
  "once",
  "weekly",
  "monthly",
  "quarterly",
  "twice-a-year",
  "yearly",
  "every-two-years",
  "every-four-years",
  "continuous",
] as const;

/** Times per year of each {@link FREQUENCIES} value (`once` counts once in its period, `continuous` as a register without asking). */
export const TIMES_PER_YEAR: Readonly<Record<(typeof FREQUENCIES)[number], number>> = {
  once: 1,
  weekly: 52,
  monthly: 12,
  quarterly: 4,
  "twice-a-year": 2,
  yearly: 1,
  "every-two-years": 0.5,
  "every-four-years": 0.25,
  continuous: 0,
};

/** What an activity asks of people: who, how, how long and how often. */
export const AskSchema = z.object({
  /** Residents or organisations. */
  of: z.enum(["residents", "organisations"]),
  /** The target group asked (one of the activity's `targetGroups`, or any group name). */
  group: z.string().min(1).optional(),
  method: z.enum(["interview", "survey", "home-visit", "focus-group", "observation", "workshop", "other"]),
  /** Minutes per time for one person or organisation. */
  minutes: z.number().positive(),
  frequency: z.enum(FREQUENCIES),
  /** How many people or organisations are asked (an estimate). */
  count: z.number().int().positive().optional(),
});

/** One entry of the activiteitenloket. */
export const ActivitySchema = z.object({
  id: z.string().regex(ID, "an id holds letters, digits, -, _ or ."),
  name: TextSchema,
  kind: z.enum(["intervention", "prevention", "research"]),
  /** Who runs it (the organisation responsible). */
  runBy: z.string().min(1),
  /** Partner organisations. */
  partners: z.array(z.string().min(1)).default([]),
  /** Target groups, e.g. `jonge ouders`, `jongeren 12-18`, `scholen`. */
  targetGroups: z.array(z.string().min(1)).min(1),
  /** Area codes down to buurt: `HLN-NOORD`, `GM0917`, `WK091701`, `BU09170101`. */
  areas: z.array(z.string().min(1)).min(1),
  period: PeriodSchema,
  /** What it asks of residents or organisations. */
  asks: z.array(AskSchema).default([]),
  /** Goal ids of the catalogue (`goal11`). */
  goals: z.array(z.string().min(1)).default([]),
  /** The id of its logic model, when it has one. */
  logicModel: z.string().min(1).optional(),
  /** Dataloket ids of the data collections the activity feeds or uses. */
  collections: z.array(z.string().min(1)).default([]),
  /** A contact person or mailbox at the organisation (never a resident). */
  contact: z.string().optional(),
  note: z.string().optional(),
});

/** Who may see a data collection. */
export const ACCESS_LEVELS = ["open", "partners", "on-request", "closed"] as const;

/** One entry of the dataloket. */
export const CollectionSchema = z.object({
  id: z.string().regex(ID, "an id holds letters, digits, -, _ or ."),
  /** What is measured. */
  what: TextSchema,
  /** Who collects it. */
  by: z.string().min(1),
  method: z.enum(["register", "survey", "interviews", "observation", "administration", "other"]).default("other"),
  frequency: z.enum(FREQUENCIES),
  areas: z.array(z.string().min(1)).min(1),
  /** Indicator ids of the catalogue it delivers. */
  indicators: z.array(z.string().min(1)).default([]),
  period: PeriodSchema.optional(),
  /** Where the data are stored. */
  storage: z.string().min(1),
  access: z.enum(ACCESS_LEVELS),
  /** For access `partners`: which partners (all partners of the programme when absent). */
  partners: z.array(z.string().min(1)).optional(),
  /** The agreement it is shared under (convenant, verwerkersovereenkomst, …). */
  agreement: z.string().optional(),
  /** The activity that collects it, when it is one of the activiteitenloket. */
  activity: z.string().optional(),
  note: z.string().optional(),
});

/** A text. */
export type Text = z.infer<typeof TextSchema>;
/** A period. */
export type Period = z.infer<typeof PeriodSchema>;
/** A frequency. */
export type Frequency = (typeof FREQUENCIES)[number];
/** What an activity asks. */
export type Ask = z.infer<typeof AskSchema>;
/** An activity of the activiteitenloket. */
export type Activity = z.infer<typeof ActivitySchema>;
/** An access level. */
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
/** A data collection of the dataloket. */
export type Collection = z.infer<typeof CollectionSchema>;
