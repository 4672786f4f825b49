import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, resolveOptions } from "../../src/index.js";

describe("resolveOptions", () => {
  it("should fill in defaults and keep given values", () => {
    expect(resolveOptions()).toEqual(DEFAULT_OPTIONS);
    expect(resolveOptions({ locale: "en", seed: undefined })).toMatchObject({ locale: "en", seed: 1 });
  });

  it.each([
    [{ locale: "de" }, "locale"],
    [{ layout: "circle" }, "layout"],
    [{ layoutIterations: -1 }, "layoutIterations"],
    [{ seed: Number.NaN }, "seed"],
  ])("should reject %j naming the option", (options, name) => {
    expect(() => resolveOptions(options as never)).toThrowError(
      new RegExp(`^@verlicht/viewer/createNetworkViewer: .*${name}`),
    );
  });
});
