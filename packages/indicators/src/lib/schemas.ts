import { z } from "zod";

/**
 * Zod schemas of the files this package reads: the catalogue (goals and indicators), the links from
 * constructs to indicators, and intervention logic models. Types are inferred from them.
 */

/** A text in Dutch and (optionally) English. */
export const LabelSchema = z.object({ nl: z.string().min(1), en: z.string().min(1).optional() });

/** Identifier charset shared with ROCK codes: a letter, then letters, digits or `_`. */
const CONSTRUCT_ID = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Indicator ids: lower-case words joined by `-` (e.g. `energy-poverty`). Letters, digits, `-`, `_`, `.`. */
const INDICATOR_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** One programme goal. */
export const GoalSchema = z.object({
  /** `goal01` … `goal12` for the shipped goals; users may add more. */
  id: z.string().regex(CONSTRUCT_ID, "a goal id starts with a letter and holds letters, digits or _"),
  /** The goal's number in the programme (1–12). */
  number: z.number().int().min(1),
  /** The goal as the programme words it, in Dutch (and English). */
  text: LabelSchema,
  /** The theme the goal belongs to (a {@link ThemeSchema} id, e.g. `werk-en-bestaanszekerheid`), or any programme line. */
  theme: z.string().min(1),
  /** A short title (the full wording in `text` is what is shown first). */
  title: LabelSchema.optional(),
  /** The goal's letter within its theme (Thema 3 A = goal 4). */
  themeLetter: z
    .string()
    .regex(/^[A-Z]$/)
    .optional(),
});

/** A lettered goal of a theme, mapped to the numbered goal it is. */
export const ThemeGoalSchema = z.object({
  letter: z.string().regex(/^[A-Z]$/),
  /** The numbered goal (`goal04`). */
  goalId: z.string().min(1),
  /** The wording of the theme section (it can differ slightly from the numbered list). */
  text: LabelSchema,
});

/** One of the programme's themes (Thema 1 Talentontwikkeling en gezondheid, …). */
export const ThemeSchema = z.object({
  id: z.string().min(1),
  number: z.number().int().min(1),
  name: LabelSchema,
  goals: z.array(ThemeGoalSchema).default([]),
});

/** Where an indicator's figures come from. */
export const IndicatorSourceSchema = z.object({
  /** The provider, e.g. `CBS`, `GGD Zuid Limburg`, `Politie`, `programme`. */
  provider: z.string().min(1),
  /** A table id (e.g. a CBS StatLine table such as `85618NED`) or publication. */
  table: z.string().optional(),
  /** A measure code or column name inside the table. */
  measure: z.string().optional(),
  /** Anything else a user should know (definitions, breaks in series). */
  note: z.string().optional(),
  /** One of the existing dashboards of Bijlage 1 that already shows the figure (a {@link DASHBOARDS} id). */
  dashboard: z.string().optional(),
});

/** One indicator of the catalogue. */
export const IndicatorSchema = z.object({
  id: z.string().regex(INDICATOR_ID, "an indicator id holds letters, digits, -, _ or ."),
  label: LabelSchema,
  /** Unit of `value`: `%`, `per 1000`, `count`, `euro`, `score`, … */
  unit: z.string().min(1),
  /** For a share or rate: what is counted (the numerator). */
  numerator: LabelSchema.optional(),
  /** For a share or rate: out of what (the denominator). */
  denominator: LabelSchema.optional(),
  /** Which direction is better for residents. */
  better: z.enum(["higher", "lower"]),
  /** Goal ids this indicator monitors (empty for context indicators). */
  goals: z.array(z.string()).default([]),
  /** How areas combine: `ratio` (sum numerators and denominators), `sum` (counts), `none` (means, scores). */
  aggregation: z.enum(["ratio", "sum", "none"]),
  /** The programme line. */
  theme: z.string().min(1),
  source: IndicatorSourceSchema,
  /** The item number in the report's Bijlage 1 indicator list (5–35), when the indicator is one of them. */
  bijlage1: z.number().int().min(1).optional(),
  /** A key indicator of the report (Bijlage 1 "kernindicatoren"). */
  key: z.boolean().optional(),
  /** Breakdowns the figure is wanted by: `age`, `gender`, `origin`, `household-type`, `owner-type`, … */
  breakdowns: z.array(z.string().min(1)).optional(),
  /** Named indicator sets the indicator belongs to (e.g. `kansrijk-van-start`). */
  sets: z.array(z.string().min(1)).optional(),
});

/** A catalogue: goals plus indicators. */
export const CatalogueSchema = z.object({
  goals: z.array(GoalSchema).default([]),
  indicators: z.array(IndicatorSchema).default([]),
  /** The themes with their lettered goals (optional in user catalogues). */
  themes: z.array(ThemeSchema).optional(),
  /** The programme's mission. */
  mission: LabelSchema.optional(),
});

/** A link from a network construct (node key) to an indicator that measures it. */
export const IndicatorLinkSchema = z.object({
  /** The construct id (node key in the assumption network, ROCK code charset). */
  construct: z.string().regex(CONSTRUCT_ID, "a construct id starts with a letter and holds letters, digits or _"),
  indicatorId: z.string().min(1),
  /** +1 when the indicator rises with the construct, −1 when it falls (e.g. `employment` ← unemployment share). */
  sign: z.union([z.literal(1), z.literal(-1)]).default(1),
  /** `measures` = operationalises the construct; `proxy` = a weaker stand-in. */
  role: z.enum(["measures", "proxy"]).default("measures"),
  note: z.string().optional(),
});

/** The stages of an intervention logic model, in order (middelen → activiteiten → prestaties → effecten). */
export const STAGE_KINDS = ["resources", "activities", "outputs", "effects"] as const;

/** A planned movement of one indicator of a stage. */
export const StageIndicatorSchema = z.object({
  indicatorId: z.string().min(1),
  /** The planned direction of change from baseline to latest. */
  planned: z.enum(["increase", "decrease"]),
  /** Optional target value in the latest period. */
  target: z.number().optional(),
});

/** One stage of a logic model. */
export const StageSchema = z.object({
  id: z.string().regex(CONSTRUCT_ID, "a stage id starts with a letter and holds letters, digits or _"),
  kind: z.enum(STAGE_KINDS),
  label: LabelSchema,
  /** The construct in the assumption network this stage stands for. */
  construct: z.string().regex(CONSTRUCT_ID).optional(),
  indicators: z.array(StageIndicatorSchema).default([]),
});

/** A quote behind a mechanism. */
export const MechanismQuoteSchema = z.object({
  text: z.string().min(1),
  sourceId: z.string().optional(),
  uid: z.string().optional(),
  role: z.string().optional(),
});

/** A mechanism that makes one step of the chain work (realist evaluation: resource + reasoning). */
export const MechanismSchema = z.object({
  id: z.string().min(1),
  label: LabelSchema,
  /** The construct in the assumption network, e.g. `trustInProfessionals`. */
  construct: z.string().regex(CONSTRUCT_ID).optional(),
  /** +1 when more of the construct helps the step, −1 when it hinders it (e.g. `fearOfDoorbell`). */
  valence: z.union([z.literal(1), z.literal(-1)]).default(1),
  quotes: z.array(MechanismQuoteSchema).default([]),
  /** Network edges (construct keys) that carry this mechanism. */
  edges: z.array(z.object({ source: z.string(), target: z.string() })).default([]),
});

/** One step from a stage to the next, with its mechanisms. */
export const StepSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  mechanisms: z.array(MechanismSchema).default([]),
});

/** An intervention logic model. */
export const LogicModelSchema = z.object({
  id: z.string().min(1),
  name: LabelSchema,
  /** The intervention construct, e.g. `plusWorkers`. */
  intervention: z.string().regex(CONSTRUCT_ID).optional(),
  /** The area the model is monitored in (area code). */
  area: z.string().optional(),
  goals: z.array(z.string()).default([]),
  stages: z.array(StageSchema).min(1),
  steps: z.array(StepSchema).default([]),
});

/** Dutch and English text. */
export type Label = z.infer<typeof LabelSchema>;
/** A programme goal. */
export type Goal = z.infer<typeof GoalSchema>;
/** A theme with its lettered goals. */
export type Theme = z.infer<typeof ThemeSchema>;
/** A lettered goal of a theme. */
export type ThemeGoal = z.infer<typeof ThemeGoalSchema>;
/** Where an indicator comes from. */
export type IndicatorSource = z.infer<typeof IndicatorSourceSchema>;
/** One catalogue indicator. */
export type Indicator = z.infer<typeof IndicatorSchema>;
/** Goals plus indicators. */
export type Catalogue = z.infer<typeof CatalogueSchema>;
/** A construct → indicator link. */
export type IndicatorLink = z.infer<typeof IndicatorLinkSchema>;
/** A stage kind. */
export type StageKind = (typeof STAGE_KINDS)[number];
/** A stage of a logic model. */
export type Stage = z.infer<typeof StageSchema>;
/** A planned indicator of a stage. */
export type StageIndicator = z.infer<typeof StageIndicatorSchema>;
/** A mechanism on a step. */
export type Mechanism = z.infer<typeof MechanismSchema>;
/** A step of a logic model. */
export type Step = z.infer<typeof StepSchema>;
/** An intervention logic model. */
export type LogicModel = z.infer<typeof LogicModelSchema>;
