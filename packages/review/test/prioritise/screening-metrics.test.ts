import { describe, expect, it } from "vitest";
import { screeningMetrics } from "../../src/lib/prioritise/screening-metrics.js";

describe("screeningMetrics", () => {
  // The reference's toy ranking: N = 20, relevant records at positions 1, 3, 8 and 15.
  const toy = Array.from({ length: 20 }, (_, i) => ([1, 3, 8, 15].includes(i + 1) ? 1 : 0) as 0 | 1);

  it("should compute WSS@95 with Cohen's 2006 definition (0.20 on the toy ranking)", () => {
    expect(screeningMetrics(toy).wss95).toBeCloseTo(0.2, 12);
  });

  it("should also give asreview-insights' WSS@95 (0.25 on the toy ranking)", () => {
    expect(screeningMetrics(toy).wss95Insights).toBeCloseTo(0.25, 12);
  });

  it("should compute RRF@10 as recall after the first ⌊0.1·N⌋ records", () => {
    expect(screeningMetrics(toy).rrf10).toBe(0.25);
  });

  it("should compute ATD as the mean 1-based discovery position over N", () => {
    expect(screeningMetrics(toy).atd).toBeCloseTo((1 + 3 + 8 + 15) / 4 / 20, 12);
  });

  it("should return the recall curve, one point per screened record", () => {
    const { recall, n, relevant } = screeningMetrics(toy);
    expect(n).toBe(20);
    expect(relevant).toBe(4);
    expect(recall).toHaveLength(20);
    expect(recall[0]).toBe(0.25);
    expect(recall[13]).toBe(0.75);
    expect(recall[14]).toBe(1);
  });

  it("should give the ideal WSS@95 when all relevant records come first", () => {
    const ideal = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0] as Array<0 | 1>;
    expect(screeningMetrics(ideal).wss95).toBeCloseTo((10 - 2) / 10 - 0.05, 12);
    expect(screeningMetrics(ideal).rrf10).toBe(0.5);
  });

  it("should return NaN metrics when there is no relevant record", () => {
    const result = screeningMetrics([0, 0, 0]);
    expect(result.wss95).toBeNaN();
    expect(result.atd).toBeNaN();
  });
});
