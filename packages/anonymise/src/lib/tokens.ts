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

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  "dhr mevr mw mr dr drs ir ing prof fam bijv bv evt ca jan feb febr mrt apr jun jul aug sep sept okt nov dec nr st mej hr jr sr etc enz resp tel".split(
    " ",
  ),
);

const SENTENCE_END = new Set([".", "!", "?", "…", ":", ";", "‘", "“", '"', "(", "—", "–", "[", "'"]);
const LETTER = /[\p{L}\p{M}]/u;

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(text[i]!);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 8239 || code === 12;
}

/** Tokenise text into words, numbers and punctuation with offsets and sentence-start flags. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let atStart = true;
  const parens: boolean[] = [];
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 10) atStart = true;
      i++;
      continue;
    }
    const start = i;
    let kind: Token["kind"];
    const apostrophe = code === 39 || code === 8217;
    const next = i + 1 < n ? text[i + 1]! : "";
    if (apostrophe && (next === "t" || next === "s") && (i + 2 >= n || !isLetter(text, i + 2))) {
      i += 2; // elided article: 't, 's
      kind = "word";
    } else if (isLetter(text, i)) {
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isLetter(text, i)) i++;
        else if ((c === 39 || c === 8217 || c === 45) && i + 1 < n && isLetter(text, i + 1)) i += 2;
        else break;
      }
      kind = "word";
    } else if (code >= 48 && code <= 57) {
      i++;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      kind = "number";
    } else {
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      kind = "punct";
    }
    const value = text.slice(start, i);
    tokens.push({ text: value, start, end: i, kind, sentenceStart: atStart });
    if (kind === "punct") {
      if (value === "(") parens.push(atStart);
      if (value === ")") {
        // "(lacht) Herkenbaar.": after a parenthesis the sentence state from before it returns
        atStart = parens.pop() ?? atStart;
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
      }
    } else if (!(atStart && (value === "'s" || value === "’s" || value === "'t" || value === "’t"))) {
      atStart = false;
    }
  }
  return tokens;
}
