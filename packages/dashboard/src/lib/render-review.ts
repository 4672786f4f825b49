import type { DashboardData, DashboardReviewRound } from "./dashboard-data.js";
import { escapeHtml, formatNumber, local } from "./html.js";
import { type DashboardTextKey, ui, uiText as uiTextOf } from "./ui-text.js";

type Study = NonNullable<DashboardReviewRound["includedStudies"]>[number];

/**
 * The living-review section: PRISMA 2020 counts per round (table and a small flow per round), then per round the
 * studies it included and those it excluded at full text with their reasons.
 */
export function renderReview(data: DashboardData): string {
  const review = data.review;
  if (!review || review.rounds.length === 0) {
    return `<p class="muted">${ui("thisProjectHasNoLiving")}</p>`;
  }
  const rows: Array<[DashboardTextKey, (r: DashboardReviewRound) => string]> = [
    ["recordsIdentified", (r) => String(r.identified)],
    ["duplicatesRemoved", (r) => String(r.duplicates)],
    ["screenedTitleAbstract", (r) => String(r.screened)],
    ["excludedAtScreening", (r) => String(r.excludedScreening)],
    ["fullTextsAssessed", (r) => String(r.fullText)],
    ["excludedAtFullText", (r) => String(r.excludedFullText)],
    ["includedThisRound", (r) => String(r.included)],
    ["includedInTotal", (r) => (r.cumulativeIncluded === undefined ? "–" : String(r.cumulativeIncluded))],
    ["reviewerConflicts", (r) => (r.conflicts === undefined ? "–" : String(r.conflicts))],
    ["agreementKappa", (r) => formatNumber(r.kappa, 2)],
  ];
  const head = review.rounds
    .map(
      (r) =>
        `<th scope="col">${ui("roundColumn", { round: String(r.round) })}${r.date ? `<br><small>${escapeHtml(r.date)}</small>` : ""}</th>`,
    )
    .join("");
  const body = rows
    .map(
      ([key, f]) => `<tr><th scope="row">${ui(key)}</th>${review.rounds.map((r) => `<td>${f(r)}</td>`).join("")}</tr>`,
    )
    .join("");
  const flows = review.rounds.map((r) => renderFlow(r)).join("");
  const last = review.rounds[review.rounds.length - 1];
  const status = last
    ? `<p class="lead">${ui("reviewLastUpdate", {
        round: String(last.round),
        date: last.date ? ` (${last.date})` : "",
        included: last.cumulativeIncluded ?? last.included,
      })}</p>`
    : "";
  const studies = review.rounds.map((r) => renderStudies(r)).join("\n");
  return `${review.name ? `<h3>${local(review.name)}</h3>` : ""}${status}
<div class="scroll" tabindex="0" role="region" aria-label="PRISMA"><table class="data prisma"><thead><tr><td></td>${head}</tr></thead><tbody>${body}</tbody></table></div>
<div class="flows">${flows}</div>${review.prismaSvg ? `<details><summary>PRISMA 2020</summary>${review.prismaSvg}</details>` : ""}
${studies}`;
}

function cite(s: Study): string {
  const authors = s.authors?.length ? `${s.authors[0]}${s.authors.length > 1 ? " et al." : ""}` : "";
  const year = s.year === null || s.year === undefined ? "" : String(s.year);
  const by = [authors, year].filter(Boolean).join(", ");
  return `${escapeHtml(s.title)}${by ? ` <small>(${escapeHtml(by)})</small>` : ""}`;
}

/** One round's included studies and its full-text exclusions with reasons (or a note that they are not listed). */
function renderStudies(r: DashboardReviewRound): string {
  const round = String(r.round);
  if (r.includedStudies === undefined && r.fullTextExclusions === undefined) {
    const reasons = Object.entries(r.exclusionReasons ?? {});
    const table = reasons.length
      ? `<table class="data reasons"><thead><tr><th scope="col">${ui("reason")}</th><th scope="col">${ui("count")}</th></tr></thead><tbody>${reasons.map(([reason, n]) => `<tr><td>${escapeHtml(reason)}</td><td>${n}</td></tr>`).join("")}</tbody></table>`
      : "";
    return `<section class="round-studies" data-round="${escapeHtml(round)}"><h3>${ui("excludedFullTextRound", { round })}</h3>${table}<p class="muted">${ui("studiesNotListed")}</p></section>`;
  }
  const included = r.includedStudies ?? [];
  const excluded = r.fullTextExclusions ?? [];
  const inc = included.length
    ? `<ol class="studies included">${included.map((s) => `<li data-study="${escapeHtml(String(s.id))}">${cite(s)}</li>`).join("")}</ol>`
    : `<p class="muted">${ui("noStudiesIncluded")}</p>`;
  const exc = excluded.length
    ? `<table class="data exclusions"><thead><tr><th scope="col">${ui("study")}</th><th scope="col">${ui("reason")}</th></tr></thead><tbody>${excluded.map((s) => `<tr data-study="${escapeHtml(String(s.id))}"><td>${cite(s)}</td><td>${escapeHtml(s.reason)}</td></tr>`).join("")}</tbody></table>`
    : `<p class="muted">${ui("noFullTextExclusions")}</p>`;
  return `<section class="round-studies" data-round="${escapeHtml(round)}"><h3>${ui("includedStudiesRound", { round })}</h3>${inc}<h3>${ui("excludedFullTextRound", { round })}</h3>${exc}</section>`;
}

/** A PRISMA-style flow of one round as SVG boxes. */
function renderFlow(r: DashboardReviewRound): string {
  const round = { round: String(r.round) };
  const boxes: Array<[DashboardTextKey, number, DashboardTextKey?, number?]> = [
    ["flowIdentified", r.identified, "flowDuplicates", r.duplicates],
    ["flowScreened", r.screened, "flowExcluded", r.excludedScreening],
    ["flowFullText", r.fullText, "flowExcluded", r.excludedFullText],
    ["flowIncluded", r.included],
  ];
  const text = (x: number, y: number, key: DashboardTextKey, n: number) =>
    (["nl", "en"] as const)
      .map(
        (lang) =>
          `<text x="${x}" y="${y}" text-anchor="middle" data-l="${lang}">${escapeHtml(uiTextOf(lang, key, round))}: ${n}</text>`,
      )
      .join("");
  const h = boxes.length * 46 + 6;
  const parts = [
    `<svg class="flow" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 ${h}" width="300" height="${h}" role="img"><title>PRISMA ${escapeHtml(String(r.round))}</title>`,
  ];
  boxes.forEach(([label, n, side, m], i) => {
    const y = 4 + i * 46;
    parts.push(`<rect x="4" y="${y}" width="150" height="32" rx="4" class="box"/>${text(79, y + 20, label, n)}`);
    if (i < boxes.length - 1) parts.push(`<path d="M79 ${y + 32}v14" class="arr"/>`);
    if (side !== undefined) {
      parts.push(
        `<path d="M154 ${y + 16}h22" class="arr"/><rect x="176" y="${y}" width="118" height="32" rx="4" class="box side"/>${text(235, y + 20, side, m ?? 0)}`,
      );
    }
  });
  parts.push("</svg>");
  return parts.join("");
}
