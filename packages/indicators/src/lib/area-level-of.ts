import type { AreaLevel } from "@verlicht/core";

/**
 * The area level of a region code, by the CBS prefix: `NL…` → `NL`, `GM…` → `GM` (gemeente),
 * `WK…` → `WK` (wijk), `BU…` → `BU` (buurt); any other code is a `CUSTOM` area (e.g. `HLN-NOORD`).
 * Codes are trimmed first (CBS pads them with spaces).
 *
 * @param code A region code such as `GM0917` or `'WK091701  '`.
 * @returns The level.
 * @example
 * ```ts
 * areaLevelOf("WK091701 "); // "WK"
 * ```
 */
export function areaLevelOf(code: string): AreaLevel {
  const c = code.trim().toUpperCase();
  if (/^NL\d*$/.test(c)) return "NL";
  if (/^GM\d{4}$/.test(c)) return "GM";
  if (/^WK\d{6}$/.test(c)) return "WK";
  if (/^BU\d{8}$/.test(c)) return "BU";
  return "CUSTOM";
}

/** What kind of period a period code is: a year, a quarter, a month, or something else. */
export type PeriodKind = "year" | "quarter" | "month" | "other";

/**
 * Read a period code: years (`2022`, CBS `2022JJ00`), quarters (CBS `2022KW02`, ISO-like `2022-Q2`) and
 * months (CBS `2022MM03`, ISO `2022-03`) are normalised to `2022`, `2022-Q2` and `2022-03`; anything
 * else is trimmed and kept, with kind `other`.
 *
 * @param period A period as found in a file.
 * @returns The normalised period and its kind.
 */
export function readPeriod(period: string): { period: string; kind: PeriodKind } {
  const p = period.trim();
  let m = /^(\d{4})(?:JJ00)?$/.exec(p);
  if (m) return { period: m[1]!, kind: "year" };
  m = /^(\d{4})(?:KW0?|-Q)([1-4])$/i.exec(p);
  if (m) return { period: `${m[1]}-Q${m[2]}`, kind: "quarter" };
  m = /^(\d{4})(?:MM|-)(0[1-9]|1[0-2])$/i.exec(p);
  if (m) return { period: `${m[1]}-${m[2]}`, kind: "month" };
  return { period: p, kind: "other" };
}

/**
 * Normalise a period code: CBS year codes `2022JJ00` become `2022`, quarters `2022KW02` become
 * `2022-Q2`, months `2022MM03` become `2022-03`; anything else is trimmed and kept (see {@link readPeriod}).
 *
 * @param period A period as found in a file.
 * @returns The normalised period.
 */
export function normalisePeriod(period: string): string {
  return readPeriod(period).period;
}

/**
 * A number without floating-point noise: rounded to 15 significant digits (what a double holds of a decimal number), so `(7/100)*100`
 * (`7.000000000000001`) is `7`. Used wherever a value is derived or written.
 *
 * @param n A number.
 * @returns The rounded number.
 */
export function cleanNumber(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

/**
 * The factor between a share and its unit: `%` → 100, `‰`/`per 1000` → 1000, `per 10000` → 10000,
 * `per 100000` → 100000, `fraction`/`share`/`ratio`/`proportion`/`aandeel` → 1; `undefined` when the
 * unit does not say (then the factor is inferred from the data, see `aggregateArea`).
 *
 * @param unit A unit string.
 * @returns The factor or `undefined`.
 */
export function unitScale(unit: string): number | undefined {
  const u = unit.trim().toLowerCase().replace(/\s+/g, " ");
  if (u === "%" || u === "percent" || u === "procent" || u === "percentage" || u === "pct") return 100;
  if (u === "‰" || u === "promille") return 1000;
  const per = /^(?:per|op|\/)\s*([\d.,]+)(?:\s.*)?$/.exec(u);
  if (per) {
    const n = Number(per[1]!.replace(/[.,]/g, ""));
    if (Number.isFinite(n) && n > 0) return n;
  }
  if (["fraction", "share", "ratio", "proportion", "aandeel", "fractie"].includes(u)) return 1;
  return undefined;
}
