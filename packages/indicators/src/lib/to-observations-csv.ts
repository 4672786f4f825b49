import { type CsvWriteOptions, type Observation, writeCsv } from "@verlicht/core";
import { cleanNumber } from "./area-level-of.js";
import { OBSERVATION_CSV_COLUMNS } from "./parse-observations-csv.js";

/**
 * Write observations as a tidy CSV (comma-separated, `.` decimals, LF line endings, numbers to 15
 * significant digits so that floating-point noise such as `7.000000000000001` is written as `7`) with the columns of {@link OBSERVATION_CSV_COLUMNS}. Missing values are empty cells.
 * `parseObservationsCsv(toObservationsCsv(x)).value` equals `x` (for observations whose optional
 * fields are set the same way, and no text cell starts with `=`, `+`, `-` or `@`: those get a `'` in
 * front against formula injection unless `csv.guard` is `false`; numbers are never changed).
 *
 * @param observations The observations.
 * @param csv Options of core's `writeCsv` (the formula guard is on by default).
 * @returns The CSV text, ending in a newline.
 */
export function toObservationsCsv(
  observations: ReadonlyArray<Observation>,
  csv?: Pick<CsvWriteOptions, "guard"> | null,
): string {
  const lines: Array<ReadonlyArray<string>> = [OBSERVATION_CSV_COLUMNS];
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
    lines.push(cells);
  }
  return writeCsv(lines, { guard: csv?.guard ?? true });
}

function num(n: number | null | undefined): string {
  return n === null || n === undefined ? "" : String(cleanNumber(n));
}
