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

/**
 * Normalise a period code: CBS year codes `2022JJ00` become `2022`; anything else is trimmed and kept.
 *
 * @param period A period as found in a file.
 * @returns The normalised period.
 */
export function normalisePeriod(period: string): string {
  const p = period.trim();
  const year = /^(\d{4})JJ00$/.exec(p);
  return year ? year[1]! : p;
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
