import { describe, expect, it } from "vitest";

describe("@verlicht/core exports", () => {
  it("should expose exactly the documented public names", async () => {
    const mod = await import("@verlicht/core");
    expect(Object.keys(mod).sort()).toEqual(
      [
        "AREA_LEVELS",
        "CitationSchema",
        "InvalidArgumentsError",
        "InvalidInputError",
        "LinkedIndicatorSchema",
        "MessageSchema",
        "NetworkEdgeAttributesSchema",
        "NetworkNodeAttributesSchema",
        "NotFoundError",
        "OBSERVATION_STATUSES",
        "ObservationSchema",
        "PointSchema",
        "PositionSchema",
        "ReviewEventSchema",
        "SCHEMA_VERSIONS",
        "SPAN_CATEGORIES",
        "SQUID_ALPHABET",
        "SQUID_LENGTH",
        "SerializedNetworkSchema",
        "SpanSchema",
        "SupportSchema",
        "UsageError",
        "ValenceSchema",
        "VerlichtError",
        "countMessages",
        "createMessage",
        "decodeUid",
        "encodeUid",
        "errorPrefix",
        "formatMessage",
        "formatMessages",
        "formatPath",
        "generateUids",
        "hasErrors",
        "isUid",
        "isVerlichtError",
        "issuesToMessages",
        "location",
        "messageStart",
        "sortMessages",
        "toPosition",
        "validate",
      ].sort(),
    );
  });
});
