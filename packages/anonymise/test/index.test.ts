import { describe, expect, it } from "vitest";

describe("@verlicht/anonymise", () => {
  it("should export exactly the public API", async () => {
    expect(Object.keys(await import("@verlicht/anonymise")).sort()).toEqual([
      "AnonymisationKeySchema",
      "DEFAULT_DETECT_OPTIONS",
      "DEFAULT_OPTIONS",
      "DEFAULT_RECOGNISERS",
      "PBKDF2_ITERATIONS",
      "PBKDF2_ITERATION_RANGE",
      "SealedKeySchema",
      "TAGS",
      "anonymise",
      "anonymiseCorpus",
      "anonymiseMessages",
      "createAnonymiser",
      "createKey",
      "detectLanguage",
      "evaluateAnonymisation",
      "isValidBsn",
      "isValidIban",
      "openKey",
      "plateSidecode",
      "reviewQueue",
      "sealKey",
    ]);
  });
});
