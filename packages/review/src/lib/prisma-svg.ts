import { escapeMarkup } from "@verlicht/core";
import type { PrismaCounts } from "./prisma-counts.js";

/** Options of {@link prismaSvg}. */
export interface PrismaSvgOptions {
  /** A title above the diagram (default: none). */
  title?: string | undefined;
  /** Draw the "previous studies" boxes of the updated-review template (default: when there are previous studies). */
  previous?: boolean | undefined;
}

const W = 300;
const GAP = 40;
const escapeXml = escapeMarkup;

interface Box {
  x: number;
  y: number;
  lines: string[];
}

function box(b: Box, fill = "#ffffff"): string {
  const h = 16 * b.lines.length + 16;
  const text = b.lines
    .map(
      (l, i) =>
        `<text x="${b.x + 10}" y="${b.y + 22 + i * 16}" xml:space="preserve" font-size="12" font-family="sans-serif">${escapeXml(l)}</text>`,
    )
    .join("");
  return `<rect x="${b.x}" y="${b.y}" width="${W}" height="${h}" fill="${fill}" stroke="#333"/>${text}`;
}
const height = (lines: string[]) => 16 * lines.length + 16;
const arrow = (x1: number, y1: number, x2: number, y2: number) =>
  `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#333" marker-end="url(#a)"/>`;

/**
 * Draw a PRISMA 2020 flow diagram as a standalone SVG string: the databases-and-registers column, the
 * updated-review boxes for previous studies, and the other-methods column when a round found records
 * through websites, organisations or citation searching.
 */
export function prismaSvg(counts: PrismaCounts, options?: PrismaSvgOptions | null): string {
  const previous = options?.previous ?? counts.previousStudies > 0;
  const left = previous ? W + 2 * GAP : GAP;
  const right = left + W + GAP;
  let y = options?.title ? 50 : 20;
  const parts: string[] = [];
  if (options?.title)
    parts.push(
      `<text x="${GAP}" y="30" font-size="16" font-weight="bold" font-family="sans-serif">${escapeXml(options.title)}</text>`,
    );
  const specific = Object.entries(counts.databaseSpecific).map(([k, v]) => `  ${k} (n = ${v})`);
  const registers = Object.entries(counts.registerSpecific).map(([k, v]) => `  ${k} (n = ${v})`);
  const rows: [string[], string[] | undefined][] = [
    [
      [
        "Records identified from:",
        `Databases (n = ${counts.databaseResults})`,
        ...specific,
        `Registers (n = ${counts.registerResults})`,
        ...registers,
      ],
      [
        "Records removed before screening:",
        `Duplicate records (n = ${counts.duplicates})`,
        `  within this round (n = ${counts.duplicatesWithinRound})`,
        `  matching earlier rounds (n = ${counts.duplicatesPreviousRounds})`,
        `Marked ineligible by automation tools (n = ${counts.excludedAutomatic})`,
        `Removed for other reasons (n = ${counts.excludedOther})`,
      ],
    ],
    [
      [
        `Records screened (n = ${counts.recordsScreened})`,
        ...(counts.recordsPending ? [`  not yet decided (n = ${counts.recordsPending})`] : []),
      ],
      [`Records excluded (n = ${counts.recordsExcluded})`],
    ],
    [
      [`Reports sought for retrieval (n = ${counts.dbrSoughtReports})`],
      [`Reports not retrieved (n = ${counts.dbrNotRetrievedReports})`],
    ],
    [
      [
        `Reports assessed for eligibility (n = ${counts.dbrAssessed})`,
        ...(counts.dbrPending ? [`  not yet decided (n = ${counts.dbrPending})`] : []),
      ],
      ["Reports excluded:", ...Object.entries(counts.dbrExcluded).map(([k, v]) => `  ${k} (n = ${v})`)],
    ],
    [
      previous
        ? [
            `New studies included in review (n = ${counts.newStudies})`,
            `Reports of new included studies (n = ${counts.newReports})`,
            `Total studies included in review (n = ${counts.totalStudies})`,
            `Reports of total included studies (n = ${counts.totalReports})`,
          ]
        : [
            `Studies included in review (n = ${counts.newStudies})`,
            `Reports of included studies (n = ${counts.newReports})`,
          ],
      undefined,
    ],
  ];
  const top = y;
  let lastBottom = 0;
  rows.forEach(([main, side], i) => {
    const h = Math.max(height(main), side ? height(side) : 0);
    if (i > 0) parts.push(arrow(left + W / 2, lastBottom, left + W / 2, y));
    parts.push(box({ x: left, y, lines: main }));
    if (side) {
      parts.push(box({ x: right, y, lines: side }));
      parts.push(arrow(left + W, y + height(main) / 2, right, y + height(main) / 2));
    }
    lastBottom = y + height(main);
    y += h + GAP;
  });
  if (previous) {
    parts.push(
      box(
        {
          x: GAP,
          y: top,
          lines: [
            `Studies included in previous version (n = ${counts.previousStudies})`,
            `Reports of those studies (n = ${counts.previousReports})`,
          ],
        },
        "#eeeeee",
      ),
    );
  }
  let width = right + W + GAP;
  const otherTotal = counts.websiteResults + counts.organisationResults + counts.citationsResults;
  if (otherTotal > 0) {
    // "Identification of studies via other methods" (PRISMA 2020 v2 template), to the right.
    const oLeft = right + W + 2 * GAP;
    const oRight = oLeft + W + GAP;
    const column: [string[], string[]][] = [
      [
        [
          "Records identified from:",
          `Websites (n = ${counts.websiteResults})`,
          `Organisations (n = ${counts.organisationResults})`,
          `Citation searching (n = ${counts.citationsResults})`,
        ],
        [],
      ],
      [
        [`Reports sought for retrieval (n = ${counts.otherSoughtReports})`],
        [`Reports not retrieved (n = ${counts.otherNotRetrievedReports})`],
      ],
      [
        [`Reports assessed for eligibility (n = ${counts.otherAssessed})`],
        ["Reports excluded:", ...Object.entries(counts.otherExcluded).map(([k, v]) => `  ${k} (n = ${v})`)],
      ],
    ];
    let oy = top;
    let bottom = 0;
    column.forEach(([main, side], i) => {
      if (i > 0) parts.push(arrow(oLeft + W / 2, bottom, oLeft + W / 2, oy));
      parts.push(box({ x: oLeft, y: oy, lines: main }, "#f4f4f4"));
      if (side.length) {
        parts.push(box({ x: oRight, y: oy, lines: side }));
        parts.push(arrow(oLeft + W, oy + height(main) / 2, oRight, oy + height(main) / 2));
      }
      bottom = oy + height(main);
      oy += Math.max(height(main), side.length ? height(side) : 0) + GAP;
    });
    width = oRight + W + GAP;
    y = Math.max(y, oy);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" role="img" aria-label="PRISMA 2020 flow diagram"><defs><marker id="a" markerWidth="8" markerHeight="8" refX="8" refY="4" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#333"/></marker></defs>${parts.join("")}</svg>`;
}
