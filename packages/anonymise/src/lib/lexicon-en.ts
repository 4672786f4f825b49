/**
 * The English lexicon, built once per process from dictionary-en (Hunspell en_US from SCOWL; MIT AND BSD):
 * lowercase entries are ordinary words, capitalised entries proper nouns. Names and places are shared with the
 * Dutch lexicon (faker's name lists of many locales, Statbel names, GeoNames places).
 */
import { EN_CUES } from "./language-cues.js";
import type { Lexicon } from "./lexicon.js";
import { normaliseWord } from "./lexicon.js";
import { readHunspellDic } from "./read-hunspell.js";

/** English function words: a closed class written out from English grammar. */
const FUNCTION_WORDS = `a an the this that these those my your his her its our their i me you he him she it we us they
them myself yourself himself herself itself ourselves themselves mine yours hers ours theirs who whom whose which what
where when why how whether if because so but and or nor yet as than then though although while until unless since
of in on at by for with about against between into through during before after above below to from up down out off
over under again further once here there all any both each few more most other some such no not only own same too
very just also even still already ever never always often sometimes usually am is are was were be been being have has
had having do does did doing will would shall should can could may might must ought i'm you're he's she's it's we're
they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't
aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot
couldn't mustn't let's that's who's what's here's there's where's how's yes yeah yep no nope okay ok oh ah um uh er
erm hmm well like right sure really anyway honestly basically actually please thanks thank hello hi hey bye`;

/** Capitalised words that are never people: religious and calendar words. */
const NOT_PEOPLE = "god jesus christ allah lord christmas easter ramadan eid halloween diwali hanukkah advent lent";

/** Build the English lexicon from dictionary-en, sharing names and places with `nl`. */
export function buildEnglishLexicon(nl: Lexicon): Lexicon {
  const commonWords = new Set<string>();
  const properNouns = new Set<string>();
  const capitalisedWords = new Set<string>(NOT_PEOPLE.split(" "));
  const dic = readHunspellDic("dictionary-en");
  for (const line of dic.split("\n")) {
    const slash = line.indexOf("/");
    const word = (slash === -1 ? line : line.slice(0, slash)).trim();
    if (!word || /\d/.test(word)) continue;
    const first = word[0]!;
    const key = normaliseWord(word);
    if (first !== first.toUpperCase()) commonWords.add(key);
    else if (first !== first.toLowerCase()) {
      if (word.length > 1 && word === word.toUpperCase()) continue; // acronyms
      // Demonyms and languages ("Haitian", "Chinese", "Polish", "Korean") are not people.
      if (/(ian|ese|ish|ean)$/.test(key) && !nl.firstNames.has(key) && !nl.surnames.has(key)) capitalisedWords.add(key);
      else properNouns.add(key);
    }
  }
  for (const w of EN_CUES.monthsDays) capitalisedWords.add(w);
  const functionWords = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
  for (const w of functionWords) commonWords.add(w);
  return {
    commonWords,
    dictionaryWords: commonWords,
    frequentWords: commonWords,
    functionWords,
    firstNames: nl.firstNames,
    surnames: nl.surnames,
    properNouns,
    capitalisedWords,
    places: nl.places,
    surrogateFirstNames: nl.surrogateFirstNames,
    surrogateSurnames: nl.surrogateSurnames,
    language: "en",
    cues: EN_CUES,
  };
}
