import type { SpanCategory } from "@verlicht/core";
import type { Lexicon } from "./lexicon.js";
import type { Token } from "./tokens.js";

/** A span found by a recogniser, before replacement. Offsets are UTF-16, end exclusive. */
export interface DetectedSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** What kind of personal data it is. */
  category: SpanCategory;
  /** How sure the recogniser is, 0–1. */
  confidence: number;
  /** Set by the anonymiser to the id of the recogniser that found the span. */
  recogniser?: string;
}

/** What a recogniser gets besides the text. */
export interface RecogniserContext {
  /** Language of the text. */
  language: "nl" | "en";
  /** Word tokens with offsets (computed once per text). */
  tokens: readonly Token[];
  /** General lexicons. */
  lexicon: Lexicon;
  /** Normalised names already known to be people (e.g. from other transcripts of the corpus). */
  knownNames: ReadonlySet<string>;
  /** Whether an offset range lies in text that must never change (ROCK markup, keep-list terms). */
  isProtected: (start: number, end: number) => boolean;
}

/** A recogniser plugin: finds spans of personal data in a text. */
export interface Recogniser {
  /** Stable id, stored in every span it produces. */
  id: string;
  /** Find spans; may return overlapping spans (the anonymiser resolves overlaps). */
  detect: (text: string, context: RecogniserContext) => DetectedSpan[];
}
