import { describe, expect, it } from "vitest";

describe("@verlicht/rock exports", () => {
  it("should expose exactly the documented public names", async () => {
    expect(Object.keys(await import("@verlicht/rock")).sort()).toEqual(
      [
        "CLASS_INSTANCE_REGEX",
        "CODE_REGEX",
        "CODE_VALUE_REGEX",
        "DCT_INSTRUCTION_TYPES",
        "DEFAULT_MERGE_CODERS_OPTIONS",
        "DEFAULT_PARSE_SOURCE_OPTIONS",
        "DEFAULT_PREPEND_UIDS_OPTIONS",
        "NETWORK_CODE_REGEX",
        "SECTION_BREAK_REGEX",
        "UID_REGEX",
        "YAML_MAX_ALIAS_COUNT",
        "YAML_MAX_DEPTH",
        "addCode",
        "buildCooccurrenceMatrix",
        "cohensKappa",
        "countCodes",
        "joinAttributes",
        "krippendorffAlpha",
        "mergeCoders",
        "parseSource",
        "parseSources",
        "prependUids",
        "readCodebook",
        "readDct",
        "readSpreadsheetCodebook",
        "readTokens",
        "rockMessages",
        "removeCode",
        "serializeSource",
        "setClassInstance",
        "toQualitativeDataTable",
        "version",
      ].sort(),
    );
  });
});
