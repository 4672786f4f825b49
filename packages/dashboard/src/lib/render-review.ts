import type { DashboardData, DashboardReviewRound } from "./dashboard-data.js";
import { both, escapeHtml, formatNumber, local } from "./html.js";

/** The living-review section: PRISMA 2020 counts per round (table and a small flow per round). */
export function renderReview(data: DashboardData): string {
  const review = data.review;
  if (!review || review.rounds.length === 0) {
    return `<p class="muted">${both("Dit project heeft geen levende review.", "This project has no living review.")}</p>`;
  }
  const rows: Array<[string, string, (r: DashboardReviewRound) => string]> = [
    ["Gevonden records", "Records identified", (r) => String(r.identified)],
    ["Dubbele verwijderd", "Duplicates removed", (r) => String(r.duplicates)],
    ["Gescreend (titel/abstract)", "Screened (title/abstract)", (r) => String(r.screened)],
    ["Uitgesloten bij screening", "Excluded at screening", (r) => String(r.excludedScreening)],
    ["Volledige tekst beoordeeld", "Full texts assessed", (r) => String(r.fullText)],
    ["Uitgesloten op volledige tekst", "Excluded at full text", (r) => String(r.excludedFullText)],
    ["Ingesloten in deze ronde", "Included this round", (r) => String(r.included)],
    [
      "Ingesloten in totaal",
      "Included in total",
      (r) => (r.cumulativeIncluded === undefined ? "–" : String(r.cumulativeIncluded)),
    ],
    [
      "Conflicten tussen beoordelaars",
      "Reviewer conflicts",
      (r) => (r.conflicts === undefined ? "–" : String(r.conflicts)),
    ],
    ["Overeenstemming (Cohen's κ)", "Agreement (Cohen's κ)", (r) => formatNumber(r.kappa, 2)],
  ];
  const head = review.rounds
    .map(
      (r) =>
        `<th>${both("Ronde", "Round")} ${escapeHtml(String(r.round))}${r.date ? `<br><small>${escapeHtml(r.date)}</small>` : ""}</th>`,
    )
    .join("");
  const body = rows
    .map(([nl, en, f]) => `<tr><th>${both(nl, en)}</th>${review.rounds.map((r) => `<td>${f(r)}</td>`).join("")}</tr>`)
    .join("");
  const flows = review.rounds.map((r) => renderFlow(r)).join("");
  const last = review.rounds[review.rounds.length - 1];
  const status = last
    ? `<p class="lead">${both(
        `Laatste update: ronde ${last.round}${last.date ? ` (${last.date})` : ""}; ${last.cumulativeIncluded ?? last.included} studies ingesloten.`,
        `Last update: round ${last.round}${last.date ? ` (${last.date})` : ""}; ${last.cumulativeIncluded ?? last.included} studies included.`,
      )}</p>`
    : "";
  return `${review.name ? `<h3>${local(review.name)}</h3>` : ""}${status}
<table class="data prisma"><thead><tr><th></th>${head}</tr></thead><tbody>${body}</tbody></table>
<div class="flows">${flows}</div>${review.prismaSvg ? `<details><summary>PRISMA 2020</summary>${review.prismaSvg}</details>` : ""}`;
}

/** A PRISMA-style flow of one round as SVG boxes. */
function renderFlow(r: DashboardReviewRound): string {
  const boxes: Array<[[string, string], number, [string, string]?, number?]> = [
    [
      [`Ronde ${r.round}: gevonden`, `Round ${r.round}: identified`],
      r.identified,
      ["dubbel", "duplicates"],
      r.duplicates,
    ],
    [["gescreend", "screened"], r.screened, ["uitgesloten", "excluded"], r.excludedScreening],
    [["volledige tekst", "full text"], r.fullText, ["uitgesloten", "excluded"], r.excludedFullText],
    [["ingesloten", "included"], r.included],
  ];
  const text = (x: number, y: number, [nl, en]: [string, string], n: number) =>
    `<text x="${x}" y="${y}" text-anchor="middle" data-l="nl">${escapeHtml(nl)}: ${n}</text><text x="${x}" y="${y}" text-anchor="middle" data-l="en">${escapeHtml(en)}: ${n}</text>`;
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
