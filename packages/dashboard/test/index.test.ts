import { expect, it } from "vitest";

it("should export exactly the public API", async () => {
  expect(Object.keys(await import("@verlicht/dashboard")).sort()).toEqual([
    "DASHBOARD_TEXTS",
    "DEFAULT_OPTIONS",
    "DEFAULT_TREND_CHART_OPTIONS",
    "DashboardAssumptionSchema",
    "DashboardDataSchema",
    "DashboardGoalSchema",
    "DashboardIndicatorSchema",
    "DashboardLogicModelSchema",
    "DashboardReviewRoundSchema",
    "DashboardStudySchema",
    "GOAL_STATUSES",
    "LocalTextSchema",
    "TrendSeriesSchema",
    "inlineViewerBundle",
    "readViewerBundle",
    "renderDashboard",
    "renderTrendChart",
    "summariseGoalStatus",
    "uiText",
    "writeDashboard",
  ]);
});
