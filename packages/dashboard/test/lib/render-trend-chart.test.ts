import { describe, expect, it } from "vitest";
import { renderTrendChart } from "../../src/lib/render-trend-chart.js";

const points = (values: Array<number | null>) => values.map((value, i) => ({ period: String(2018 + i), value }));

describe("renderTrendChart", () => {
  it("should draw one path per area and break a line at a missing value instead of interpolating", () => {
    const svg = renderTrendChart([
      { area: "HLN-NOORD", role: "area", points: points([10, 12, null, 14]) },
      { area: "NL01", role: "reference", points: points([8, 8, 8, 8]) },
    ]);
    const hln = /<path d="([^"]+)"[^>]*data-area="HLN-NOORD"/.exec(svg)?.[1] ?? "";
    expect(hln.match(/M/g)?.length).toBe(2);
    expect(svg.match(/<path /g)?.length).toBe(2);
    expect(svg).toContain('data-area="NL01"');
  });

  it("should escape titles and show a dash when there is no data", () => {
    const svg = renderTrendChart([], { title: "<b>x</b>" });
    expect(svg).toContain("&lt;b&gt;");
    expect(svg).toContain(">–<");
  });
});
