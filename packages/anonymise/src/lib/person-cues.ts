import { NL_CUES } from "./language-cues.js";
import { type Lexicon, normaliseWord, TUSSENVOEGSELS } from "./lexicon.js";
import type { Token } from "./tokens.js";
import type { RecogniserContext } from "./types.js";

/** Dutch titles (the cue sets per language live in language-cues.ts). */
export const TITLE_WORDS: ReadonlySet<string> = NL_CUES.titles;
/** Dutch kinship and role words. */
export const KIN_WORDS: ReadonlySet<string> = NL_CUES.kin;
/** Dutch months and weekdays. */
export const MONTHS_DAYS: ReadonlySet<string> = NL_CUES.monthsDays;

const UPPER = /^\p{Lu}/u;

/** Drop a possessive `'s`/`’s` ending. */
export function stripPossessive(word: string): string {
  const n = word.length;
  if (n > 2 && word.charCodeAt(n - 1) === 115) {
    const a = word.charCodeAt(n - 2);
    if (a === 39 || a === 8217) return word.slice(0, -2);
  }
  return word;
}

/** Starts with a capital and is not ALL CAPS (single letters count as capitalised). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return (c >= 65 && c <= 90 ? true : UPPER.test(word)) && (word.length === 1 || word !== word.toUpperCase());
}

/** Is token `i` an initial followed directly by a period ("W.")? */
export function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return (
    t !== undefined &&
    t.kind === "word" &&
    /^(\p{Lu}|Ph|Th|Chr|Joh|Wm)$/u.test(t.text) &&
    dot !== undefined &&
    dot.text === "." &&
    dot.start === t.end
  );
}

/** Is the gap between two tokens only spaces (or a hyphen)? */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 2 && /^[ \u00a0-]*$/.test(gap);
}

/** Limburgish pronouns and possessives that look like first names in lowercase ("mien", "dien"). */
const DIALECT_WORDS = new Set("mien dien zien oos uch veer geer hae jae".split(" "));

const LOWERCASE_NAMES = new WeakMap<Lexicon, Set<string>>();

/** First names that are no word of the language, no place and no dialect word: in lowercase they are still names.
 * Built once per lexicon. */
function lowercaseNames(lex: Lexicon): Set<string> {
  let names = LOWERCASE_NAMES.get(lex);
  if (names) return names;
  names = new Set<string>();
  for (const n of lex.firstNames.keys()) {
    if (
      !lex.commonWords.has(n) &&
      !lex.dictionaryWords.has(n) &&
      !lex.frequentWords.has(n) &&
      !lex.functionWords.has(n) &&
      !DIALECT_WORDS.has(n) &&
      !lex.places.has(n)
    )
      names.add(n);
  }
  LOWERCASE_NAMES.set(lex, names);
  return names;
}

/** A judgement on one token: a name with this confidence, or not. */
export type Verdict = { conf: number } | null;

/**
 * Lowercase and ALL-CAPS words: a name only with strong evidence. Lowercase after a title or kinship word
 * ("tante truus") when the word is a known name and no Dutch word; ALL CAPS when it is a known name next to
 * another capitalised name word ("ANNE DE GROOT").
 */
function judgeUncapitalised(
  tokens: readonly Token[],
  i: number,
  ctx: RecogniserContext,
  lowers: readonly string[],
): Verdict {
  const t = tokens[i]!;
  const lex = ctx.lexicon;
  const lower = lowers[i]!;
  if (t.text === lower) {
    // cheap test first: only right after a title or a kinship word
    const prevLower = i > 0 ? lowers[i - 1]! : "";
    const titled = lex.cues.titles.has(prevLower);
    if (!titled && !lex.cues.kin.has(prevLower)) {
      // A name spoken in lowercase ("via marieke", "dan zegt jurre"): a first name of four letters or more that is
      // no word of the language, and no place.
      if (lower.length >= 4 && lowercaseNames(lex).has(lower) && !ctx.isProtected(t.start, t.end)) return { conf: 0.6 };
      return null;
    }
    if (lex.functionWords.has(lower) || ctx.isProtected(t.start, t.end)) return null;
    // after a title any non-word counts ("tante truus"); after a kinship word only a known name ("zus noor")
    const known = lex.firstNames.has(lower) || lex.surnames.has(lower) || ctx.knownNames.has(lower);
    const kin = !titled && known && prevLower !== "man" && prevLower !== "vrouw";
    const word = lex.dictionaryWords.has(lower) || TUSSENVOEGSELS.has(lower) || /\d/.test(lower);
    return (titled || kin) && !word ? { conf: 0.7 } : null;
  }
  if (t.text !== t.text.toUpperCase() || !/\p{Lu}\p{Lu}/u.test(t.text)) return null;
  const known = lex.firstNames.has(lower) || lex.surnames.has(lower) || ctx.knownNames.has(lower);
  if (!known || lex.functionWords.has(lower) || ctx.isProtected(t.start, t.end)) return null;
  // look for another ALL-CAPS name word next to it (skipping particles)
  for (const step of [-1, 1]) {
    let k = i + step;
    while (tokens[k] && TUSSENVOEGSELS.has(lowers[k]!)) k += step;
    const other = tokens[k];
    if (!other || other.text !== other.text.toUpperCase() || other.text.length < 2) continue;
    const o = lowers[k]!;
    if ((lex.firstNames.has(o) || lex.surnames.has(o)) && !lex.functionWords.has(o)) return { conf: 0.7 };
  }
  return null;
}

/** Words that name or head an organisation, also as the end of a compound ("Huisartsenpraktijk"). */
export function isOrganisationWord(lower: string, lex: Lexicon): boolean {
  return lex.cues.organisation.test(lower);
}

/** Nationalities, languages and other capitalised words, also inflected ("Poolse", "Syrische"). */
function isCapitalisedWord(lower: string, words: ReadonlySet<string>): boolean {
  if (words.has(lower)) return true;
  for (const suffix of ["e", "en", "s", "se", "sche"]) {
    if (lower.endsWith(suffix) && words.has(lower.slice(0, -suffix.length))) return true;
  }
  return false;
}

function afterArticle(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  let k = i - 1;
  while (k >= 0 && k > i - 4) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    const lower = normaliseWord(t.text);
    if (lex.cues.articles.has(lower) && t.text === t.text.toLowerCase()) return true;
    if (t.text !== t.text.toLowerCase() || lex.functionWords.has(lower)) return false;
    // adjectives, also inflected ("donkerblauwe")
    if (!lex.commonWords.has(lower) && !(lower.endsWith("e") && lex.commonWords.has(lower.slice(0, -1)))) return false;
    k--;
  }
  return false;
}

/** An ordinary word, also inflected ("Kansrijke", "Verlengde"). */
function ordinary(lower: string, lex: Lexicon): boolean {
  if (lex.commonWords.has(lower) || lex.places.has(lower)) return true;
  for (const suffix of ["e", "en", "s"]) {
    if (
      lower.length > suffix.length + 2 &&
      lower.endsWith(suffix) &&
      lex.commonWords.has(lower.slice(0, -suffix.length))
    )
      return true;
  }
  return false;
}

/** Is token `i` part of a title or programme name of capitalised ordinary words? */
function titleLike(
  tokens: readonly Token[],
  i: number,
  lowers: readonly string[],
  caps: readonly boolean[],
  lex: Lexicon,
): boolean {
  for (const step of [-1, 1]) {
    let k = i + step;
    // skip up to three lowercase function words ("in de", "van het")
    let skipped = 0;
    while (
      skipped < 3 &&
      tokens[k]?.kind === "word" &&
      !caps[k] &&
      lex.functionWords.has(lowers[k]!) &&
      tokens[k]!.text === lowers[k]
    ) {
      k += step;
      skipped++;
    }
    const o = tokens[k];
    if (o?.kind !== "word" || !caps[k] || (o.sentenceStart && step === -1 && skipped > 0)) continue;
    if (o.sentenceStart && step === 1) continue;
    const ol = lowers[k]!;
    if (ordinary(ol, lex) && !lex.firstNames.has(ol) && (skipped > 0 || !lex.surnames.has(ol))) return true;
  }
  return false;
}

/** Is the next token right after token `i` (a comma or an adjacent word)? */
function adjacentOrComma(text: string, tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  return n !== undefined && (n.text === "," ? n.start === tokens[i]!.end : adjacent(text, tokens[i]!, n));
}

/** Judge whether a capitalised token is (part of) a person name, from lexicons and context. */

export function judge(
  tokens: readonly Token[],
  i: number,
  text: string,
  ctx: RecogniserContext,
  speaker: boolean,
  lowers: readonly string[],
  caps: readonly boolean[],
): Verdict {
  const t = tokens[i]!;
  if (t.kind !== "word" || t.text.length < 2) return null;
  const lower = lowers[i]!;
  const lex = ctx.lexicon;
  if (!caps[i]) return judgeUncapitalised(tokens, i, ctx, lowers);
  if (lex.cues.monthsDays.has(lower)) return null;
  // "Mevr.", "Dhr.", "Dr." are forms of address, not names (the name after them is judged on its own)
  if (lex.cues.titles.has(lower) && tokens[i + 1]?.text === ".") return null;
  if (ctx.isProtected(t.start, t.end)) return null;
  if (speaker) return lex.cues.speakers.has(lower) ? null : { conf: 0.95 };
  const gaz = lex.firstNames.has(lower) || lex.surnames.has(lower) || ctx.knownNames.has(lower);
  // Cue: a title or a kinship word right before (skipping the period of "dhr.").
  let p = i - 1;
  if (tokens[p]?.text === ".") p--;
  const prev = tokens[p];
  const prevLower = prev && prev.kind === "word" ? lowers[p]! : "";
  const gapStart = tokens[i - 1]?.end ?? 0;
  const close = prev !== undefined && /^\s{1,2}$/.test(text.slice(gapStart, t.start));
  const titled = close && lex.cues.titles.has(prevLower);
  const kin = close && lex.cues.kin.has(prevLower);
  if ((titled || kin) && !t.sentenceStart) return { conf: 0.95 };
  // After particles: "meneer van den Broek", "De Graaf" (capitalised particle mid-sentence), "Stijn de Vries".
  let q = i - 1;
  while (q >= 0 && i - q <= 3 && tokens[q]!.kind === "word" && TUSSENVOEGSELS.has(lowers[q]!)) q--;
  if (q < i - 1 && !t.sentenceStart) {
    const first = tokens[q + 1]!;
    const beforeParticles = q >= 0 && tokens[q]!.kind === "word" ? lowers[q]! : "";
    if (
      lex.cues.titles.has(beforeParticles) ||
      (caps[q + 1] && !first.sentenceStart && first.text.length > 1) ||
      (q >= 0 && caps[q] && lex.firstNames.has(beforeParticles))
    ) {
      return { conf: 0.9 };
    }
  }
  // Reversed name: "Vries, B. de".
  if (tokens[i + 1]?.text === "," && isInitial(tokens, i + 2)) return { conf: 0.9 };
  const func = lex.functionWords.has(lower);
  if (t.sentenceStart && func) return null;
  // A place name wins over a surname of the same spelling; a known first name wins over a place.
  if (lex.places.has(lower) && !lex.firstNames.has(lower) && !lex.surnames.has(lower) && !ctx.knownNames.has(lower))
    return null;
  if (!gaz && isCapitalisedWord(lower, lex.capitalisedWords)) return null;
  // "in X", "uit X", "te X": a place, unless X is a known first name or a name found elsewhere.
  if (
    prev !== undefined &&
    p === i - 1 &&
    lex.cues.placePrepositions.has(prevLower) &&
    !lex.firstNames.has(lower) &&
    !ctx.knownNames.has(lower)
  )
    return null;
  const common = lex.commonWords.has(lower);
  // Verb-first questions and requests: a sentence-initial frequent word right before a subject pronoun is a
  // verb ("Wilt u …", "Kun je …", "Heb jij …"), not a name; a name would be followed by a verb or a comma.
  if (
    t.sentenceStart &&
    (lex.dictionaryWords.has(lower) || lex.frequentWords.has(lower)) &&
    lex.cues.subjectPronouns.has(lowers[i + 1] ?? "") &&
    adjacent(text, t, tokens[i + 1]!)
  )
    return null;
  if (t.sentenceStart) {
    if (!common && (gaz || lex.properNouns.has(lower))) return { conf: 0.8 };
    // A word found in no list at all, as the subject of a verb or before an apposition: "Zarmina, the eldest, …",
    // "Ifeoma found …" (low confidence: it goes to the review queue).
    if (
      !ordinary(lower, lex) &&
      !lex.dictionaryWords.has(lower) &&
      !lex.frequentWords.has(lower) &&
      !lex.properNouns.has(lower) &&
      !isCapitalisedWord(lower, lex.capitalisedWords) &&
      adjacentOrComma(text, tokens, i) &&
      (lex.cues.subjectVerbs.has(lowers[i + 1] ?? "") ||
        (tokens[i + 1]?.text === "," && lex.cues.articles.has(lowers[i + 2] ?? "")))
    )
      return { conf: 0.6 };
    // A first name that is also a word, as the subject of a finite verb: "Mark zei …", "Roos woont …".
    if (
      lex.firstNames.has(lower) &&
      lex.cues.subjectVerbs.has(lowers[i + 1] ?? "") &&
      adjacent(text, t, tokens[i + 1]!)
    )
      return { conf: 0.7 };
    return null;
  }
  if (func && !gaz) return null;
  // Organisations: "Stichting Menswaardig", "Huisartsenpraktijk …", "Radio …".
  if (isOrganisationWord(lower, lex) || (p === i - 1 && isOrganisationWord(prevLower, lex))) return null;
  if (gaz) return { conf: 0.9 };
  // Not a person when an article (and adjectives) come first: "een grijze Audi", "bij de Jumbo".
  if (afterArticle(tokens, i, lex)) return null;
  // an inflected ordinary word in a title ("Kansrijke Start") is no name either
  if (!common && ordinary(lower, lex) && titleLike(tokens, i, lowers, caps, lex)) return null;
  if (!common) return { conf: 0.85 };
  // A capitalised ordinary word next to another capitalised ordinary word is a title ("Boer zoekt Vrouw",
  // "Kansrijke Start"), also across lowercase function words ("Krant in de Klas", "Moeder in de Wijk").
  if (titleLike(tokens, i, lowers, caps, lex)) return null;
  return { conf: 0.6 };
}
