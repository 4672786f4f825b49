import type { Observation } from "@verlicht/core";
import { quoteCsv } from "./csv.js";
import { OBSERVATION_CSV_COLUMNS } from "./parse-observations-csv.js";

/**
 * Write observations as a tidy CSV (comma-separated, `.` decimals, LF line endings, full number
 * precision) with the columns of {@link OBSERVATION_CSV_COLUMNS}. Missing values are empty cells.
 * `parseObservationsCsv(toObservationsCsv(x)).value` equals `x` (for observations whose optional
 * fields are set the same way).
 *
 * @param observations The observations.
 * @returns The CSV text, ending in a newline.
 */
export function toObservationsCsv(observations: ReadonlyArray<Observation>): string {
  const lines = [OBSERVATION_CSV_COLUMNS.join(",")];
  for (const o of observations) {
    const cells = [
      o.indicatorId,
      o.area.code,
      o.area.level,
      o.area.name ?? "",
      o.period,
      num(o.value),
      o.unit,
      o.status,
      o.source,
      num(o.numerator),
      num(o.denominator),
    ];
    lines.push(cells.map((c) => quoteCsv(c)).join(","));
  }
  return `${lines.join("\n")}\n`;
}

function num(n: number | null | undefined): string {
  return n === null || n === undefined ? "" : String(n);
}
