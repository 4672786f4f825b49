/** A word-level tokeniser with offsets and sentence-start flags, tuned for Dutch transcripts. */

/** One token of the input. */
export interface Token {
  /** The token text. */
  text: string;
  /** Offset of the first UTF-16 unit. */
  start: number;
  /** Offset after the last UTF-16 unit. */
  end: number;
  /** `word`, `number` or `punct`. */
  kind: "word" | "number" | "punct";
  /** Whether the token starts a sentence, a line, a turn or a quotation. */
  sentenceStart: boolean;
}

// Words may contain inner apostrophes, hyphens and periods between letters (initials like "Ph."), and an
// elided article "'t" is one token.
const TOKEN = /['’][ts]\b|[\p{L}\p{M}](?:[\p{L}\p{M}]|['’-](?=[\p{L}\p{M}]))*|\d+|[^\s\p{L}\p{M}\d]/gu;

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  "dhr mevr mw mr dr drs ir ing prof fam bijv bv evt ca jan feb febr mrt apr jun jul aug sep sept okt nov dec nr st mej hr jr sr etc enz o.a m.a.w resp tel".split(
    " ",
  ),
);

const SENTENCE_END = new Set([".", "!", "?", "…", ":", ";", "‘", "“", '"', "(", "—", "–", "[", "'"]);

/** Tokenise text into words, numbers and punctuation with offsets and sentence-start flags. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  let lastEnd = 0;
  const parens: boolean[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index;
    const first = value.charCodeAt(0);
    const kind: Token["kind"] =
      first >= 48 && first <= 57 ? "number" : /[\p{L}\p{M}'’]/u.test(value[0]!) ? "word" : "punct";
    if (text.slice(lastEnd, start).includes("\n")) atStart = true;
    tokens.push({ text: value, start, end: start + value.length, kind, sentenceStart: atStart });
    lastEnd = start + value.length;
    if (kind === "punct") {
      if (value === "(") parens.push(atStart);
      if (value === ")") {
        // "(lacht) Herkenbaar.": after a parenthesis the sentence state from before it returns
        atStart = parens.pop() ?? atStart;
        if (tokens.length >= 2 && tokens[tokens.length - 2]!.sentenceStart && tokens[tokens.length - 2]!.text === "(") {
          atStart = true;
        }
      } else if (SENTENCE_END.has(value)) {
        // A period after an initial ("W.") or an abbreviation ("dhr.") does not end the sentence.
        const prev = tokens[tokens.length - 2];
        const isAbbrev =
          value === "." &&
          prev !== undefined &&
          prev.end === start &&
          prev.kind === "word" &&
          ((prev.text.length === 1 && prev.text !== prev.text.toLowerCase()) ||
            ABBREVIATIONS.has(prev.text.toLowerCase()));
        if (!isAbbrev) atStart = true;
      } else if (value !== "," && value !== ")" && value !== "’" && value !== "”") {
        // keep the current state for other punctuation
      }
    } else if (/^['’][ts]$/.test(value) && atStart) {
      // "’s Avonds", "’t Is": the elided article does not end the sentence start
    } else {
      atStart = false;
    }
  }
  return tokens;
}
