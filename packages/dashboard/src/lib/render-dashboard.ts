import { CLIENT_SCRIPT } from "./client-script.js";
import type { DashboardData } from "./dashboard-data.js";
import { both, escapeHtml, local, textEn, textNl } from "./html.js";
import { STATUS_COLOUR, STATUS_TEXT } from "./i18n.js";
import { renderAssumptions } from "./render-assumptions.js";
import { renderChartLegend, renderGoalCards, renderGoalDetails, summariseGoalStatus } from "./render-goals.js";
import { renderLogicModels } from "./render-logic-models.js";
import { renderNetworkSection } from "./render-network-section.js";
import { renderActivitiesRegister, renderDataRegister } from "./render-registers.js";
import { renderReview } from "./render-review.js";
import { STYLES } from "./styles.js";
import { type DashboardTextKey, ui, uiText } from "./ui-text.js";

/** Options of {@link renderDashboard}. */
export interface RenderDashboardOptions {
  /** The language the page opens in (default `nl`); the reader can switch. */
  lang?: "nl" | "en" | undefined;
  /**
   * The viewer's self-contained browser ESM bundle (the text of `@verlicht/viewer/browser`), inlined into the
   * page. Without it the network section says, in red, that the viewer is missing (the list of links stays).
   */
  viewerBundle?: string | null | undefined;
}

/** Defaults of {@link renderDashboard}. */
export const DEFAULT_OPTIONS = { lang: "nl", viewerBundle: null } as const;

/**
 * Render the dashboard as one self-contained HTML document: no external files, no CDN, no fonts; it works
 * from disk (`file://`) and offline. A pure function of its input.
 *
 * @param data The project's results (validated with {@link DashboardDataSchema} by {@link writeDashboard}).
 * @param options The start language and the viewer bundle to inline.
 * @returns The HTML text.
 */
export function renderDashboard(data: DashboardData, options?: RenderDashboardOptions | null): string {
  const lang = options?.lang ?? DEFAULT_OPTIONS.lang;
  const bundle = options?.viewerBundle ?? null;
  const banner = data.fictional ? `<div class="fictional" role="note">${ui("allDataInThisDashboard")}</div>` : "";
  const nav: Array<[string, DashboardTextKey]> = [
    ["overzicht", "overview"],
    ["doelen", "goals"],
    ["netwerk", "network"],
    ["aannames", "assumptions"],
    ["modellen", "logicModels"],
    ["review", "livingReview"],
    ["verantwoording", "method"],
  ];
  // A fictional project says so in its title, in the reader's language.
  const title = data.fictional
    ? {
        nl: uiText("nl", "fictionalTitle", { title: textNl(data.title) }),
        en: uiText("en", "fictionalTitle", { title: textEn(data.title) }),
      }
    : { nl: textNl(data.title), en: textEn(data.title) };
  const networkJson = data.network ? safeJson(data.network) : "null";
  const viewer = bundle ? `<script type="module">\n${inlineViewerBundle(bundle)}\n</script>` : "";
  return `<!doctype html>
<html lang="${lang}" data-lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@verlicht/dashboard">
<title data-nl="${escapeHtml(title.nl)}" data-en="${escapeHtml(title.en)}">${escapeHtml(lang === "nl" ? title.nl : title.en)}</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
</head>
<body>
<a class="skip" href="#main">${ui("skipToContent")}</a>
<header><h1>${local(title)}</h1><div class="lang" role="group" aria-label="${uiText("nl", "language")} / ${uiText("en", "language")}"><button type="button" data-set-lang="nl" aria-pressed="${lang === "nl"}">NL</button> <button type="button" data-set-lang="en" aria-pressed="${lang === "en"}">EN</button></div></header>
${banner}
<nav aria-label="${uiText(lang, "sections")}" data-label-nl="${uiText("nl", "sections")}" data-label-en="${uiText("en", "sections")}">${nav.map(([id, key]) => `${id === "review" && data.registers ? `<a href="#activiteitenloket">${both("Activiteitenloket", "Activities register")}</a><a href="#dataloket">${both("Dataloket", "Data register")}</a>` : ""}<a href="#${id}">${ui(key)}</a>`).join("")}</nav>
<main id="main" tabindex="-1">
<section id="overzicht"><h2>${ui("overview")}</h2>${renderFront(data)}</section>
<section id="doelen"><h2>${ui("theGoalsAndTheirIndicators")}</h2>${renderChartLegend()}${renderGoalDetails(data.goals)}</section>
<section id="netwerk"><h2>${ui("networkOfAssumptions")}</h2>${renderNetworkSection(data)}<div id="network-panel" hidden></div></section>
<section id="aannames"><h2>${ui("whichAssumptionsCanWeTest")}</h2>${renderAssumptions(data)}</section>
<section id="modellen"><h2>${ui("interventionLogicModels")}</h2>${renderLogicModels(data)}</section>
${
  data.registers
    ? `<section id="activiteitenloket"><h2>${both("Activiteitenloket", "Activities register (activiteitenloket)")}</h2>${renderActivitiesRegister(data.registers)}</section>
<section id="dataloket"><h2>${both("Dataloket", "Data register (dataloket)")}</h2>${renderDataRegister(data.registers)}</section>`
    : ""
}
<section id="review"><h2>${ui("livingReview")}</h2>${renderReview(data)}</section>
<section id="verantwoording"><h2>${ui("method")}</h2>${renderMethod(data)}</section>
</main>
<footer>${ui("madeWithTheVerlichtToolkit")}${data.generatedAt ? ` · ${escapeHtml(data.generatedAt)}` : ""} · ${ui("worksOffline")}</footer>
<script type="application/json" id="network-data">${networkJson}</script>
${viewer}
<script type="module">${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

function renderFront(data: DashboardData): string {
  const counts = new Map<string, number>();
  for (const goal of data.goals) {
    const s = summariseGoalStatus(goal);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const statusLine = [...counts.entries()]
    .map(([status, n]) => {
      const t = STATUS_TEXT[status as keyof typeof STATUS_TEXT];
      return `<span class="badge" style="--c:${STATUS_COLOUR[status as keyof typeof STATUS_COLOUR]}">${n} × ${both(t.nl, t.en)}</span>`;
    })
    .join(" ");
  const cards: string[] = [];
  if (data.network) {
    cards.push(card(data.network.edges.length, "linksFromInterviews", "netwerk"));
  }
  if (data.assumptions) {
    const t = data.assumptions.filter((a) => a.testability === "testable").length;
    cards.push(card(`${t} / ${data.assumptions.length}`, "assumptionsTestable", "aannames"));
  }
  if (data.logicModels) cards.push(card(data.logicModels.length, "logicModels", "modellen"));
  const last = data.review?.rounds[data.review.rounds.length - 1];
  if (last) cards.push(card(last.cumulativeIncluded ?? last.included, "studiesInReview", "review"));
  return `<p class="lead">${ui("frontLead", { count: data.goals.length })} ${statusLine}</p>
${renderChartLegend()}
${renderGoalCards(data.goals)}
<div class="cards">${cards.join("")}</div>`;
}

function card(value: number | string, key: DashboardTextKey, href: string): string {
  return `<a class="card" href="#${href}"><b>${escapeHtml(String(value))}</b>${ui(key)}</a>`;
}

function renderMethod(data: DashboardData): string {
  const parts: string[] = [];
  if (data.coding) {
    const c = data.coding;
    parts.push(
      `<h3>${ui("coding")}</h3><p>${ui("codingSummary", { sources: c.sources ?? "?", utterances: c.utterances ?? "?", coders: (c.coders ?? []).join(", ") })}${c.alpha !== undefined && c.alpha !== null ? ` Krippendorff's α = ${c.alpha.toFixed(2)}.` : ""}</p>`,
    );
    if (c.kappa?.length) {
      parts.push(
        `<details><summary>${ui("agreementPerCodeCohenS")}</summary><table class="data"><tbody>${c.kappa.map((k) => `<tr><th><code>${escapeHtml(k.code)}</code></th><td>${k.kappa === null || Number.isNaN(k.kappa) ? "–" : k.kappa.toFixed(2)}</td></tr>`).join("")}</tbody></table></details>`,
      );
    }
  }
  if (data.anonymisation) {
    const a = data.anonymisation;
    const spans = Object.entries(a.spans)
      .map(([k, n]) => `${escapeHtml(k)}: ${n}`)
      .join(", ");
    parts.push(
      `<h3>${ui("pseudonymisation")}</h3><p>${ui("pseudonymisedSummary", { documents: a.documents, spans })}${a.leaks !== undefined ? ` ${ui("possibleLeaks", { leaks: a.leaks })}` : ""}</p>`,
    );
  }
  parts.push(`<p>${ui("aGoalSStatusFollows")}</p>`);
  return parts.join("\n");
}

/** JSON that is safe inside a `<script>` element. */
function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

/**
 * Turn the viewer's ESM bundle into an inline module that publishes its exports on
 * `window.__verlichtViewer` (an inline module cannot be imported by another script), and make sure no
 * `</script` inside it ends the element early.
 */
export function inlineViewerBundle(bundle: string): string {
  let code = bundle.replace(/\/\/# sourceMappingURL=\S+\s*$/, "");
  const match = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(code);
  if (match) {
    const entries = (match[1] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [name, exported] = s.split(/\s+as\s+/);
        return `${JSON.stringify(exported ?? name)}: ${name}`;
      });
    code = `${code.slice(0, match.index)}\nwindow.__verlichtViewer = { ${entries.join(", ")} };\n`;
  }
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}
