import type { DashboardData } from "./dashboard-data.js";
import { both, escapeHtml, local } from "./html.js";
import { RESULT_TEXT, TESTABILITY_TEXT } from "./i18n.js";

/** The assumptions section: how many links the monitoring can test, the table, the monitoring gaps, caveats. */
export function renderAssumptions(data: DashboardData): string {
  const items = data.assumptions ?? [];
  if (items.length === 0) {
    return `<p class="muted">${both("Geen aannames beoordeeld.", "No assumptions assessed.")}</p>`;
  }
  const count = (t: string) => items.filter((a) => a.testability === t).length;
  const summary = `<div class="counts">${["testable", "partly", "untestable"]
    .map((t) => {
      const x = TESTABILITY_TEXT[t] ?? { nl: t, en: t };
      return `<div class="count" data-testability="${t}"><b>${count(t)}</b> ${both(x.nl, x.en)}</div>`;
    })
    .join("")}</div>`;
  const order = { testable: 0, partly: 1, untestable: 2 } as const;
  const rows = [...items]
    .sort((a, b) => order[a.testability] - order[b.testability])
    .map((a) => {
      const t = TESTABILITY_TEXT[a.testability] ?? { nl: a.testability, en: a.testability };
      const r = a.result ? (RESULT_TEXT[a.result] ?? { nl: a.result, en: a.result }) : undefined;
      const sign = a.valence === 1 ? "+" : a.valence === -1 ? "−" : a.valence === 0 ? "?" : "·";
      return `<tr data-testability="${escapeHtml(a.testability)}"><td>${local(a.fromLabel ?? a.from)}</td><td class="sign">${sign}</td><td>${local(a.toLabel ?? a.to)}</td><td>${both(t.nl, t.en)}</td><td>${r ? both(r.nl, r.en) : "–"}</td><td>${(a.indicators ?? []).map((i) => `<code>${escapeHtml(i)}</code>`).join(" ")}</td></tr>`;
    })
    .join("\n");
  const gaps = data.monitoringGaps?.length
    ? `<h3>${both("Waar de monitoring nog gaten heeft", "Where monitoring has gaps")}</h3><p>${both("Constructen op een pad naar een doel die geen indicator meet:", "Constructs on a path to a goal that no indicator measures:")}</p><ul>${data.monitoringGaps.map((g) => `<li><code>${escapeHtml(g)}</code></li>`).join("")}</ul>`
    : "";
  const caveats = data.caveats?.length
    ? `<div class="caveats"><h3>${both("Kanttekeningen", "Caveats")}</h3><ul>${data.caveats.map((c) => `<li>${local(c)}</li>`).join("")}</ul></div>`
    : "";
  return `${summary}
<table class="data assumptions"><thead><tr><th>${both("Van", "From")}</th><th></th><th>${both("Naar", "To")}</th><th>${both("Toetsbaar?", "Testable?")}</th><th>${both("Uitkomst", "Result")}</th><th>${both("Indicatoren", "Indicators")}</th></tr></thead><tbody>${rows}</tbody></table>
${gaps}${caveats}`;
}
