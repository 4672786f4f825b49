import type { DashboardGoal, DashboardIndicator, GoalStatus } from "./dashboard-data.js";
import { both, escapeHtml, formatNumber, local, textNl } from "./html.js";
import { STATUS_COLOUR, STATUS_TEXT, THEME_TEXT } from "./i18n.js";
import { renderTrendChart } from "./render-trend-chart.js";
import { ui, uiCount } from "./ui-text.js";

const ORDER: GoalStatus[] = ["widening", "stable", "closing", "reached", "insufficient-data"];

/**
 * The summary status of a goal: its own when given, otherwise the most frequent status among its
 * indicators that have data (ties go to the worse status), or `insufficient-data`.
 */
export function summariseGoalStatus(goal: DashboardGoal): GoalStatus {
  if (goal.status) return goal.status;
  const counts = new Map<GoalStatus, number>();
  for (const ind of goal.indicators) {
    if (ind.status === "insufficient-data") continue;
    counts.set(ind.status, (counts.get(ind.status) ?? 0) + 1);
  }
  let best: GoalStatus = "insufficient-data";
  let bestCount = 0;
  for (const status of ORDER) {
    const n = counts.get(status) ?? 0;
    if (n > bestCount) {
      best = status;
      bestCount = n;
    }
  }
  return best;
}

/** A coloured status badge with its text. */
export function statusBadge(status: GoalStatus): string {
  const t = STATUS_TEXT[status];
  return `<span class="badge" data-status="${status}" style="--c:${STATUS_COLOUR[status]}">${both(t.nl, t.en)}</span>`;
}

/** The front page's grid of goal cards: one card per goal, status colour, the first indicator's chart. */
export function renderGoalCards(goals: ReadonlyArray<DashboardGoal>): string {
  const cards = goals.map((goal) => {
    const status = summariseGoalStatus(goal);
    const first = cardIndicator(goal, status);
    const chart = first
      ? renderTrendChart(first.series, {
          title: textNl(first.label),
          colour: STATUS_COLOUR[status],
          width: 200,
          height: 70,
        })
      : `<p class="muted">${ui("noIndicatorLinkedYet")}</p>`;
    const label = first ? `<p class="ind">${local(first.label)}</p>${missingLines(first)}` : "";
    return `<a class="goal-card" href="#goal-${escapeHtml(goal.id)}" data-goal="${escapeHtml(goal.id)}" data-status="${status}"${first ? ` data-indicator="${escapeHtml(first.id)}"` : ""} style="--c:${STATUS_COLOUR[status]}">
<span class="num">${goal.number ?? ""}</span><h3>${local(goal.title)}</h3>${goal.shortTitle ? `<p class="short">${local(goal.shortTitle)}</p>` : ""}${statusBadge(status)}${label}${chart}
<span class="more">${uiCount("indicatorCount", goal.indicators.length)}</span></a>`;
  });
  return `<div class="goal-grid" id="goal-grid">${cards.join("\n")}</div>`;
}

const ROLES = [
  ["area", "heerlenNoord"],
  ["municipality", "heerlen"],
  ["reference", "theNetherlands"],
] as const;

const hasData = (ind: DashboardIndicator, role: string) =>
  ind.series.some((s) => s.role === role && s.points.some((p) => p.value !== null));

/**
 * The indicator a goal card draws: one whose own status is the goal's status (so the card's colour and its chart
 * tell the same story), preferring the one with the most of the three lines (Heerlen-Noord, Heerlen, Nederland).
 */
function cardIndicator(goal: DashboardGoal, status: GoalStatus): DashboardIndicator | undefined {
  const lines = (ind: DashboardIndicator) => ROLES.filter(([role]) => hasData(ind, role)).length;
  const withData = goal.indicators.filter((i) => i.series.some((s) => s.points.some((p) => p.value !== null)));
  const same = withData.filter((i) => i.status === status);
  const pool = same.length ? same : withData;
  return [...pool].sort((a, b) => lines(b) - lines(a))[0] ?? goal.indicators.find((i) => i.series.length > 0);
}

/** A note naming the lines an indicator has no figures for. */
function missingLines(ind: DashboardIndicator): string {
  const missing = ROLES.filter(([role]) => !hasData(ind, role));
  if (missing.length === 0) return "";
  return `<p class="missing" data-missing="${missing.map(([role]) => role).join(" ")}">${missing.map(([role]) => ui(`noLine_${role}`)).join(" ")}</p>`;
}

/** The legend of the trend charts' lines. */
export function renderChartLegend(): string {
  return `<p class="legend"><span class="ln area"></span>${ui("heerlenNoord")} <span class="ln municipality"></span>${ui("heerlen")} <span class="ln reference"></span>${ui("theNetherlands")}</p>`;
}

/** The drill-down of every goal: each indicator with a larger chart, the gap and a data table. */
export function renderGoalDetails(goals: ReadonlyArray<DashboardGoal>): string {
  return goals
    .map((goal) => {
      const status = summariseGoalStatus(goal);
      const rows = goal.indicators.map((ind) => renderIndicator(ind)).join("\n");
      const constructs = goal.constructs?.length
        ? `<p class="muted">${ui("constructsInTheNetwork")}: ${goal.constructs.map((c) => `<code>${escapeHtml(c)}</code>`).join(", ")}</p>`
        : "";
      const short = goal.shortTitle ? `<p class="short">${local(goal.shortTitle)}</p>` : "";
      const theme = `${short}${goal.description ? `<p class="lead">${local(goal.description)}</p>` : ""}${goal.theme ? `<p class="theme">${ui("theme")}: ${themeText(goal.theme)}</p>` : ""}`;
      return `<section class="goal-detail" id="goal-${escapeHtml(goal.id)}" data-goal="${escapeHtml(goal.id)}">
<h3><span class="num" style="--c:${STATUS_COLOUR[status]}">${goal.number ?? ""}</span> ${local(goal.title)} ${statusBadge(status)}</h3>${theme}${constructs}
${rows || `<p class="muted">${ui("noIndicatorsWithData")}</p>`}
</section>`;
    })
    .join("\n");
}

function renderIndicator(ind: DashboardIndicator): string {
  const periods = [...new Set(ind.series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const head = periods.map((p) => `<th>${escapeHtml(p)}</th>`).join("");
  const body = ind.series
    .map((s) => {
      const by = new Map(s.points.map((p) => [p.period, p.value]));
      return `<tr><th>${local(s.name ?? s.area)}</th>${periods.map((p) => `<td>${formatNumber(by.get(p))}</td>`).join("")}</tr>`;
    })
    .join("");
  const gap = ind.gap
    ? `<p class="gap">${ui("gapToTheNetherlands")}: ${formatNumber(ind.gap.baseline)} → ${formatNumber(ind.gap.latest)}${ind.unit ? ` ${escapeHtml(ind.unit)}` : ""}</p>`
    : "";
  const better = ind.better
    ? `<p class="muted">${ind.better === "higher" ? ui("higherIsBetter") : ui("lowerIsBetter")}</p>`
    : "";
  const trendBreak = ind.trendBreak ? `<p class="warn">${ui("trendBreakAround20202021")}</p>` : "";
  return `<div class="indicator" data-indicator="${escapeHtml(ind.id)}">
<div class="ind-head"><h4>${local(ind.label)}${ind.unit ? ` <small>(${escapeHtml(ind.unit)})</small>` : ""}</h4>${statusBadge(ind.status)}</div>
<div class="ind-body">${renderTrendChart(ind.series, { title: textNl(ind.label), width: 320, height: 130, colour: STATUS_COLOUR[ind.status] })}
<div>${missingLines(ind)}${gap}${better}${trendBreak}${ind.note ? `<p>${local(ind.note)}</p>` : ""}</div></div>
<details><summary>${ui("figures")}</summary><div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(textNl(ind.label))}"><table class="data"><thead><tr><td></td>${head}</tr></thead><tbody>${body}</tbody></table></div></details>
</div>`;
}

/** A theme in both languages: a programme line by its name, anything else as given. */
function themeText(theme: DashboardGoal["theme"]): string {
  const known = typeof theme === "string" ? THEME_TEXT[theme.trim().toLowerCase()] : undefined;
  return known ? both(known.nl, known.en) : local(theme);
}
