import { location } from "@verlicht/core";
import { getLexicon, normaliseWord } from "./lexicon.js";
import { keepRegions, overlapTester } from "./protect.js";
import { tokenise } from "./tokens.js";

/** One item for the human check. */
export interface ReviewItem {
  /** `unreplaced`: a name-like token left as it was; `uncertain`: a low-confidence replacement;
   * `inconsistent`: a string replaced in one transcript and left in another. */
  kind: "unreplaced" | "uncertain" | "inconsistent";
  /** The transcript (document id, e.g. the file name). */
  file: string;
  /** Line and column (1-based) in the original transcript. */
  line: number;
  column: number;
  /** The string in question. */
  text: string;
  /** The line it stands on, for context. */
  context: string;
}

/** A transcript with what the anonymiser replaced in it (as {@link anonymiseCorpus} returns it). */
export interface ReviewDocument {
  id: string;
  text: string;
  spans: ReadonlyArray<{ start: number; end: number; text: string; confidence?: number | undefined }>;
  language?: "nl" | "en" | undefined;
}

/**
 * The review queue of a pseudonymised corpus: every capitalised or name-like token left unreplaced that is not a
 * known word, place or keep term; every replacement with confidence below 0.7; and every string replaced in one
 * transcript but left unreplaced in another. Sorted by file and position. The dashboard's leak check uses it too.
 *
 * @example
 * ```ts
 * const queue = reviewQueue([{ id: "a.txt", text: "R: Ik sprak Quirijntje.", spans: [] }]);
 * queue[0]?.kind; // "unreplaced"
 * ```
 */
export function reviewQueue(
  documents: readonly ReviewDocument[],
  options?: { keep?: readonly string[] },
): ReviewItem[] {
  const items: ReviewItem[] = [];
  const keep = options?.keep ?? [];
  const replacedAnywhere = new Set<string>();
  for (const d of documents)
    for (const s of d.spans) {
      replacedAnywhere.add(normaliseWord(s.text));
      for (const w of s.text.split(/[\s,]+/)) if (/^\p{Lu}\p{Ll}{2,}/u.test(w)) replacedAnywhere.add(normaliseWord(w));
    }
  for (const d of documents) {
    const lex = getLexicon(d.language ?? "nl");
    const place = location(d.text);
    const inSpan = overlapTester(d.spans.map((s) => ({ start: s.start, end: s.end })));
    const inKeep = overlapTester(keepRegions(d.text, keep));
    const lines = d.text.split("\n");
    const push = (kind: ReviewItem["kind"], start: number, text: string) => {
      const p = place.toPoint(start)!;
      items.push({ kind, file: d.id, line: p.line, column: p.column, text, context: lines[p.line - 1] ?? "" });
    };
    for (const s of d.spans) if ((s.confidence ?? 1) < 0.7) push("uncertain", s.start, s.text);
    const tokens = tokenise(d.text);
    for (const t of tokens) {
      if (t.kind !== "word" || t.text.length < 2 || inSpan(t.start, t.end) || inKeep(t.start, t.end)) continue;
      const lower = normaliseWord(t.text.replace(/['’]s$/, ""));
      if (replacedAnywhere.has(lower)) {
        push("inconsistent", t.start, t.text);
        continue;
      }
      if (!/^\p{Lu}/u.test(t.text) || t.text === t.text.toUpperCase()) continue;
      if (t.start === 0 || d.text[t.start - 1] === "#") continue;
      const known =
        lex.commonWords.has(lower) ||
        // inflected forms of ordinary words ("Wilt", "Zegt", "Kinderen") are words too
        ["t", "en", "e", "s", "d", "n"].some(
          (suffix) =>
            lower.length > suffix.length + 2 &&
            lower.endsWith(suffix) &&
            lex.commonWords.has(lower.slice(0, -suffix.length)),
        ) ||
        lex.functionWords.has(lower) ||
        lex.places.has(lower) ||
        lex.capitalisedWords.has(lower) ||
        lex.cues.monthsDays.has(lower) ||
        lex.cues.speakers.has(lower);
      if (!known) push("unreplaced", t.start, t.text);
    }
  }
  return items.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
