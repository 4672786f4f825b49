import { CLIENT_SCRIPT } from "./client-script.js";
import type { DashboardData } from "./dashboard-data.js";
import { both, escapeHtml, local, textNl } from "./html.js";
import { KIND_COLOUR, STATUS_COLOUR, STATUS_TEXT } from "./i18n.js";
import { renderAssumptions } from "./render-assumptions.js";
import { renderChartLegend, renderGoalCards, renderGoalDetails, summariseGoalStatus } from "./render-goals.js";
import { renderLogicModels } from "./render-logic-models.js";
import { renderNetworkSection } from "./render-network-section.js";
import { renderReview } from "./render-review.js";
import { STYLES } from "./styles.js";

/** Options of {@link renderDashboard}. */
export interface RenderDashboardOptions {
  /** The language the page opens in (default `nl`); the reader can switch. */
  lang?: "nl" | "en" | undefined;
  /**
   * The viewer's self-contained browser ESM bundle (the text of `@verlicht/viewer/browser`), inlined into the
   * page. Without it the page draws the network with its own simple canvas drawing.
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
  const titleNl = textNl(data.title);
  const banner = data.fictional
    ? `<div class="fictional" role="note">${both("Alle gegevens in dit dashboard zijn FICTIEF: een voorbeeld om de werkwijze te laten zien.", "All data in this dashboard is FICTIONAL: an example that shows how the toolkit works.")}</div>`
    : "";
  const nav: Array<[string, string, string]> = [
    ["overzicht", "Overzicht", "Overview"],
    ["doelen", "Doelen", "Goals"],
    ["netwerk", "Netwerk", "Network"],
    ["aannames", "Aannames", "Assumptions"],
    ["modellen", "Logische modellen", "Logic models"],
    ["review", "Levende review", "Living review"],
    ["verantwoording", "Verantwoording", "Method"],
  ];
  const networkJson = data.network ? safeJson(data.network) : "null";
  const viewer = bundle ? `<script type="module">\n${inlineViewerBundle(bundle)}\n</script>` : "";
  return `<!doctype html>
<html lang="${lang}" data-lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@verlicht/dashboard">
<title>${escapeHtml(titleNl)}</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
</head>
<body>
<header><h1>${local(data.title)}</h1><div class="lang" role="group" aria-label="Taal / Language"><button type="button" data-set-lang="nl" aria-pressed="${lang === "nl"}">NL</button> <button type="button" data-set-lang="en" aria-pressed="${lang === "en"}">EN</button></div></header>
${banner}
<nav aria-label="${lang === "nl" ? "Onderdelen" : "Sections"}">${nav.map(([id, nl, en]) => `<a href="#${id}">${both(nl, en)}</a>`).join("")}</nav>
<main>
<section id="overzicht"><h2>${both("Overzicht", "Overview")}</h2>${renderFront(data)}</section>
<section id="doelen"><h2>${both("De doelen en hun indicatoren", "The goals and their indicators")}</h2>${renderChartLegend()}${renderGoalDetails(data.goals)}</section>
<section id="netwerk"><h2>${both("Netwerk van aannames", "Network of assumptions")}</h2>${renderNetworkSection(data)}<div id="network-panel" hidden></div></section>
<section id="aannames"><h2>${both("Welke aannames kunnen we toetsen?", "Which assumptions can we test?")}</h2>${renderAssumptions(data)}</section>
<section id="modellen"><h2>${both("Logische modellen van interventies", "Intervention logic models")}</h2>${renderLogicModels(data)}</section>
<section id="review"><h2>${both("Levende review", "Living review")}</h2>${renderReview(data)}</section>
<section id="verantwoording"><h2>${both("Verantwoording", "Method")}</h2>${renderMethod(data)}</section>
</main>
<footer>${both("Gemaakt met de VERLICHT-toolkit", "Made with the VERLICHT toolkit")}${data.generatedAt ? ` · ${escapeHtml(data.generatedAt)}` : ""} · ${both("werkt offline", "works offline")}</footer>
<script type="application/json" id="network-data">${networkJson}</script>
<script type="application/json" id="kind-colours">${safeJson(KIND_COLOUR)}</script>
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
    cards.push(card(data.network.edges.length, "verbanden uit de interviews", "links from the interviews", "netwerk"));
  }
  if (data.assumptions) {
    const t = data.assumptions.filter((a) => a.testability === "testable").length;
    cards.push(
      card(
        `${t} / ${data.assumptions.length}`,
        "aannames toetsbaar met cijfers",
        "assumptions testable with data",
        "aannames",
      ),
    );
  }
  if (data.logicModels) cards.push(card(data.logicModels.length, "logische modellen", "logic models", "modellen"));
  const last = data.review?.rounds[data.review.rounds.length - 1];
  if (last)
    cards.push(
      card(
        last.cumulativeIncluded ?? last.included,
        "studies in de levende review",
        "studies in the living review",
        "review",
      ),
    );
  return `<p class="lead">${both(
    `Hoe staat Heerlen-Noord ervoor op de ${data.goals.length} doelen? Elke kaart vergelijkt Heerlen-Noord met Heerlen en Nederland. De kleur zegt of de achterstand kleiner wordt.`,
    `How is Heerlen-Noord doing on the ${data.goals.length} goals? Each card compares Heerlen-Noord with Heerlen and the Netherlands. The colour says whether the gap is closing.`,
  )} ${statusLine}</p>
${renderChartLegend()}
${renderGoalCards(data.goals)}
<div class="cards">${cards.join("")}</div>`;
}

function card(value: number | string, nl: string, en: string, href: string): string {
  return `<a class="card" href="#${href}"><b>${escapeHtml(String(value))}</b>${both(nl, en)}</a>`;
}

function renderMethod(data: DashboardData): string {
  const parts: string[] = [];
  if (data.coding) {
    const c = data.coding;
    parts.push(
      `<h3>${both("Codering", "Coding")}</h3><p>${both(`${c.sources ?? "?"} bronnen, ${c.utterances ?? "?"} uitspraken, codeurs: ${(c.coders ?? []).join(", ")}.`, `${c.sources ?? "?"} sources, ${c.utterances ?? "?"} utterances, coders: ${(c.coders ?? []).join(", ")}.`)}${c.alpha !== undefined && c.alpha !== null ? ` Krippendorff's α = ${c.alpha.toFixed(2)}.` : ""}</p>`,
    );
    if (c.kappa?.length) {
      parts.push(
        `<details><summary>${both("Overeenstemming per code (Cohen's κ)", "Agreement per code (Cohen's κ)")}</summary><table class="data"><tbody>${c.kappa.map((k) => `<tr><th><code>${escapeHtml(k.code)}</code></th><td>${k.kappa === null || Number.isNaN(k.kappa) ? "–" : k.kappa.toFixed(2)}</td></tr>`).join("")}</tbody></table></details>`,
      );
    }
  }
  if (data.anonymisation) {
    const a = data.anonymisation;
    const spans = Object.entries(a.spans)
      .map(([k, n]) => `${escapeHtml(k)}: ${n}`)
      .join(", ");
    parts.push(
      `<h3>${both("Pseudonimisering", "Pseudonymisation")}</h3><p>${both(`${a.documents} transcripten gepseudonimiseerd (${spans}).`, `${a.documents} transcripts pseudonymised (${spans}).`)}${a.leaks !== undefined ? ` ${both(`Mogelijke lekken (persoonsgegevens uit een ruw transcript die ook in een gecodeerde bron staan; door een mens te controleren): ${a.leaks}.`, `Possible leaks (personal data from a raw transcript that also occur in a coded source; for a human to check): ${a.leaks}.`)}` : ""}</p>`,
    );
  }
  parts.push(
    `<p>${both(
      "De status van een doel volgt de regel van @verlicht/indicators: bereikt (even goed als of beter dan Nederland in het laatste jaar), kloof wordt kleiner of groter (met ten minste 5 % van basisjaar tot laatste jaar), anders stabiel. Wijkcijfers zijn opgeteld uit tellers en noemers, nooit gemiddeld.",
      "A goal's status follows the rule of @verlicht/indicators: reached (as good as or better than the Netherlands in the latest year), gap closing or widening (by at least 5 % from baseline to latest), stable otherwise. District figures are summed from numerators and denominators, never averaged.",
    )}</p>`,
  );
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
