/** A custom area (as in `areas.json`): a code and its member codes. */
export interface AreaGroup {
  code: string;
  members: ReadonlyArray<string>;
}

/** Is `code` a CBS region code (NL, GM, WK, BU)? */
export function isCbsCode(code: string): boolean {
  return /^(NL\d*|GM\d{4}|WK\d{6}|BU\d{8})$/.test(code.trim().toUpperCase());
}

/**
 * Does area `outer` contain area `inner` (or equal it)? By the CBS codes: a gemeente `GM0917` holds its
 * wijken `WK0917xx` and buurten `BU0917xxxx`, a wijk `WK091701` its buurten `BU091701xx`, `NL…` all;
 * a custom area (e.g. `HLN-NOORD`) holds its members and what they hold.
 *
 * @param outer The larger area's code.
 * @param inner The smaller area's code.
 * @param groups Custom areas.
 * @returns Whether `outer` contains `inner`.
 */
export function areaContains(outer: string, inner: string, groups: ReadonlyArray<AreaGroup> = []): boolean {
  const o = outer.trim().toUpperCase();
  const i = inner.trim().toUpperCase();
  if (o === i) return true;
  if (/^NL\d*$/.test(o)) return isCbsCode(i) || groups.some((g) => g.code.toUpperCase() === i);
  if (/^GM\d{4}$/.test(o) && /^(WK|BU)\d+$/.test(i)) return i.slice(2, 6) === o.slice(2, 6);
  if (/^WK\d{6}$/.test(o) && /^BU\d{8}$/.test(i)) return i.slice(2, 8) === o.slice(2, 8);
  const group = groups.find((g) => g.code.toUpperCase() === o);
  if (group) return group.members.some((m) => areaContains(m, i, []));
  return false;
}

/** Do two areas overlap (one holds the other)? */
export function areasOverlap(a: string, b: string, groups: ReadonlyArray<AreaGroup> = []): boolean {
  return areaContains(a, b, groups) || areaContains(b, a, groups);
}
