import { normaliseWord } from "./lexicon.js";
import type { DetectedSpan, Recogniser } from "./types.js";

/** Street-name endings that mark a street even without a house number. */
const STRONG_SUFFIX =
  /(straat|straatje|laan|laantje|weg|plein|pleintje|hof|pad|dreef|boord|singel|gracht|kade|steeg|steegje|allee|plantsoen|boulevard|markt|dijk|ring|wal|promenade|passage|erf|baan|gang|weide|gaard|hofje)$/;
/** Endings that are streets only with a house number (they also end place names). */
const WEAK_SUFFIX =
  /(berg|kuil|heide|broek|rade|veld|dal|donk|akker|dries|hoeve|borg|burg|poort|kamp|brink|oord|park|bosch|bos|hoek|lei|beek|haag|stede|horst|hei)$/;

const HOUSE_NUMBER =
  /^[ \u00a0]\d{1,4}(?:[ \u00a0]?[a-zA-Z](?![\p{L}]))?(?:[ \u00a0]?-[ \u00a0]?\d{1,3})?(?:[ \u00a0]bus[ \u00a0]\d{1,4})?(?![\d\p{L}])/u;

const PREPOSITION_BEFORE =
  /\b(?:op|aan|in|naar|bij|via|van|vanaf|richting|langs)(?: de| het)?\s+$|\badres(?: is)?:?\s+$/i;

const WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

/** Street names with or without house number and addition (`Akerstraat 12a`, `Kloosterweg 3 bus 2`). */
export const addressRecogniser: Recogniser = {
  id: "address",
  detect(text, ctx) {
    const out: DetectedSpan[] = [];
    for (const token of ctx.tokens) {
      if (token.kind !== "word" || token.text.length < 2) continue;
      const c0 = token.text.charCodeAt(0);
      if ((c0 >= 97 && c0 <= 122) || !WORD.test(token.text)) continue;
      const word = token.text;
      const start = token.start;
      let end = token.end;
      // cheap test first: a digit right after the word, or a street ending
      const c1 = text.charCodeAt(end + 1);
      const digitNext = (text[end] === " " || text[end] === "\u00a0") && c1 >= 48 && c1 <= 57;
      const lower = normaliseWord(word);
      const strongEnding = STRONG_SUFFIX.test(lower);
      if (!digitNext && !strongEnding) continue;
      if (ctx.isProtected(start, end)) continue;
      const num = digitNext ? HOUSE_NUMBER.exec(text.slice(end, end + 20)) : null;
      const strong = strongEnding && lower.length > 5 && !ctx.lexicon.commonWords.has(lower);
      const weak = WEAK_SUFFIX.test(lower) && lower.length > 5;
      const before = text.slice(Math.max(0, start - 25), start);
      const cued = PREPOSITION_BEFORE.test(before);
      const lexical =
        ctx.lexicon.commonWords.has(lower) ||
        ctx.lexicon.functionWords.has(lower) ||
        ctx.lexicon.places.has(lower) ||
        ctx.lexicon.firstNames.has(lower);
      // A street ending, or a capitalised word after "op de / aan de …", with a house number is a street even
      // when the name is also a common noun ("op de Lindelaan 4").
      const sentenceStart = /(^|[.!?:\n]\s*)$/.test(before);
      let confidence = 0;
      if (strong) confidence = num ? 0.95 : 0.85;
      else if (strongEnding && lower.length > 5 && (num || (cued && !sentenceStart))) confidence = num ? 0.9 : 0.75;
      else if (num && (weak || cued) && !lexical) confidence = 0.85;
      else if (num && weak) confidence = 0.7;
      if (confidence === 0) continue;
      if (num) {
        // a year or an amount right after a word is no house number ("sinds 1968"): keep it short
        const n = num[0].trim();
        if (!/^\d{4}$/.test(n) || Number(n) < 1900) end += num[0].length;
      }
      // Multi-word street names: capitalised words right before ("Burgemeester Van Oppenstraat").
      let s = start;
      for (;;) {
        const prev = /(?:^|[\s])(\p{Lu}[\p{L}.'’-]*|van|de|der|den|het|'t|ter|ten)[ \u00a0]$/u.exec(
          text.slice(Math.max(0, s - 30), s),
        );
        if (!prev) break;
        const w = prev[1]!;
        const ps = s - w.length - 1;
        if (ctx.isProtected(ps, s)) break;
        const wl = normaliseWord(w.replace(/\.$/, ""));
        if (/^\p{Ll}/u.test(w) || ctx.lexicon.functionWords.has(wl)) break;
        // only titles and names that are part of street names
        if (
          !/^(burgemeester|burg|sint|st|pastoor|dokter|dr|kapelaan|kardinaal|koning|koningin|prins|prinses|graaf|generaal|president|professor|prof|mgr|monseigneur|oude|nieuwe|groot|grote|klein|kleine|hoge|lage|korte|lange)$/.test(
            wl,
          )
        )
          break;
        s = ps;
      }
      out.push({ start: s, end, category: "ADDRESS", confidence });
    }
    return out;
  },
};
