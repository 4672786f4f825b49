import { describe, expect, it } from "vitest";

describe("@verlicht/review exports", () => {
  it("should export the agreement and prioritisation API by name", async () => {
    const names = Object.keys(await import("@verlicht/review"));
    expect(names).toEqual(
      expect.arrayContaining([
        "agreementByStageAndRound",
        "cohensKappa",
        "createPrioritiser",
        "DEFAULT_KRIPPENDORFF_ALPHA_OPTIONS",
        "DEFAULT_PABAK_OPTIONS",
        "DEFAULT_POSITIVE_AGREEMENT_OPTIONS",
        "DEFAULT_PRIORITISER_OPTIONS",
        "DEFAULT_SIMULATE_OPTIONS",
        "krippendorffAlpha",
        "observedAgreement",
        "pabak",
        "positiveAgreement",
        "rank",
        "resolvePrioritiserOptions",
        "screeningMetrics",
        "simulate",
      ]),
    );
  });

  it("should re-export core's agreement statistics, not copies", async () => {
    const [review, core] = await Promise.all([import("@verlicht/review"), import("@verlicht/core")]);
    expect(review.krippendorffAlpha).toBe(core.krippendorffAlpha);
    expect(review.cohensKappa).toBe(core.cohensKappa);
  });
});
