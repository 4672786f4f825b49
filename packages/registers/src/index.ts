export {
  type ActivitiesAnalysis,
  type AnalyseActivitiesOptions,
  analyseActivities,
  DEFAULT_ANALYSE_ACTIVITIES_OPTIONS,
  type OverAsked,
  type Overlap,
} from "./lib/analyse-activities.js";
export {
  type AnalyseCollectionsOptions,
  analyseCollections,
  type CollectionsAnalysis,
  DEFAULT_ANALYSE_COLLECTIONS_OPTIONS,
  type DuplicateCollection,
  type PartnerAccess,
  partnerAccess,
} from "./lib/analyse-collections.js";
export { type AreaGroup, areaContains, areasOverlap, isCbsCode } from "./lib/areas.js";
export { type CheckRegistersOptions, checkRegisters, normaliseGroup } from "./lib/check-registers.js";
export { type RegistersRuleId, registersMessages } from "./lib/messages.js";
export { endOf, periodsOverlap, startOf } from "./lib/periods.js";
export { type ParseRegisterOptions, parseActivities, parseCollections, type Register } from "./lib/read-register.js";
export {
  ACCESS_LEVELS,
  type AccessLevel,
  type Activity,
  ActivitySchema,
  type Ask,
  AskSchema,
  type Collection,
  CollectionSchema,
  FREQUENCIES,
  type Frequency,
  type Period,
  PeriodSchema,
  type Text,
  TextSchema,
  TIMES_PER_YEAR,
} from "./lib/schemas.js";

/** Package version. */
export const version = "0.1.0";
