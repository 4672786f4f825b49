import type { Period } from "./schemas.js";

/** The first day of a date given as `2024`, `2024-09` or `2024-09-01`. */
export function startOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

/** The last day of a date given as `2024`, `2024-09` or `2024-09-01` (months end on day 31 for comparing). */
export function endOf(date: string | undefined): string {
  if (date === undefined) return "9999-12-31";
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}

/** Do two periods overlap? A period without `to` is open-ended. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return startOf(a.from) <= endOf(b.to) && startOf(b.from) <= endOf(a.to);
}
