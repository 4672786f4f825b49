import { z } from "zod";

/**
 * Zod schemas of the exchange formats that pass between packages and files.
 * Each format has a version in {@link SCHEMA_VERSIONS}; a breaking change bumps it.
 */

/** Versions of the exchange formats; written into files as `version`. */
export const SCHEMA_VERSIONS = {
  position: 1,
  message: 1,
  span: 1,
  network: 1,
  observation: 1,
  reviewEvent: 1,
} as const;

/** Schema of a {@link Point}. */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

/** Schema of a {@link Position}. */
export const PositionSchema = z.object({ start: PointSchema, end: PointSchema });

/** Schema of a {@link Message}. */
export const MessageSchema = z.object({
  ruleId: z.string().min(1),
  source: z.string().min(1),
  severity: z.enum(["error", "warning", "info"]),
  reason: z.string(),
  place: z.union([PositionSchema, PointSchema]).optional(),
  file: z.string().optional(),
  expected: z.array(z.string()).optional(),
  actual: z.string().optional(),
  note: z.string().optional(),
  url: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

/** Categories of personal data the anonymiser detects (see docs/anonymisation.md). */
export const SPAN_CATEGORIES = [
  "PERSON",
  "ADDRESS",
  "POSTCODE",
  "PHONE",
  "EMAIL",
  "URL",
  "BSN",
  "IBAN",
  "PLATE",
  "DATE",
] as const;

/** A category of personal data. */
export type SpanCategory = (typeof SPAN_CATEGORIES)[number];

/** Schema of an anonymisation span: offsets into the input (UTF-16, end exclusive). */
export const SpanSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    category: z.enum(SPAN_CATEGORIES),
    text: z.string(),
    replacement: z.string(),
    confidence: z.number().min(0).max(1),
    recogniser: z.string().min(1),
  })
  .refine((s) => s.end > s.start, { message: "end must be greater than start", path: ["end"] });

/** Valence of a relation: +1 positive, −1 negative, 0 unknown sign, null not causal. */
export const ValenceSchema = z.union([z.literal(1), z.literal(-1), z.literal(0), z.null()]);

/** One coding behind an edge: where it was said, by whom, and the quote. */
export const CitationSchema = z.object({
  sourceId: z.string(),
  uid: z.string().nullable(),
  line: z.number().int().min(1),
  classInstances: z.record(z.string(), z.string()),
  attributes: z.record(z.string(), z.string()).optional(),
  quote: z.string(),
  coderId: z.string().optional(),
  /** The underlying document when `sourceId` is one of several coders' copies of it. */
  documentId: z.string().optional(),
});

/** Distinct support of an edge or node. */
export const SupportSchema = z.object({
  citations: z.number().int().min(0),
  sources: z.number().int().min(0),
  cases: z.number().int().min(0),
});

/** An indicator linked to a construct, with its evaluated status (for badges). */
export const LinkedIndicatorSchema = z.object({
  id: z.string(),
  label: z.string().optional(),
  status: z.enum(["reached", "closing", "stable", "widening", "insufficient-data"]).optional(),
});

/** Node attributes of an assumption network; other attributes (x, y, community, centralities) may follow. */
export const NetworkNodeAttributesSchema = z.looseObject({
  label: z.string(),
  kind: z.string().nullable().optional(),
  codePath: z.array(z.string()).optional(),
  support: SupportSchema.optional(),
  indicators: z.array(LinkedIndicatorSchema).optional(),
});

/** Edge attributes of an assumption network. */
export const NetworkEdgeAttributesSchema = z.looseObject({
  type: z.string(),
  valence: ValenceSchema,
  weight: z.number(),
  support: SupportSchema,
  citations: z.array(CitationSchema),
  groups: z.array(z.string()).optional(),
});

/**
 * Schema of a serialised assumption network: graphology's `SerializedGraph`
 * (`graph.export()`, `Graph.from()`), a directed multigraph with VERLICHT attributes.
 */
export const SerializedNetworkSchema = z.object({
  attributes: z.looseObject({
    format: z.literal("verlicht-network").optional(),
    version: z.literal(SCHEMA_VERSIONS.network).optional(),
    name: z.string().optional(),
  }),
  options: z.object({
    type: z.enum(["directed", "mixed", "undirected"]),
    multi: z.boolean(),
    allowSelfLoops: z.boolean(),
  }),
  nodes: z.array(z.object({ key: z.string(), attributes: NetworkNodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      undirected: z.boolean().optional(),
      attributes: NetworkEdgeAttributesSchema,
    }),
  ),
});

/** Area levels: the Netherlands, a municipality (gemeente), a district (wijk), a neighbourhood (buurt), or a custom aggregate. */
export const AREA_LEVELS = ["NL", "GM", "WK", "BU", "CUSTOM"] as const;

/** Status of one observation. */
export const OBSERVATION_STATUSES = ["definitive", "provisional", "estimated", "incomplete", "missing"] as const;

/** Schema of one observation of an indicator for an area and period. */
export const ObservationSchema = z.object({
  indicatorId: z.string().min(1),
  area: z.object({
    code: z.string().min(1),
    level: z.enum(AREA_LEVELS),
    name: z.string().optional(),
  }),
  period: z.string().min(1),
  value: z.number().nullable(),
  unit: z.string(),
  status: z.enum(OBSERVATION_STATUSES),
  source: z.string(),
  numerator: z.number().nullable().optional(),
  denominator: z.number().nullable().optional(),
});

/** Schema of one event of a review's append-only log. */
export const ReviewEventSchema = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  actor: z.string(),
  type: z.string().min(1),
  payload: z.unknown(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  toolVersion: z.string().optional(),
  input: z
    .object({ file: z.string().optional(), hash: z.string().optional(), line: z.number().int().optional() })
    .optional(),
});

/** A span found by the anonymiser. */
export type Span = z.infer<typeof SpanSchema>;
/** A coding behind an edge. */
export type Citation = z.infer<typeof CitationSchema>;
/** Distinct support counts. */
export type Support = z.infer<typeof SupportSchema>;
/** +1, −1, 0 or null. */
export type Valence = z.infer<typeof ValenceSchema>;
/** Node attributes of an assumption network. */
export type NetworkNodeAttributes = z.infer<typeof NetworkNodeAttributesSchema>;
/** Edge attributes of an assumption network. */
export type NetworkEdgeAttributes = z.infer<typeof NetworkEdgeAttributesSchema>;
/** A serialised assumption network. */
export type SerializedNetwork = z.infer<typeof SerializedNetworkSchema>;
/** An area level. */
export type AreaLevel = (typeof AREA_LEVELS)[number];
/** An observation status. */
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];
/** One observation. */
export type Observation = z.infer<typeof ObservationSchema>;
/** One review event. */
export type ReviewEvent = z.infer<typeof ReviewEventSchema>;
/** An indicator linked to a node. */
export type LinkedIndicator = z.infer<typeof LinkedIndicatorSchema>;
