import { both, escapeHtml, local } from "./html.js";
import type { DashboardRegisters } from "./registers-data.js";

const ACCESS: Record<string, [string, string]> = {
  open: ["open", "open"],
  partners: ["voor partners", "for partners"],
  "on-request": ["op aanvraag", "on request"],
  closed: ["gesloten", "closed"],
};

const OF: Record<string, [string, string]> = {
  residents: ["bewoners", "residents"],
  organisations: ["organisaties", "organisations"],
};

function areaName(r: DashboardRegisters, code: string): string {
  const name = r.areaNames?.[code];
  return name ? `${escapeHtml(name)} <code>${escapeHtml(code)}</code>` : `<code>${escapeHtml(code)}</code>`;
}

/** The activiteitenloket section: over-asked groups, activities to coordinate, what is planned, the register. */
export function renderActivitiesRegister(r: DashboardRegisters | undefined): string {
  if (!r)
    return `<p class="muted">${both("Geen activiteitenloket in dit project.", "No activiteitenloket in this project.")}</p>`;
  const name = new Map(r.activities.map((a) => [a.id, a.name]));
  const act = (id: string) => (name.has(id) ? local(name.get(id)) : escapeHtml(id));
  const t = r.thresholds;
  const rule = t
    ? both(
        `Overvraagd: meer dan ${t.maxActivities} activiteiten of meer dan ${t.maxMinutesPerYear} minuten per jaar voor dezelfde groep in hetzelfde gebied${r.period ? ` (${r.period.from}${r.period.to ? `–${r.period.to}` : ""})` : ""}.`,
        `Over-asked: more than ${t.maxActivities} activities or more than ${t.maxMinutesPerYear} minutes a year for the same group in the same area${r.period ? ` (${r.period.from}${r.period.to ? `–${r.period.to}` : ""})` : ""}.`,
      )
    : "";
  const over = r.overAsked.length
    ? `<table class="registers" data-register="over-asked"><thead><tr><th>${both("Groep", "Group")}</th><th>${both("Gebied", "Area")}</th><th>${both("Activiteiten", "Activities")}</th><th>${both("Minuten per jaar", "Minutes a year")}</th></tr></thead><tbody>${r.overAsked
        .map(
          (o) =>
            `<tr><td>${escapeHtml(o.group)} (${both(...(OF[o.of] ?? [o.of, o.of]))})</td><td>${areaName(r, o.area)}</td><td>${o.activities.map(act).join("<br>")}</td><td>${o.minutesPerYear}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : `<p>${both("Niemand is overvraagd.", "Nobody is over-asked.")}</p>`;
  const overlaps = r.overlaps.length
    ? `<ul data-register="overlaps">${r.overlaps
        .map(
          (o) =>
            `<li>${o.activities.map(act).join(" + ")}: ${o.groups.map(escapeHtml).join(", ")} · ${o.areas.map((a) => areaName(r, a)).join(", ")}</li>`,
        )
        .join("")}</ul>`
    : `<p>${both("Geen overlap.", "No overlap.")}</p>`;
  const planned = r.planned.length
    ? `<ul data-register="planned">${r.planned.map((p) => `<li>${escapeHtml(p.from)}: ${act(p.id)}</li>`).join("")}</ul>`
    : `<p>${both("Niets gepland.", "Nothing planned.")}</p>`;
  return `<p class="lead">${both(
    "Het activiteitenloket (programmabureau) houdt bij welke interventies, preventieprogramma's en onderzoeken bewoners en organisaties iets vragen, zodat niemand overvraagd raakt.",
    "The activiteitenloket (programme office) keeps track of which interventions, prevention programmes and studies ask something of residents and organisations, so that nobody is over-asked.",
  )}</p>
<p>${rule}</p>
<h3>${both("Overvraagde groepen", "Over-asked groups")}</h3>${over}
<h3>${both("Afstemmen: zelfde doelgroep en gebied", "Coordinate: same target group and area")}</h3>${overlaps}
<h3>${both("Wat komt eraan", "Planned next")}</h3>${planned}
<p class="muted">${both(`${r.activities.length} activiteiten in het register.`, `${r.activities.length} activities in the register.`)}</p>`;
}

/** The dataloket section: duplicate collection, indicators nobody collects, and who may access what. */
export function renderDataRegister(r: DashboardRegisters | undefined): string {
  if (!r) return `<p class="muted">${both("Geen dataloket in dit project.", "No dataloket in this project.")}</p>`;
  const dup = r.duplicates.length
    ? `<ul data-register="duplicates">${r.duplicates
        .map(
          (d) =>
            `<li><code>${escapeHtml(d.indicatorId)}</code>: ${d.collections.map(escapeHtml).join(", ")} (${d.by.map(escapeHtml).join(", ")})</li>`,
        )
        .join("")}</ul>`
    : `<p>${both("Niets wordt dubbel verzameld.", "Nothing is collected twice.")}</p>`;
  const gaps = r.uncollected.length
    ? `<p data-register="uncollected">${r.uncollected.map((u) => `<code>${escapeHtml(u.indicatorId)}</code>`).join(", ")}</p>`
    : `<p>${both("Elke kernindicator heeft een verzameling.", "Every key indicator has a collection.")}</p>`;
  const rows = r.collections
    .map(
      (c) =>
        `<tr><td>${local(c.what)}</td><td>${escapeHtml(c.by)}</td><td>${escapeHtml(c.frequency)}</td><td>${c.indicators.map((i) => `<code>${escapeHtml(i)}</code>`).join(" ")}</td><td data-access="${escapeHtml(c.access)}">${both(...(ACCESS[c.access] ?? [c.access, c.access]))}${c.agreement ? `<br><span class="muted">${escapeHtml(c.agreement)}</span>` : ""}</td></tr>`,
    )
    .join("");
  return `<p class="lead">${both(
    "Het dataloket (OU) houdt bij welke gegevens al verzameld worden, door wie, hoe vaak en wie ze mag gebruiken, zodat niets dubbel gebeurt en partners weten wat ze kunnen opvragen.",
    "The dataloket (OU) keeps track of which data are already collected, by whom, how often and who may use them, so that nothing is done twice and partners know what they can request.",
  )}</p>
<h3>${both("Dubbel verzameld", "Collected twice")}</h3>${dup}
<h3>${both("Kernindicatoren zonder verzameling", "Key indicators without a collection")}</h3>${gaps}
<h3>${both("Register", "Register")}</h3>
<table class="registers" data-register="collections"><thead><tr><th>${both("Wat", "What")}</th><th>${both("Door", "By")}</th><th>${both("Hoe vaak", "How often")}</th><th>${both("Indicatoren", "Indicators")}</th><th>${both("Toegang", "Access")}</th></tr></thead><tbody>${rows}</tbody></table>`;
}
