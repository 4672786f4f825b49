import type { SerializedNetwork } from "@verlicht/core";
import type { DashboardData } from "./dashboard-data.js";
import { both, escapeHtml } from "./html.js";
import { GROUP_TEXT, KIND_COLOUR, KIND_TEXT, RELATION_TEXT } from "./i18n.js";
import { ui, uiCount, uiText } from "./ui-text.js";

/**
 * The network section: a container the viewer (or the built-in fallback drawing) fills, a legend,
 * feedback loops, links named by one group only, and a text list of every link for screen readers.
 */
export function renderNetworkSection(data: DashboardData): string {
  const network = data.network;
  if (!network) {
    return `<p class="muted">${ui("thisProjectHasNoNetwork")}</p>`;
  }
  const kinds = [...new Set(network.nodes.map((n) => n.attributes.kind ?? "other"))];
  const legend = kinds
    .map((k) => {
      const t = KIND_TEXT[k ?? ""] ?? { nl: String(k), en: String(k) };
      return `<span class="dot" style="--c:${KIND_COLOUR[k ?? ""] ?? "#57606a"}"></span>${both(t.nl, t.en)}`;
    })
    .join(" ");
  const loops = data.loops?.length
    ? `<h3>${ui("feedbackLoops")}</h3><ul class="loops">${data.loops
        .map(
          (l) =>
            `<li><span class="pol" data-polarity="${escapeHtml(l.polarity)}">${polarity(l.polarity)}</span> ${l.nodes.map((n) => escapeHtml(label(network, n))).join(" → ")} → ${escapeHtml(label(network, l.nodes[0] ?? ""))}</li>`,
        )
        .join("")}</ul>`
    : "";
  const groups = data.groupComparison?.length
    ? `<h3>${ui("namedByOneGroupOnly")}</h3><ul>${data.groupComparison
        .map(
          (c) =>
            `<li>${escapeHtml(label(network, c.from))} → ${escapeHtml(label(network, c.to))} <small>(${relation(c.type)})</small>: <b>${c.groups.map(groupName).join(", ")}</b></li>`,
        )
        .join("")}</ul>`
    : "";
  const list = network.edges
    .map((e) => {
      const a = e.attributes;
      const sign = a.valence === 1 ? "+" : a.valence === -1 ? "−" : a.valence === 0 ? "?" : "·";
      return `<li>${escapeHtml(label(network, e.source))} <b>${sign}→</b> ${escapeHtml(label(network, e.target))} <small>(${relation(a.type)}; ${a.support.citations}× ${ui("cited")}, ${a.support.cases} ${ui("interviews")})</small></li>`;
    })
    .join("");
  const groupValues = [...new Set(network.edges.flatMap((e) => e.attributes.groups ?? []))].sort();
  const groupFilter = groupValues.length
    ? `<p class="group-filter" role="group" aria-label="${escapeHtml(uiText("nl", "showWhatWasNamedBy"))}">${ui("showWhatWasNamedBy")}: <button type="button" data-group="" aria-pressed="true">${ui("everyone")}</button> ${groupValues.map((g) => `<button type="button" data-group="${escapeHtml(g)}" aria-pressed="false">${groupName(g)}</button>`).join(" ")}</p>`
    : "";
  return `<p>${ui("whatPeopleSaidInThe")}</p>
<p class="legend net-legend">${legend}</p>${groupFilter}
<div id="network" class="network" data-nodes="${network.nodes.length}" data-edges="${network.edges.length}"></div>
<div id="viewer-missing" class="viewer-missing" role="alert" hidden>${ui("viewerMissing")}</div>
<p id="network-status" class="muted" aria-live="polite"></p>
${loops}${groups}
<details><summary>${uiCount("allLinksAsList", network.edges.length)}</summary><ul class="edge-list">${list}</ul></details>`;
}

/** A relation type in words, in both languages (`causal_pos` → "leidt tot meer" / "leads to more"). */
function relation(type: string): string {
  const t = RELATION_TEXT[type];
  return t ? both(t.nl, t.en) : escapeHtml(type.replace(/_/g, " "));
}

/** A group (role) name in both languages when it is a usual one, else as written. */
function groupName(group: string): string {
  const t = GROUP_TEXT[group.toLowerCase()];
  return t ? both(t.nl, t.en) : escapeHtml(group);
}

function label(network: SerializedNetwork, key: string): string {
  return network.nodes.find((n) => n.key === key)?.attributes.label ?? key;
}

function polarity(p: string): string {
  if (p === "reinforcing") return ui("reinforcing");
  if (p === "balancing") return ui("balancing");
  return ui("unknown");
}
