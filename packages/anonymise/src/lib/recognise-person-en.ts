import nlp from "compromise";
import type { DetectedSpan, Recogniser } from "./types.js";

const SPEAKER = /^[ \t]*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)[ \t]*:/gmu;
const NOT_SPEAKERS = new Set([
  "interviewer",
  "respondent",
  "moderator",
  "speaker",
  "participant",
  "question",
  "answer",
  "note",
]);

/** English person names, found with compromise, plus speaker labels. Runs only when the language is `en`. */
export const englishPersonRecogniser: Recogniser = {
  id: "person-en",
  detect(text, ctx) {
    if (ctx.language !== "en") return [];
    const out: DetectedSpan[] = [];
    const people = nlp(text).people().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
    for (const p of people) {
      let start = p.offset.start;
      let end = start + p.offset.length;
      // compromise includes titles and trailing punctuation in some terms; trim to letters
      while (end > start && !/[\p{L}]/u.test(text[end - 1]!)) end--;
      const title = /^(mr|mrs|ms|miss|dr|prof|sir|madam)\.?\s+/i.exec(text.slice(start, end));
      if (title) start += title[0].length;
      if (end > start && !ctx.isProtected(start, end)) out.push({ start, end, category: "PERSON", confidence: 0.85 });
    }
    for (const m of text.matchAll(SPEAKER)) {
      const name = m[1]!;
      if (NOT_SPEAKERS.has(name.toLowerCase()) || name.length < 2) continue;
      const start = m.index! + m[0].indexOf(name);
      out.push({ start, end: start + name.length, category: "PERSON", confidence: 0.95 });
    }
    return out;
  },
};
