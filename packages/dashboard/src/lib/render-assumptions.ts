import type { DashboardData } from "./dashboard-data.js";
import { both, escapeHtml, local } from "./html.js";
import { RESULT_TEXT, TESTABILITY_TEXT } from "./i18n.js";
import { ui, uiText } from "./ui-text.js";

/** The assumptions section: how many links the monitoring can test, the table, the monitoring gaps, caveats. */
export function renderAssumptions(data: DashboardData): string {
  const items = data.assumptions ?? [];
  if (items.length === 0) {
    return `<p class="muted">${ui("noAssumptionsAssessed")}</p>`;
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
    ? `<h3>${ui("whereMonitoringHasGaps")}</h3><p>${ui("constructsOnAPathTo")}</p><ul>${data.monitoringGaps.map((g) => `<li><code>${escapeHtml(g)}</code></li>`).join("")}</ul>`
    : "";
  const caveats = data.caveats?.length
    ? `<div class="caveats"><h3>${ui("caveats")}</h3><ul>${data.caveats.map((c) => `<li>${local(c)}</li>`).join("")}</ul></div>`
    : "";
  return `${summary}
<div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(uiText("nl", "whichAssumptionsCanWeTest"))}"><table class="data assumptions"><thead><tr><th scope="col">${ui("from")}</th><th scope="col"><span class="sr">${ui("sign")}</span></th><th>${ui("to")}</th><th>${ui("testable")}</th><th>${ui("result")}</th><th>${ui("indicators")}</th></tr></thead><tbody>${rows}</tbody></table></div>
${gaps}${caveats}`;
}
