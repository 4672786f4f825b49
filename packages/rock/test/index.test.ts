import { describe, expect, it } from "vitest";

describe("@verlicht/rock exports", () => {
  it("should expose exactly the documented public names", async () => {
    expect(Object.keys(await import("@verlicht/rock")).sort()).toEqual(
      ["DEFAULT_PARSE_SOURCE_OPTIONS", "parseSource", "serializeSource", "version"].sort(),
    );
  });
});
