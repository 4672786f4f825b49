import type { DetectedSpan, Recogniser } from "./types.js";

// UK numbers: 0 + 10 digits in the usual groupings (07700 900123, 0113 496 0275, 020 7946 0371), or +44.
const UK_PHONE =
  /(?<![\d\p{L}+])(?:\+44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|0)(?:\d[ \u00a0-]?){9}\d(?![\d])|(?<![\d\p{L}])\+44[ \u00a0]?\d{4}[ \u00a0]?\d{6}(?!\d)/gu;
// North American numbers: (617) 555-0143, 617-555-0143, 617.555.0143, +1 617 555 0143.
const US_PHONE = /(?<![\d\p{L}])(?:\+1[ \u00a0.-]?)?(?:\(\d{3}\)[ \u00a0]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)/gu;
// Other international numbers: + country code, then 7–12 digits in groups.
const INTL_PHONE = /(?<![\d\p{L}])\+(?!31|44|1[ .(-])[1-9]\d{0,2}(?:[ \u00a0.-]?\(?\d{1,4}\)?){2,5}(?!\d)/gu;

/** UK, North American and other international phone numbers (Dutch numbers are the phone recogniser's). */
export const internationalPhoneRecogniser: Recogniser = {
  id: "phone-international",
  detect(text) {
    if (!/\d{3}/.test(text)) return [];
    const out: DetectedSpan[] = [];
    for (const m of text.matchAll(UK_PHONE)) {
      const value = m[0].replace(/[\s-]+$/, "");
      const digits = value.replace(/\D/g, "");
      const national = value.startsWith("+44") ? digits.slice(2).replace(/^0/, "") : digits.slice(1);
      // UK national numbers have 10 digits after the 0 and start with 1, 2, 3, 7, 8 or 9.
      if (national.length !== 10 || !/^[123789]/.test(national)) continue;
      out.push({ start: m.index!, end: m.index! + value.length, category: "PHONE", confidence: 0.9 });
    }
    for (const m of text.matchAll(US_PHONE)) {
      const digits = m[0].replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
      if (digits.length !== 10 || /^[01]/.test(digits)) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, category: "PHONE", confidence: 0.9 });
    }
    for (const m of text.matchAll(INTL_PHONE)) {
      const value = m[0].replace(/[\s.-]+$/, "");
      const digits = value.replace(/\D/g, "");
      if (digits.length < 9 || digits.length > 15) continue;
      out.push({ start: m.index!, end: m.index! + value.length, category: "PHONE", confidence: 0.85 });
    }
    return out;
  },
};

// UK postcodes: outward code (A9, A99, A9A, AA9, AA99, AA9A), a space, inward code (9AA).
const UK_POSTCODE = /(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\d])/gu;

/** UK postcodes (`LS6 1AE`, `M14 4PX`, `SW1A 1AA`), in capitals and with the space. */
export const ukPostcodeRecogniser: Recogniser = {
  id: "postcode-uk",
  detect(text) {
    const out: DetectedSpan[] = [];
    for (const m of text.matchAll(UK_POSTCODE)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, category: "POSTCODE", confidence: 0.9 });
    }
    return out;
  },
};

const STREET_TYPES =
  "Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Place|Pl|Court|Ct|Crescent|Terrace|Gardens|Grove|Square|Sq|Hill|Row|Boulevard|Blvd|Parade|Walk|Mews|Rise|View|Park|Green|Gate|Wharf|Yard";
// "41 Hyde Park Road", "7 Ashfield Avenue", "12b Mill Lane": a house number and one to three capitalised words
// ending in a street type.
const EN_STREET = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,4}[a-zA-Z]?[ \\u00a0]+)?((?:\\p{Lu}[\\p{L}'’-]+[ \\u00a0]+){1,3}(?:${STREET_TYPES})\\.?)(?![\\p{L}])`,
  "gu",
);

/** English street addresses with or without a house number (without one only with a typical street word). */
export const englishAddressRecogniser: Recogniser = {
  id: "address-en",
  detect(text, ctx) {
    if (ctx.language !== "en") return [];
    const out: DetectedSpan[] = [];
    for (const m of text.matchAll(EN_STREET)) {
      const number = m[1] ?? "";
      let start = m.index!;
      let street = m[2]!;
      // leading sentence-initial or function words are not part of the street ("The Mill Lane …" stays "Mill Lane")
      for (;;) {
        const first = /^\S+/.exec(street)![0];
        const lower = first.toLowerCase();
        if (number === "" && (ctx.lexicon.functionWords.has(lower) || ctx.lexicon.cues.articles.has(lower))) {
          start += first.length + 1;
          street = street.slice(first.length + 1);
          if (!/\s/.test(street)) break;
          continue;
        }
        break;
      }
      if (!/\s/.test(street)) continue;
      const end = start + (number === "" ? 0 : number.length) + street.length;
      const trimmed = text.slice(start, end).replace(/\.$/, "");
      if (ctx.isProtected(start, start + trimmed.length)) continue;
      out.push({
        start,
        end: start + trimmed.length,
        category: "ADDRESS",
        confidence: number ? 0.95 : 0.7,
      });
    }
    return out;
  },
};
