import type { SerializedNetwork } from "@verlicht/core";
import type { DashboardData } from "./dashboard-data.js";
import { both, escapeHtml } from "./html.js";
import { KIND_COLOUR, KIND_TEXT } from "./i18n.js";

/**
 * The network section: a container the viewer (or the built-in fallback drawing) fills, a legend,
 * feedback loops, links named by one group only, and a text list of every link for screen readers.
 */
export function renderNetworkSection(data: DashboardData): string {
  const network = data.network;
  if (!network) {
    return `<p class="muted">${both("Dit project heeft (nog) geen netwerk.", "This project has no network (yet).")}</p>`;
  }
  const kinds = [...new Set(network.nodes.map((n) => n.attributes.kind ?? "other"))];
  const legend = kinds
    .map((k) => {
      const t = KIND_TEXT[k ?? ""] ?? { nl: String(k), en: String(k) };
      return `<span class="dot" style="--c:${KIND_COLOUR[k ?? ""] ?? "#57606a"}"></span>${both(t.nl, t.en)}`;
    })
    .join(" ");
  const loops = data.loops?.length
    ? `<h3>${both("Terugkoppelingen", "Feedback loops")}</h3><ul class="loops">${data.loops
        .map(
          (l) =>
            `<li><span class="pol" data-polarity="${escapeHtml(l.polarity)}">${polarity(l.polarity)}</span> ${l.nodes.map((n) => escapeHtml(label(network, n))).join(" → ")} → ${escapeHtml(label(network, l.nodes[0] ?? ""))}</li>`,
        )
        .join("")}</ul>`
    : "";
  const groups = data.groupComparison?.length
    ? `<h3>${both("Alleen door één groep genoemd", "Named by one group only")}</h3><ul>${data.groupComparison
        .map(
          (c) =>
            `<li>${escapeHtml(label(network, c.from))} → ${escapeHtml(label(network, c.to))} <small>(${escapeHtml(c.type)})</small>: <b>${c.groups.map(escapeHtml).join(", ")}</b></li>`,
        )
        .join("")}</ul>`
    : "";
  const list = network.edges
    .map((e) => {
      const a = e.attributes;
      const sign = a.valence === 1 ? "+" : a.valence === -1 ? "−" : a.valence === 0 ? "?" : "·";
      return `<li>${escapeHtml(label(network, e.source))} <b aria-label="${escapeHtml(a.type)}">${sign}→</b> ${escapeHtml(label(network, e.target))} <small>(${escapeHtml(a.type)}; ${a.support.citations}× ${both("geciteerd", "cited")}, ${a.support.cases} ${both("gesprekken", "interviews")})</small></li>`;
    })
    .join("");
  const groupValues = [...new Set(network.edges.flatMap((e) => e.attributes.groups ?? []))].sort();
  const groupFilter = groupValues.length
    ? `<p class="group-filter" role="group" aria-label="groups">${both("Toon wat genoemd is door", "Show what was named by")}: <button type="button" data-group="" aria-pressed="true">${both("iedereen", "everyone")}</button> ${groupValues.map((g) => `<button type="button" data-group="${escapeHtml(g)}" aria-pressed="false">${escapeHtml(g)}</button>`).join(" ")}</p>`
    : "";
  return `<p>${both(
    "Wat mensen in de interviews zeggen over oorzaak en gevolg, samengevoegd tot één netwerk. Groene pijlen: meer leidt tot meer; rode: meer leidt tot minder; grijs: onbekend. Klik op een punt of pijl voor de citaten.",
    "What people said in the interviews about cause and effect, merged into one network. Green arrows: more leads to more; red: more leads to less; grey: unknown. Click a node or arrow for the quotes.",
  )}</p>
<p class="legend net-legend">${legend}</p>${groupFilter}
<div id="network" class="network" role="application" aria-label="network" data-nodes="${network.nodes.length}" data-edges="${network.edges.length}"></div>
<p id="network-status" class="muted" aria-live="polite"></p>
${loops}${groups}
<details><summary>${both(`Alle ${network.edges.length} verbanden als lijst`, `All ${network.edges.length} links as a list`)}</summary><ul class="edge-list">${list}</ul></details>`;
}

function label(network: SerializedNetwork, key: string): string {
  return network.nodes.find((n) => n.key === key)?.attributes.label ?? key;
}

function polarity(p: string): string {
  if (p === "reinforcing") return both("versterkend", "reinforcing");
  if (p === "balancing") return both("afremmend", "balancing");
  return both("onbekend", "unknown");
}
