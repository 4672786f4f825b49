import type { DetectedSpan, Recogniser } from "./types.js";

const MONTH =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\\.?|febr?\\.?|mrt\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|okt\\.?|nov\\.?|dec\\.?";
const MONTH_EN =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?";
const WEEKDAY = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo";
const WEEKDAY_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const DAY_WORD =
  "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|twintigste|eenentwintigste|tweeëntwintigste|drieëntwintigste|vierentwintigste|vijfentwintigste|zesentwintigste|zevenentwintigste|achtentwintigste|negenentwintigste|dertigste|eenendertigste|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeëntwintig|drieëntwintig|vierentwintig|vijfentwintig|zesentwintig|zevenentwintig|achtentwintig|negenentwintig|dertig|eenendertig";
const DAY_NUM = "(?:[12]\\d|3[01]|0?[1-9])(?:e|ste|de|ste)?";
const YEAR = "(?:['’]\\d{2}|\\d{4})";

const NL_DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${WEEKDAY})\\.?,?\\s+)?(?:de\\s+)?(?:${DAY_NUM}|${DAY_WORD})(?:\\s+van)?\\s+(?:${MONTH})(?![\\p{L}])(?:,?\\s+${YEAR}(?!\\d))?`,
  "giu",
);
const EN_DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${WEEKDAY_EN}),?\\s+)?(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_EN})|(?:${MONTH_EN})\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?)(?![\\p{L}])(?:,?\\s+\\d{4})?`,
  "giu",
);
const MONTH_WORD = /^(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec|march|may|oct)/i;
const DAY_MONTH =
  /(\b(?:op|vanaf|tot|sinds|voor|na|rond|om|per|t\/m|tussen|en)\s+)(\d{1,2})([/-])(\d{1,2})(?![\d/-]|\.\d)/gi;
const NUMERIC = /(?<![\d.\-/])(?:(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2}))(?![\d\-/]|\.\d)/g;

function numericOk(m: RegExpMatchArray): boolean {
  if (m[5]) return Number(m[6]) >= 1 && Number(m[6]) <= 12 && Number(m[7]) >= 1 && Number(m[7]) <= 31;
  const d = Number(m[1]);
  const mo = Number(m[3]);
  if (m[2] === "." && m[4]!.length === 2) return false; // 1.2.25 is too ambiguous (amounts, versions)
  return d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
}

/** Dates of a specific day in spoken and written forms, with or without year and weekday. */
export const dateRecogniser: Recogniser = {
  id: "date",
  detect(text, ctx) {
    const out: DetectedSpan[] = [];
    const pattern = ctx.language === "en" ? EN_DATE : NL_DATE;
    // Only look near month names: a window of a few words before each month name.
    const windows: Array<[number, number]> = [];
    for (const token of ctx.tokens) {
      if (token.kind !== "word" || token.text.length < 3 || token.text.length > 9) continue;
      if (!MONTH_WORD.test(token.text)) continue;
      const from = Math.max(0, token.start - 40);
      const to = Math.min(text.length, token.end + 24);
      const last = windows[windows.length - 1];
      if (last && from <= last[1]) last[1] = to;
      else windows.push([from, to]);
    }
    const matches: Array<{ index: number; 0: string }> = [];
    for (const [from, to] of windows) {
      for (const m of text.slice(from, to).matchAll(pattern)) matches.push({ index: from + m.index!, 0: m[0] });
    }
    for (const m of matches) {
      let value = m[0];
      // "de 5e van mei" keeps "de"; a bare "de" before a weekday-less number word is fine too.
      // Drop a trailing period of an abbreviation only when a sentence ends with it.
      if (/\.$/.test(value) && /^\s*($|\n|\p{Lu})/u.test(text.slice(m.index! + value.length))) {
        const before = value.slice(0, -1);
        if (!/(jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)$/i.test(before)) value = before;
      }
      // a number word alone before a month needs a weekday or "de" to count ("twee mei" is rare, "een mei…" odd)
      const head = value.toLowerCase();
      if (
        /^(een|elf|acht|zes)\s/.test(head) &&
        !/^(de|op)/.test(text.slice(Math.max(0, m.index! - 4), m.index!).trim())
      )
        continue;
      out.push({ start: m.index!, end: m.index! + value.length, category: "DATE", confidence: 0.9 });
    }
    // numeric dates: only when a digit is followed by - / or . and another digit somewhere
    const numericText = /\d[-/.]\d/.test(text) ? text : "";
    // day/month without a year: a slash, or a month written with a leading zero, after a preposition ("op 14/02")
    for (const m of numericText.matchAll(DAY_MONTH)) {
      const d = Number(m[2]);
      const mo = Number(m[4]);
      if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
      if (m[3] === "-" && !m[4]!.startsWith("0")) continue;
      const start = m.index! + m[1]!.length;
      out.push({ start, end: start + m[2]!.length + 1 + m[4]!.length, category: "DATE", confidence: 0.75 });
    }
    for (const m of numericText.matchAll(NUMERIC)) {
      if (!numericOk(m)) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, category: "DATE", confidence: 0.9 });
    }
    return out;
  },
};
