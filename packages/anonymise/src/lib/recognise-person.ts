import { normaliseWord, TUSSENVOEGSELS } from "./lexicon.js";
import { adjacent, isCapitalised, isInitial, judge, stripPossessive } from "./person-cues.js";
import type { Token } from "./tokens.js";
import type { DetectedSpan, Recogniser, RecogniserContext } from "./types.js";

export { KIN_WORDS, TITLE_WORDS } from "./person-cues.js";

/** Person names: gazetteers, capitalisation in context, titles, kinship words, initials, tussenvoegsels,
 * reversed names, speaker labels, possessives, and propagation of names found elsewhere in the text. */
export const personRecogniser: Recogniser = {
  id: "person",
  detect(text, ctx) {
    const tokens = ctx.tokens;
    const lex = ctx.lexicon;
    const isName = new Array<number>(tokens.length).fill(0);
    const lowers = tokens.map((t) => (t.kind === "word" ? normaliseWord(stripPossessive(t.text)) : t.text));
    const caps = tokens.map((t) => t.kind === "word" && isCapitalised(t.text));
    // Speaker labels: a name at the start of a line followed by a colon.
    const speakerAt = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.sentenceStart || t.kind !== "word") continue;
      const lineStart = text.lastIndexOf("\n", t.start - 1) + 1;
      if (text.slice(lineStart, t.start).trim() !== "") continue;
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.kind === "word" && j - i < 3) j++;
      for (let k = i; k <= j; k++) {
        if (tokens[k + 1]?.text === ":") {
          for (let m = i; m <= k; m++) speakerAt.add(m);
          break;
        }
      }
    }
    for (let i = 0; i < tokens.length; i++) {
      const v = judge(tokens, i, text, ctx, speakerAt.has(i), lowers, caps);
      if (v) isName[i] = v.conf;
    }
    // Full names at the start of a sentence: first name followed by a name mid-sentence.
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      const n = tokens[i + 1]!;
      if (
        isName[i] === 0 &&
        t.sentenceStart &&
        t.kind === "word" &&
        isCapitalised(t.text) &&
        lex.firstNames.has(normaliseWord(t.text)) &&
        // a first name that is a function word ("Will") only before a name that ends the phrase ("Will Hargreaves.")
        (!lex.functionWords.has(normaliseWord(t.text)) || /^[.,;:!?]?$/.test(tokens[i + 2]?.text ?? "")) &&
        isName[i + 1]! > 0 &&
        adjacent(text, t, n) &&
        !ctx.isProtected(t.start, t.end)
      ) {
        isName[i] = 0.8;
      }
    }
    // Coordinated names at the start of a sentence: "Eddy en Gaby kwamen ook".
    for (let i = 0; i + 2 < tokens.length; i++) {
      const t = tokens[i]!;
      const link = tokens[i + 1]!.text;
      if (isName[i] !== 0 || !t.sentenceStart || !caps[i] || (link !== "en" && link !== ",")) continue;
      const lower = lowers[i]!;
      if (lex.functionWords.has(lower) || ctx.isProtected(t.start, t.end)) continue;
      const nameLike = lex.properNouns.has(lower) || lex.firstNames.has(lower) || lex.surnames.has(lower);
      if (nameLike && isName[i + 2]! > 0 && !lex.places.has(lower)) isName[i] = 0.7;
    }
    // A function word with a capital mid-sentence, right before a name, is a first name ("Bep Kok").
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      if (
        isName[i] === 0 &&
        !t.sentenceStart &&
        t.kind === "word" &&
        t.text.length > 1 &&
        isCapitalised(t.text) &&
        !TUSSENVOEGSELS.has(normaliseWord(t.text)) &&
        isName[i + 1]! > 0 &&
        adjacent(text, t, tokens[i + 1]!) &&
        !ctx.isProtected(t.start, t.end)
      ) {
        isName[i] = 0.8;
      }
    }
    // Names known from this text (and the corpus) propagate to other mentions.
    const known = new Set(ctx.knownNames);
    for (let i = 0; i < tokens.length; i++) {
      if (isName[i]! > 0.55) known.add(normaliseWord(stripPossessive(tokens[i]!.text)));
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (isName[i]! > 0 || t.kind !== "word" || t.text.length < 2) continue;
      if (ctx.isProtected(t.start, t.end)) continue;
      const lower = lowers[i]!;
      const cap = caps[i]!;
      if (lex.functionWords.has(lower)) continue;
      if (known.has(lower)) {
        if (cap || !lex.dictionaryWords.has(lower)) isName[i] = 0.75;
      } else if (cap && lower.endsWith("s") && known.has(lower.slice(0, -1))) {
        isName[i] = 0.75; // possessive without apostrophe: "Daans moeder"
      }
    }
    return buildSpans(text, tokens, isName, ctx);
  },
};

/** A first name, also a hyphenated one whose parts are first names ("Dirk-Jan", "Anne-Fleur"). */
function isFirstName(ctx: RecogniserContext, word: string): boolean {
  const lower = normaliseWord(word);
  if (ctx.lexicon.firstNames.has(lower)) return true;
  const parts = lower.split("-");
  return parts.length > 1 && parts.every((p) => ctx.lexicon.firstNames.has(p));
}

function buildSpans(text: string, tokens: readonly Token[], isName: number[], ctx: RecogniserContext): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (isName[i] === 0) {
      i++;
      continue;
    }
    let start = i;
    let end = i;
    let conf = isName[i]!;
    // Grow left: initials, tussenvoegsels (capitalised mid-sentence, or after a title or a first name).
    for (;;) {
      const prev = tokens[start - 1];
      if (!prev || !adjacent(text, prev, tokens[start]!)) break;
      // initial "W." before: tokens [letter, "."]
      if (prev.text === "." && isInitial(tokens, start - 2)) {
        start -= 2;
        continue;
      }
      const lower = normaliseWord(prev.text);
      if (TUSSENVOEGSELS.has(lower) && !ctx.isProtected(prev.start, prev.end)) {
        // a run of particles ("van den"), then look at what comes before the run
        let k = start - 1;
        while (
          k - 1 >= 0 &&
          TUSSENVOEGSELS.has(normaliseWord(tokens[k - 1]!.text)) &&
          adjacent(text, tokens[k - 1]!, tokens[k]!)
        )
          k--;
        const before = tokens[k - 1];
        const beforeLower = before ? normaliseWord(before.text) : "";
        // "meneer van Loon", but not "de juf van Sem" (a title after an article is an ordinary noun)
        const article = tokens[k - 2];
        const afterTitle =
          before !== undefined &&
          ctx.lexicon.cues.titles.has(beforeLower) &&
          !(article !== undefined && ctx.lexicon.cues.articles.has(normaliseWord(article.text)));
        const afterName = isName[k - 1]! > 0 || (before?.text === "." && isInitial(tokens, k - 2));
        const first = tokens[k]!;
        // A capitalised particle run at the start of a sentence before a known name: "De Wit is …", "Van Loo zegt".
        const sentenceParticle = first.sentenceStart && isCapitalised(first.text) && isName[start]! >= 0.75;
        // "Horst in de Dorpsstraat", "In Musschemig …": a place; but "Op de Laak zegt" is a name
        const placeWord = /^(in|op|aan)$/i.test(first.text) && !(sentenceParticle && k < start - 1);
        if (
          !placeWord &&
          ((isCapitalised(first.text) && !first.sentenceStart) || afterTitle || afterName || sentenceParticle)
        ) {
          start = k;
          continue;
        }
      }
      break;
    }
    // Grow right: adjacent names, tussenvoegsels followed by a name, hyphenated parts.
    for (;;) {
      let j = end + 1;
      // "in de", "op de", "aan de" after a name start a place ("Horst in de Dorpsstraat"), not a surname
      if (/^(in|op|aan)$/i.test(tokens[j]?.text ?? "")) break;
      while (
        j < tokens.length &&
        TUSSENVOEGSELS.has(normaliseWord(tokens[j]!.text)) &&
        adjacent(text, tokens[j - 1]!, tokens[j]!)
      )
        j++;
      const next = tokens[j];
      if (
        next &&
        isName[j]! > 0 &&
        adjacent(text, tokens[j - 1]!, next) &&
        adjacent(text, tokens[end]!, tokens[end + 1]!)
      ) {
        conf = Math.max(conf, isName[j]!);
        end = j;
        continue;
      }
      // A surname after a first name, even if it is an ordinary capitalised word or a place ("Bep Kok", "Anne
      // Bakker", "Wietske van Oosterhout"): right after it, or after lowercase particles.
      if (
        next &&
        (j === end + 1 || tokens.slice(end + 1, j).every((p) => p.text === p.text.toLowerCase())) &&
        next.kind === "word" &&
        isCapitalised(next.text) &&
        adjacent(text, tokens[j - 1]!, next) &&
        (isFirstName(ctx, tokens[end]!.text) || (j > end + 1 && isName[end]! >= 0.8)) &&
        !ctx.isProtected(next.start, next.end) &&
        !ctx.lexicon.cues.monthsDays.has(normaliseWord(next.text))
      ) {
        end = j;
        continue;
      }
      // A lowercase surname after a lowercase first name ("marieke hoogstraten"): no word of the language.
      if (
        next &&
        j === end + 1 &&
        next.kind === "word" &&
        next.text.length > 2 &&
        next.text === next.text.toLowerCase() &&
        tokens[end]!.text === tokens[end]!.text.toLowerCase() &&
        adjacent(text, tokens[end]!, next) &&
        !ctx.lexicon.commonWords.has(normaliseWord(next.text)) &&
        !ctx.lexicon.dictionaryWords.has(normaliseWord(next.text)) &&
        !ctx.lexicon.functionWords.has(normaliseWord(next.text)) &&
        !ctx.isProtected(next.start, next.end)
      ) {
        end = j;
        continue;
      }
      break;
    }
    // Reversed name: "Vries, B. de" / "Vries, B." — surname, comma, initials, optional tussenvoegsels.
    if (tokens[end + 1]?.text === "," && isInitial(tokens, end + 2)) {
      let k = end + 2;
      while (isInitial(tokens, k)) k += 2;
      let last = k - 1;
      while (
        k < tokens.length &&
        TUSSENVOEGSELS.has(normaliseWord(tokens[k]!.text)) &&
        tokens[k]!.start - tokens[k - 1]!.end <= 1
      ) {
        last = k;
        k++;
      }
      end = last;
    }
    const s = tokens[start]!.start;
    const e = tokens[end]!.end;
    if (!ctx.isProtected(s, e)) spans.push({ start: s, end: e, category: "PERSON", confidence: conf });
    i = end + 1;
  }
  return spans;
}
