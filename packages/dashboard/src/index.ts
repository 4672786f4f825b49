export {
  type DashboardAssumption,
  DashboardAssumptionSchema,
  type DashboardData,
  type DashboardDataInput,
  DashboardDataSchema,
  type DashboardGoal,
  DashboardGoalSchema,
  type DashboardIndicator,
  DashboardIndicatorSchema,
  type DashboardLogicModel,
  DashboardLogicModelSchema,
  type DashboardReviewRound,
  DashboardReviewRoundSchema,
  DashboardStudySchema,
  GOAL_STATUSES,
  type GoalStatus,
  type LocalText,
  LocalTextSchema,
  type TrendSeries,
  TrendSeriesSchema,
} from "./lib/dashboard-data.js";
export { readViewerBundle, type ViewerBundle } from "./lib/read-viewer-bundle.js";
export {
  DEFAULT_OPTIONS,
  inlineViewerBundle,
  type RenderDashboardOptions,
  renderDashboard,
} from "./lib/render-dashboard.js";
export { summariseGoalStatus } from "./lib/render-goals.js";
export {
  DEFAULT_TREND_CHART_OPTIONS,
  renderTrendChart,
  type TrendChartOptions,
} from "./lib/render-trend-chart.js";
export {
  DASHBOARD_TEXTS,
  type DashboardPluralKey,
  type DashboardTextKey,
  uiText,
} from "./lib/ui-text.js";
export { type WriteDashboardOptions, type WriteDashboardResult, writeDashboard } from "./lib/write-dashboard.js";
