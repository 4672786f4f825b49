import type { TrendSeries } from "./dashboard-data.js";
import { escapeHtml, formatNumber, textNl } from "./html.js";

/** Options of {@link renderTrendChart}. */
export interface TrendChartOptions {
  /** Width in CSS pixels (default 220). */
  width?: number | undefined;
  /** Height in CSS pixels (default 90). */
  height?: number | undefined;
  /** Colour of the first (area) line (default dark blue). */
  colour?: string | undefined;
  /** Accessible title of the chart. */
  title?: string | undefined;
  /** Draw period labels and value labels (default true). */
  labels?: boolean | undefined;
}

/** Defaults of {@link renderTrendChart}. */
export const DEFAULT_TREND_CHART_OPTIONS = {
  width: 220,
  height: 90,
  colour: "#0b3d91",
  title: "",
  labels: true,
} as const;

const DASH: Record<string, string> = { area: "", municipality: "5 3", reference: "2 3", other: "8 2 2 2" };
const GREY: Record<string, string> = { municipality: "#57606a", reference: "#8c959f", other: "#afb8c1" };
/** Text colours of the end labels (darker than the lines, so small numbers stay readable: WCAG AA on white). */
const TEXT: Record<string, string> = { municipality: "#57606a", reference: "#656d76", other: "#656d76" };
/** Least vertical distance between two end labels' baselines (a 9 px label's box is about 11 px tall). */
const LABEL_GAP = 11;

interface EndLabel {
  x: number;
  y: number;
  text: string;
  fill: string;
}

/**
 * Spread labels apart vertically so that no two baselines are closer than `gap`, keeping them within [min, max]
 * where there is room; their order from top to bottom is kept. Pure.
 */
export function spreadLabels<T extends { x: number; y: number }>(
  labels: ReadonlyArray<T>,
  gap: number,
  min: number,
  max: number,
): T[] {
  const out = labels.map((l) => ({ ...l })).sort((a, b) => a.y - b.y);
  if (out.length === 0) return out;
  // Push down from the top, then back up from the bottom where the plot ends.
  for (let i = 1; i < out.length; i++) out[i]!.y = Math.max(out[i]!.y, out[i - 1]!.y + gap);
  out[out.length - 1]!.y = Math.min(out[out.length - 1]!.y, max);
  for (let i = out.length - 2; i >= 0; i--) out[i]!.y = Math.min(out[i]!.y, out[i + 1]!.y - gap);
  if (out[0]!.y < min) {
    const shift = min - out[0]!.y;
    for (const l of out) l.y += shift;
  }
  return out;
}

/**
 * Draw a small SVG line chart of one indicator for several areas (e.g. Heerlen-Noord vs Heerlen vs the
 * Netherlands). The first series (or the one with role `area`) is drawn solid in colour, the others dashed in
 * grey. Missing values (`null`) break the line; they are never interpolated.
 *
 * @param series The lines; each point has a period and a value (or null).
 * @param options Size, colour, title.
 * @returns An `<svg>` element as a string, with a `<title>` for screen readers.
 */
export function renderTrendChart(series: ReadonlyArray<TrendSeries>, options?: TrendChartOptions | null): string {
  const width = options?.width ?? DEFAULT_TREND_CHART_OPTIONS.width;
  const height = options?.height ?? DEFAULT_TREND_CHART_OPTIONS.height;
  const colour = options?.colour ?? DEFAULT_TREND_CHART_OPTIONS.colour;
  const labels = options?.labels ?? DEFAULT_TREND_CHART_OPTIONS.labels;
  const title = options?.title ?? "";
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v !== null);
  const head = `<svg class="trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img"><title>${escapeHtml(title)}</title>`;
  if (periods.length === 0 || values.length === 0) {
    return `${head}<text x="${width / 2}" y="${height / 2}" text-anchor="middle" class="nodata">–</text></svg>`;
  }
  const left = 4;
  const right = labels ? 34 : 4;
  const top = 6;
  const bottom = labels ? 16 : 4;
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * 0.08;
  min -= pad;
  max += pad;
  const x = (i: number) => left + (periods.length === 1 ? 0.5 : i / (periods.length - 1)) * (width - left - right);
  const y = (v: number) => top + (1 - (v - min) / (max - min)) * (height - top - bottom);
  const ordered = [...series].sort((a, b) => rank(b, series) - rank(a, series));
  const parts: string[] = [head];
  const ends: EndLabel[] = [];
  for (const s of ordered) {
    const role = s.role ?? (s === series[0] ? "area" : "other");
    const stroke = role === "area" ? colour : (GREY[role] ?? "#8c959f");
    const dash = DASH[role] ?? "";
    const byPeriod = new Map(s.points.map((p) => [p.period, p.value]));
    let d = "";
    let pen = false;
    periods.forEach((period, i) => {
      const v = byPeriod.get(period);
      if (v === null || v === undefined) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
      pen = true;
    });
    if (!d) continue;
    const w = role === "area" ? 2.2 : 1.4;
    parts.push(
      `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${w}"${dash ? ` stroke-dasharray="${dash}"` : ""} data-area="${escapeHtml(s.area)}"><title>${escapeHtml(textNl(s.name) || s.area)}</title></path>`,
    );
    const last = [...periods].reverse().find((p) => byPeriod.get(p) !== null && byPeriod.get(p) !== undefined);
    if (last !== undefined && labels) {
      const v = byPeriod.get(last) as number;
      ends.push({ x: x(periods.indexOf(last)) + 3, y: y(v) + 3, text: formatNumber(v), fill: TEXT[role] ?? stroke });
    }
  }
  // End labels never collide: a collision pass spreads them apart vertically, inside the plot.
  for (const e of spreadLabels(ends, LABEL_GAP, top + 6, height - bottom + 3)) {
    parts.push(
      `<text x="${e.x.toFixed(1)}" y="${e.y.toFixed(1)}" fill="${e.fill}" class="val">${escapeHtml(e.text)}</text>`,
    );
  }
  if (labels) {
    const first = periods[0] ?? "";
    const lastPeriod = periods[periods.length - 1] ?? "";
    parts.push(
      `<text x="${left}" y="${height - 3}" class="per">${escapeHtml(first)}</text>`,
      `<text x="${(width - right).toFixed(1)}" y="${height - 3}" text-anchor="end" class="per">${escapeHtml(lastPeriod)}</text>`,
    );
  }
  parts.push("</svg>");
  return parts.join("");
}

/** Draw the area line last, so it lies on top. */
function rank(s: TrendSeries, all: ReadonlyArray<TrendSeries>): number {
  const role = s.role ?? (s === all[0] ? "area" : "other");
  return role === "area" ? 0 : role === "municipality" ? 1 : 2;
}
