import type { DetectedSpan, Recogniser } from "./types.js";
import { isValidBsn, isValidIban, plateSidecode } from "./validators.js";

/** Windows of text around cue matches, so slow patterns scan little text. */
function windowsAround(text: string, cue: RegExp, before: number, after: number): Array<[number, string]> {
  const parts: Array<[number, number]> = [];
  for (const m of text.matchAll(cue)) {
    const from = Math.max(0, m.index! - before);
    const to = Math.min(text.length, m.index! + m[0].length + after);
    const last = parts[parts.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else parts.push([from, to]);
  }
  return parts.map(([from, to]) => [from, text.slice(from, to)]);
}

let lastText = "";
let lastWindows: Array<[number, string]> = [];

/** Windows of 40 characters around runs of digits (the slow number patterns only look there); the last result is
 * memoised because three recognisers ask for the same text in a row. */
function digitWindows(text: string): Array<[number, string]> {
  if (text === lastText) return lastWindows;
  lastWindows = windowsAround(text, /\d+/g, 40, 40);
  lastText = text;
  return lastWindows;
}

/** {@link collect} over windows; offsets are shifted back into the whole text. */
function collectIn(
  windows: Array<[number, string]>,
  pattern: RegExp,
  category: DetectedSpan["category"],
  accept: (m: RegExpMatchArray) => { start: number; end: number; confidence: number } | null,
): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  const seen = new Set<string>();
  for (const [offset, slice] of windows) {
    for (const span of collect(slice, pattern, category, accept)) {
      const shifted = { ...span, start: span.start + offset, end: span.end + offset };
      const id = `${shifted.start}:${shifted.end}`;
      if (!seen.has(id)) out.push(shifted);
      seen.add(id);
    }
  }
  return out;
}

function collect(
  text: string,
  pattern: RegExp,
  category: DetectedSpan["category"],
  accept: (m: RegExpMatchArray) => { start: number; end: number; confidence: number } | null,
): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of text.matchAll(pattern)) {
    const r = accept(m);
    if (r) out.push({ ...r, category });
  }
  return out;
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;

/** E-mail addresses of any top-level domain. */
export const emailRecogniser: Recogniser = {
  id: "email",
  detect: (text) => {
    const out: DetectedSpan[] = [];
    // Expand around each "@" instead of scanning the whole text with a regex.
    let from = 0;
    for (;;) {
      const at = text.indexOf("@", from);
      if (at === -1) break;
      let s = at;
      while (s > 0 && /[\p{L}\d._%+-]/u.test(text[s - 1]!)) s--;
      let e = at + 1;
      while (e < text.length && /[\p{L}\d.-]/u.test(text[e]!)) e++;
      from = e;
      EMAIL.lastIndex = 0;
      const m = new RegExp(EMAIL.source, "u").exec(text.slice(s, e));
      if (m && m.index === 0) out.push({ start: s, end: s + m[0].length, category: "EMAIL", confidence: 0.99 });
    }
    return out;
  },
};

const URL_PATTERN =
  /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b(?:[a-z\d-]+\.)+(?:com|nl|be|org|net|eu|de|info|io|me|tv|social|app)\/[^\s<>"']*[\p{L}\d/_-]|(?<![\p{L}\d.@_-])@[\p{L}\d_](?:[\p{L}\d_.]*[\p{L}\d_])?/giu;

/** URLs, profile links (facebook.com/…) and social-media handles (@name). */
export const urlRecogniser: Recogniser = {
  id: "url",
  detect: (text) =>
    !text.includes("@") && !text.includes("/") && !/www\./i.test(text)
      ? []
      : collectIn(windowsAround(text, /[@/]|www\./gi, 80, 300), URL_PATTERN, "URL", (m) => {
          let value = m[0];
          value = value.replace(/[.,;:!?)]+$/, "");
          return { start: m.index!, end: m.index! + value.length, confidence: 0.95 };
        }),
};

// Phone candidates: start with +31, 0031, (0…) or 0, then digits with spaces, hyphens, parentheses.
const PHONE = /(?<![\d\p{L}])(?:\+31|0031|\(0\d{1,3}\)|0)(?:[\s\u00a0]?(?:\(0\)|-)?[\s\u00a0]?\d){6,12}(?![\d])/gu;

/** Dutch phone numbers in every written form (validated by digit count). */
export const phoneRecogniser: Recogniser = {
  id: "phone",
  detect: (text) =>
    collectIn(digitWindows(text), PHONE, "PHONE", (m) => {
      let value = m[0].replace(/[\s-]+$/, "");
      let digits = value.replace(/\D/g, "");
      if (value.startsWith("+31")) digits = digits.slice(2);
      else if (value.startsWith("0031")) digits = digits.slice(4);
      if (value.includes("(0)")) digits = digits.replace(/^0/, "");
      else if (digits.startsWith("0")) digits = digits.slice(1);
      // digits now excludes the leading 0: 9 national significant digits.
      if (digits.length !== 9) {
        // try trimming trailing groups (a number followed by another number)
        const parts = value.split(/(?=[\s-]\d)/);
        while (parts.length > 1 && digits.length > 9) {
          parts.pop();
          value = parts.join("");
          digits = value.replace(/\D/g, "");
          if (value.startsWith("+31")) digits = digits.slice(2);
          else if (value.startsWith("0031")) digits = digits.slice(4);
          if (value.includes("(0)")) digits = digits.replace(/^0/, "");
          else if (digits.startsWith("0")) digits = digits.slice(1);
        }
        if (digits.length !== 9) return null;
      }
      if (/^(\d)\1{8}$/.test(digits)) return null;
      return { start: m.index!, end: m.index! + value.length, confidence: 0.97 };
    }),
};

const BSN = /(?<![\d.,-])(?:\d{4}[.\s]?\d{2}[.\s]?\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3})(?!\d|[,-]\d)/g;

/** Citizen service numbers (BSN) that pass the 11-proef, with or without dots and spaces. */
export const bsnRecogniser: Recogniser = {
  id: "bsn",
  detect: (text) =>
    collectIn(digitWindows(text), BSN, "BSN", (m) => {
      const value = m[0].replace(/\.$/, "");
      if (!isValidBsn(value.replace(/\D/g, ""))) return null;
      return { start: m.index!, end: m.index! + value.length, confidence: 0.97 };
    }),
};

const IBAN = /\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?\b/gi;

/** IBANs that pass the mod-97 check, with or without spaces. */
export const ibanRecogniser: Recogniser = {
  id: "iban",
  detect: (text) =>
    collectIn(digitWindows(text), IBAN, "IBAN", (m) => {
      let value = m[0];
      // Shrink from the right until the checksum holds (a number may follow the IBAN).
      while (value.replace(/\s/g, "").length >= 14) {
        if (isValidIban(value)) return { start: m.index!, end: m.index! + value.trimEnd().length, confidence: 0.99 };
        value = value.slice(0, -1);
      }
      return null;
    }),
};

const TWO_LETTER_WORDS = new Set(
  "in op en is de te om af al na nu zo er ik je we ze of ja eh uw ex bv ca pm am".split(" "),
);
const POSTCODE = /(?<![\d\p{L}])[1-9]\d{3}[ \u00a0]?[A-Za-z]{2}(?![\p{L}\d])/gu;

/** Dutch postcodes in any case and spacing (`6411 AB`, `6412CD`, `6413 ef`). */
export const postcodeRecogniser: Recogniser = {
  id: "postcode",
  detect: (text) =>
    collect(text, POSTCODE, "POSTCODE", (m) => {
      const letters = m[0].slice(-2);
      const upper = letters.toUpperCase();
      if (upper === "SA" || upper === "SD" || upper === "SS") return null;
      if (letters !== upper) {
        if (letters !== letters.toLowerCase()) return null;
        if (TWO_LETTER_WORDS.has(letters)) return null;
        // a lowercase postcode needs a space-free form or a comma/address context before it
        const before = text.slice(Math.max(0, m.index! - 3), m.index!);
        if (
          !/[,\d]\s*$/.test(before) &&
          m[0].includes(" ") &&
          !/\b(postcode|adres)\b/i.test(text.slice(Math.max(0, m.index! - 30), m.index!))
        )
          return null;
      }
      return { start: m.index!, end: m.index! + m[0].length, confidence: letters === upper ? 0.95 : 0.8 };
    }),
};

const PLATE_HYPHEN = /(?<![\p{L}\d-])[A-Z\d]{1,3}-[A-Z\d]{2,3}-[A-Z\d]{1,3}(?![\p{L}\d-])/gu;
const PLATE_COMPACT = /(?<![\p{L}\d-])[A-Z\d]{6}(?![\p{L}\d-])/gu;

/** Dutch licence plates (side codes 1–14); compact forms only after the word "kenteken". */
export const plateRecogniser: Recogniser = {
  id: "plate",
  detect: (text) => [
    ...collectIn(windowsAround(text, /\p{Lu}-|-\p{Lu}|\d-\p{Lu}/gu, 8, 10), PLATE_HYPHEN, "PLATE", (m) => {
      const v = m[0];
      if (!/[A-Z]/.test(v) || !/\d/.test(v)) return null;
      return plateSidecode(v) ? { start: m.index!, end: m.index! + v.length, confidence: 0.95 } : null;
    }),
    ...(!/kenteken|nummerbord/i.test(text)
      ? []
      : collect(text, PLATE_COMPACT, "PLATE", (m) => {
          const v = m[0];
          if (!/[A-Z]/.test(v) || !/\d/.test(v) || !plateSidecode(v)) return null;
          const before = text.slice(Math.max(0, m.index! - 40), m.index!).toLowerCase();
          return /kenteken|nummerbord|plaat/.test(before)
            ? { start: m.index!, end: m.index! + v.length, confidence: 0.8 }
            : null;
        })),
  ],
};
