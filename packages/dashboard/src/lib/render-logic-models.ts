import type { DashboardData } from "./dashboard-data.js";
import { both, escapeHtml, local, textNl } from "./html.js";
import { LOGIC_STATUS_TEXT, STAGE_TEXT } from "./i18n.js";
import { ui } from "./ui-text.js";

function statusText(status: string): string {
  const t = LOGIC_STATUS_TEXT[status] ?? { nl: status, en: status };
  return both(t.nl, t.en);
}

/** The logic models section: per intervention the chain resources → activities → outputs → effects. */
export function renderLogicModels(data: DashboardData): string {
  const models = data.logicModels ?? [];
  if (models.length === 0) {
    return `<p class="muted">${ui("noLogicModelsInThis")}</p>`;
  }
  return models
    .map((m) => {
      const stages = m.stages
        .map((s) => {
          const t = STAGE_TEXT[s.stage] ?? { nl: s.stage, en: s.stage };
          const items = s.items
            .map(
              (i) =>
                `<li${i.status ? ` data-status="${escapeHtml(i.status)}"` : ""}>${local(i.label)}${i.indicators?.length ? `<br><small>${i.indicators.map((x) => `<code>${escapeHtml(x)}</code>`).join(" ")}</small>` : ""}${i.status ? ` <span class="step-status" data-status="${escapeHtml(i.status)}">${statusText(i.status)}</span>` : ""}</li>`,
            )
            .join("");
          return `<div class="stage"><h4>${both(t.nl, t.en)}</h4><ul>${items}</ul></div>`;
        })
        .join(`<div class="arrow" aria-hidden="true">→</div>`);
      const steps = (m.steps ?? [])
        .map(
          (st) =>
            `<li><b>${local(st.from)} → ${local(st.to)}</b>${st.status ? ` <span class="step-status" data-status="${escapeHtml(st.status)}">${statusText(st.status)}</span>` : ""}${st.mechanisms?.length ? `<br>${ui("worksThrough")}: ${st.mechanisms.map((x) => local(x)).join("; ")}` : ""}${st.note ? `<br><small>${local(st.note)}</small>` : ""}</li>`,
        )
        .join("");
      return `<section class="logic-model" data-model="${escapeHtml(m.id)}"><h3>${local(m.name)}</h3><div class="chain" tabindex="0" role="region" aria-label="${escapeHtml(textNl(m.name))}">${stages}</div>${steps ? `<ul class="steps">${steps}</ul>` : ""}</section>`;
    })
    .join("\n");
}
