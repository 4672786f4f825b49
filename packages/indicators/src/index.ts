export {
  type AggregateAreaOptions,
  type AggregateAreaResult,
  type AggregateAreaSpec,
  aggregateArea,
  DEFAULT_AGGREGATE_OPTIONS,
  type MissingAggregate,
  type MissingReason,
} from "./lib/aggregate-area.js";
export {
  areaLevelOf,
  cleanNumber,
  normalisePeriod,
  type PeriodKind,
  readPeriod,
  unitScale,
} from "./lib/area-level-of.js";
export {
  ASSESSMENT_CAVEATS,
  type AssessAssumptionsOptions,
  type AssumptionAssessment,
  assessAssumptions,
  type ConstructMovement,
  DEFAULT_ASSESS_OPTIONS,
  type EdgeAssessment,
  type Testability,
  type Verdict,
} from "./lib/assess-assumptions.js";
export type { ReferenceOptions } from "./lib/check-references.js";
export { DEFAULT_CATALOGUE } from "./lib/default-catalogue.js";
export {
  DEFAULT_EVALUATE_GOAL_OPTIONS,
  type EvaluateGoalOptions,
  evaluateGoal,
  GOAL_STATUSES,
  type GoalEvaluation,
  type GoalIndicatorRef,
  type GoalInput,
  type GoalStatus,
  goalStatusOf,
  type IndicatorEvaluation,
  type PeriodGap,
} from "./lib/evaluate-goal.js";
export { evaluateGoals, type ProgrammeGoalEvaluation } from "./lib/evaluate-goals.js";
export {
  DEFAULT_EVALUATE_LOGIC_MODEL_OPTIONS,
  type EvaluateLogicModelOptions,
  evaluateLogicModel,
  type LogicModelEvaluation,
  type PlanMovement,
  type StageEvaluation,
  type StageStatus,
  type StepEvaluation,
  type StepStatus,
} from "./lib/evaluate-logic-model.js";
export { type FindMonitoringGapsOptions, findMonitoringGaps, type MonitoringGap } from "./lib/find-monitoring-gaps.js";
export { type LinkIndicatorsOptions, type LinkIndicatorsResult, linkIndicators } from "./lib/link-indicators.js";
export { type IndicatorsRuleId, indicatorsMessages } from "./lib/messages.js";
export type { LinkLike, LinksInput } from "./lib/normalise-links.js";
export { type AreaDefinition, AreaDefinitionSchema, type ParseAreasOptions, parseAreas } from "./lib/parse-areas.js";
export { DEFAULT_PARSE_CATALOGUE_OPTIONS, type ParseCatalogueOptions, parseCatalogue } from "./lib/parse-catalogue.js";
export { type CbsMeasureMapping, type ParseCbsOdataOptions, parseCbsOdata } from "./lib/parse-cbs-odata.js";
export { type ParseLinksOptions, parseLinks } from "./lib/parse-links.js";
export { checkLogicModel, type ParseLogicModelOptions, parseLogicModel } from "./lib/parse-logic-model.js";
export {
  OBSERVATION_CSV_COLUMNS,
  type ParseObservationsCsvOptions,
  parseObservationsCsv,
} from "./lib/parse-observations-csv.js";
export type { NetworkInput } from "./lib/read-network.js";
export { valenceOfType } from "./lib/read-network.js";
export { readStructured, type StructuredText, YAML_LIMITS } from "./lib/read-structured.js";
export {
  type Catalogue,
  CatalogueSchema,
  type Goal,
  GoalSchema,
  type Indicator,
  type IndicatorLink,
  IndicatorLinkSchema,
  IndicatorSchema,
  type IndicatorSource,
  IndicatorSourceSchema,
  type Label,
  LabelSchema,
  type LogicModel,
  LogicModelSchema,
  type Mechanism,
  MechanismQuoteSchema,
  MechanismSchema,
  STAGE_KINDS,
  type Stage,
  type StageIndicator,
  StageIndicatorSchema,
  type StageKind,
  StageSchema,
  type Step,
  StepSchema,
  type Theme,
  type ThemeGoal,
  ThemeGoalSchema,
  ThemeSchema,
} from "./lib/schemas.js";
export {
  DEFAULT_TREND_BREAK_OPTIONS,
  type TrendBreakOptions,
  type TrendBreakResult,
  testTrendBreak,
} from "./lib/test-trend-break.js";
export { toObservationsCsv } from "./lib/to-observations-csv.js";
export { DASHBOARDS, type ExistingDashboard } from "./model/dashboards.js";
export { GOAL_TEXT_FIXES, GOALS, MISSION, THEMES } from "./model/goals.js";
export { MONITORING_FRAME } from "./model/monitoring-frame.js";
export { PRESCHOOL_LOGIC_MODEL } from "./model/preschool-logic-model.js";

/** Package version. */
export const version = "0.1.0";
