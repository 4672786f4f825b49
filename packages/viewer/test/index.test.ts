import { describe, expect, it } from "vitest";

describe("@verlicht/viewer", () => {
  it("should export exactly the public names", async () => {
    expect(Object.keys(await import("@verlicht/viewer")).sort()).toEqual([
      "CATEGORY_PALETTE",
      "CURVATURE_STEP",
      "DEFAULT_OPTIONS",
      "UNKNOWN_COLOUR",
      "VALENCE_COLOURS",
      "VIEWER_TEXTS",
      "assignCategoryColours",
      "assignCurvatures",
      "boxHitsDisc",
      "boxesOverlap",
      "buildViewGraph",
      "chooseLayout",
      "computeVisibility",
      "createLabelPlacer",
      "createNetworkViewer",
      "createRng",
      "escapeXml",
      "fadeColour",
      "fitToAspect",
      "graphToScene",
      "kindName",
      "layeredLayout",
      "layoutLabels",
      "normaliseSearchText",
      "readNetwork",
      "relationName",
      "resolveOptions",
      "runForceLayout",
      "searchNodes",
      "segmentHitsBox",
      "toSvg",
      "valenceColour",
      "viewerCount",
      "viewerText",
      "wrapLabel",
    ]);
  });

  it("should be importable in plain Node without loading sigma", async () => {
    const { createNetworkViewer } = await import("@verlicht/viewer");
    // No DOM here: a programmer error, reported with the package prefix.
    expect(() => createNetworkViewer({} as HTMLElement, {})).toThrowError(/^@verlicht\/viewer\/createNetworkViewer: /);
    expect(() => createNetworkViewer({} as HTMLElement, {})).toThrow(
      expect.objectContaining({ name: "InvalidArgumentsError" }),
    );
  });
});
