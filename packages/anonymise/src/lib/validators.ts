/** Checksums of Dutch identifiers. */

/** The 11-proef of a 9-digit BSN (weights 9…2, −1; sum divisible by 11, not zero). */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && sum !== 0;
}

/** ISO 13616 mod-97 check of an IBAN (spaces removed, letters uppercase). */
export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const d of value) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** Dutch licence-plate side codes (letters L, digits D) in their hyphenated form. */
export const PLATE_SIDECODES: readonly string[] = [
  "LL-DD-DD",
  "DD-DD-LL",
  "DD-LL-DD",
  "LL-DD-LL",
  "LL-LL-DD",
  "DD-LL-LL",
  "DD-LLL-D",
  "D-LLL-DD",
  "LL-DDD-L",
  "L-DDD-LL",
  "LLL-DD-L",
  "L-DD-LLL",
  "D-LL-DDD",
  "DDD-LL-D",
];

/** The side code of a plate (`LL-DDD-L`…) or null when the shape is not Dutch. */
export function plateSidecode(plate: string): string | null {
  const shape = plate.toUpperCase().replace(/[A-Z]/g, "L").replace(/\d/g, "D");
  if (PLATE_SIDECODES.includes(shape)) return shape;
  const compact = shape.replace(/-/g, "");
  const match = PLATE_SIDECODES.find((c) => c.replace(/-/g, "") === compact);
  return match ?? null;
}
