import { describe, expect, it } from "vitest";

describe("@verlicht/qna exports", () => {
  it("should expose exactly the documented public names", async () => {
    const mod = await import("@verlicht/qna");
    expect(Object.keys(mod).sort()).toEqual(
      [
        "DOT_VALENCE_STYLE",
        "EDGE_EXPORT_ATTRIBUTES",
        "NODE_EXPORT_ATTRIBUTES",
        "combineOpposites",
        "flipType",
        "focusNetwork",
        "holderOf",
        "pathRobustness",
        "qnaMessages",
        "topNetwork",
        "traceThreads",
        "DEFAULT_BUILD_OPTIONS",
        "DEFAULT_DETECT_COMMUNITIES_OPTIONS",
        "DEFAULT_FIND_LOOPS_OPTIONS",
        "DEFAULT_FIND_PATHS_OPTIONS",
        "DEFAULT_FIND_REACHABILITY_OPTIONS",
        "DEFAULT_PAGE_RANK_OPTIONS",
        "DEFAULT_VALENCE",
        "betweennessCentrality",
        "buildGroupNetworks",
        "buildNetwork",
        "collapseNetwork",
        "computeSupport",
        "countCoders",
        "identifyDocuments",
        "degreeCentrality",
        "detectCommunities",
        "filterBySupport",
        "findContested",
        "findLoops",
        "findPaths",
        "findReachability",
        "fromSerializedNetwork",
        "pageRank",
        "toDagitty",
        "toDot",
        "toEdgeCsv",
        "toGexf",
        "toGraphml",
        "toGraphologyJson",
        "toSerializedNetwork",
        "zoomNetwork",
      ].sort(),
    );
  });
});
