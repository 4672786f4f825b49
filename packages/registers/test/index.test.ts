import { describe, expect, it } from "vitest";

describe("@verlicht/registers", () => {
  it("should expose exactly the documented names", async () => {
    expect(Object.keys(await import("@verlicht/registers")).sort()).toEqual([
      "ACCESS_LEVELS",
      "ActivitySchema",
      "AskSchema",
      "CollectionSchema",
      "DEFAULT_ANALYSE_ACTIVITIES_OPTIONS",
      "DEFAULT_ANALYSE_COLLECTIONS_OPTIONS",
      "FREQUENCIES",
      "PeriodSchema",
      "TIMES_PER_YEAR",
      "TextSchema",
      "analyseActivities",
      "analyseCollections",
      "areaContains",
      "areasOverlap",
      "checkRegisters",
      "endOf",
      "isCbsCode",
      "normaliseGroup",
      "parseActivities",
      "parseCollections",
      "partnerAccess",
      "periodsOverlap",
      "registersMessages",
      "startOf",
      "version",
    ]);
  });
});
