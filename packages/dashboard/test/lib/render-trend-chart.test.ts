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

describe("end labels", () => {
  it("should never let two end labels overlap, even when the lines end at almost the same value", () => {
    const svg = renderTrendChart(
      [
        { area: "HLN-NOORD", role: "area", points: points([70, 72, 73.3]) },
        { area: "GM0917", role: "municipality", points: points([74, 75, 76]) },
        { area: "NL01", role: "reference", points: points([80, 80.2, 80.5]) },
      ],
      { width: 200, height: 70 },
    );
    const ys = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*class="val"/g)]
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b);
    expect(ys).toHaveLength(3);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(11);
    for (const y of ys) expect(y).toBeLessThanOrEqual(70);
  });
});
