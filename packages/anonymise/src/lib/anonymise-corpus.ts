import { errorPrefix, InvalidArgumentsError, type Message, type Span } from "@verlicht/core";
import { roleHints } from "./anonymise.js";
import { createAnonymiser, type DetectOptions } from "./create-anonymiser.js";
import { DEFAULT_RECOGNISERS } from "./default-recognisers.js";
import { detectLanguage } from "./detect-language.js";
import { type AnonymisationKey, AnonymisationKeySchema, createKey } from "./key.js";
import { getLexicon, normaliseWord, TUSSENVOEGSELS } from "./lexicon.js";
import { linkAliases } from "./link-aliases.js";
import { type ReplacementMode, replaceSpans } from "./replace-spans.js";
import type { DetectedSpan, Recogniser } from "./types.js";

/** A recogniser for strings a reviewer decided to replace: every whole-word occurrence is a person. */
function decisionRecogniser(texts: readonly string[]): Recogniser {
  const escaped = texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return {
    id: "review-decision",
    detect: (text) =>
      [...text.matchAll(pattern)].map(
        (m): DetectedSpan => ({ start: m.index!, end: m.index! + m[0].length, category: "PERSON", confidence: 1 }),
      ),
  };
}

/** One transcript of a corpus. */
export interface CorpusDocument {
  /** Stable id (e.g. the file name); used for the per-document date shift. */
  id: string;
  /** The transcript text. */
  text: string;
  /** Language of this transcript; default: the corpus option. */
  language?: "nl" | "en" | undefined;
}

/** A reviewer's decision on a string: replace it everywhere, or leave it alone. */
export interface ReviewDecision {
  /** The exact string (a name, a word). */
  text: string;
  /** `replace`: pseudonymise every occurrence as a person; `keep`: never replace it. */
  action: "replace" | "keep";
}

/** Options of {@link anonymiseCorpus}. */
export interface AnonymiseCorpusOptions extends Omit<DetectOptions, "knownNames" | "language"> {
  /** `nl` (default), `en`, or `auto`: guessed per transcript with {@link detectLanguage}. */
  language?: "nl" | "en" | "auto" | null | undefined;
  /** Review decisions to apply (they are also stored in the key, so later runs apply them too). */
  decisions?: readonly ReviewDecision[] | null | undefined;
  /** `surrogate` (default) or `tag`. */
  replacement?: ReplacementMode | null | undefined;
  /** An existing key (e.g. from {@link openKey}) whose pseudonyms are reused; it is copied, not changed. */
  key?: AnonymisationKey | null | undefined;
  /** Recognisers to use instead of the defaults. */
  recognisers?: readonly Recogniser[] | null | undefined;
}

/** The result of {@link anonymiseCorpus}. */
export interface AnonymiseCorpusResult {
  /** Pseudonymised documents, in input order. */
  documents: Array<{ id: string; text: string; spans: Span[]; messages: Message[] }>;
  /** The re-identification key: seal it with {@link sealKey} and store it apart from the output. */
  key: AnonymisationKey;
}

const PREFIX = errorPrefix("anonymise", "anonymiseCorpus");

/**
 * Pseudonymise a corpus consistently: the same person gets the same pseudonym in every transcript and in every
 * form (`Fatima`, `Fatima El Amrani`, `mevrouw El Amrani`, `F. El Amrani`). Names found with confidence in one
 * transcript are also looked for in the others.
 */
export function anonymiseCorpus(
  documents: readonly CorpusDocument[],
  options?: AnonymiseCorpusOptions | null,
): AnonymiseCorpusResult {
  if (!Array.isArray(documents)) throw new InvalidArgumentsError(`${PREFIX}expected an array of {id, text}`);
  const ids = new Set<string>();
  for (const d of documents) {
    if (!d || typeof d.id !== "string" || typeof d.text !== "string") {
      throw new InvalidArgumentsError(`${PREFIX}expected documents shaped {id: string, text: string}`);
    }
    if (ids.has(d.id)) throw new InvalidArgumentsError(`${PREFIX}duplicate document id "${d.id}"; ids must be unique`);
    ids.add(d.id);
  }
  const key: AnonymisationKey = options?.key ? structuredClone(AnonymisationKeySchema.parse(options.key)) : createKey();
  // The keep list and the review decisions live in the key, so a rerun without them gives the same output.
  key.keep = [...new Set([...(key.keep ?? []), ...(options?.keep ?? [])])];
  const decided = new Map<string, ReviewDecision>();
  for (const d of [...(key.decisions ?? []), ...(options?.decisions ?? [])]) decided.set(d.text, { ...d });
  key.decisions = [...decided.values()];
  const keep = [...key.keep, ...key.decisions.filter((d) => d.action === "keep").map((d) => d.text)];
  const forced = key.decisions.filter((d) => d.action === "replace").map((d) => d.text);
  const base = options?.recognisers ?? DEFAULT_RECOGNISERS;
  const anonymiser = createAnonymiser({
    recognisers: forced.length > 0 ? [...base, decisionRecogniser(forced)] : base,
  });
  const lex = getLexicon();
  const languages = documents.map((d) => {
    const wanted = d.language ?? options?.language ?? "nl";
    return wanted === "auto" ? detectLanguage(d.text) : wanted;
  });
  const detectOptions = (i: number, knownNames?: Set<string>) => ({
    keep,
    language: languages[i]!,
    minConfidence: options?.minConfidence ?? null,
    ...(knownNames ? { knownNames } : {}),
  });
  // Pass 1: names found with confidence anywhere in the corpus.
  const first = documents.map((d, i) => anonymiser.detect(d.text, detectOptions(i)));
  const known = new Set<string>();
  for (const k of Object.keys(key.mappings)) {
    if (k.startsWith("first:") || k.startsWith("last:"))
      for (const w of k.slice(k.indexOf(":") + 1).split(/\s+/)) known.add(w);
  }
  for (const det of first) {
    for (const s of det.spans) {
      if (s.category !== "PERSON" || s.confidence < 0.8) continue;
      for (const w of s.text.split(/[\s,]+/)) {
        const n = normaliseWord(w.replace(/['’]s$/, ""));
        if (n.endsWith("s") && known.has(n.slice(0, -1))) continue;
        if (n.length > 2 && !lex.commonWords.has(n) && !lex.functionWords.has(n) && !/\./.test(n)) known.add(n);
      }
    }
  }
  // Pass 2: detect again with the corpus-wide names, then replace with one shared key.
  const detections = documents.map((d, i) => anonymiser.detect(d.text, detectOptions(i, known)));
  const roles = roleHints(detections.flatMap((d) => d.spans));
  const mode = options?.replacement ?? "surrogate";
  // Every real name part of the corpus, so no surrogate equals a real name of another transcript.
  const realNames = new Set<string>();
  for (const det of detections)
    for (const s of det.spans)
      if (s.category === "PERSON")
        for (const w of normaliseWord(s.text).split(/[\s,.'’-]+/))
          if (w.length > 1 && !TUSSENVOEGSELS.has(w)) realNames.add(w);
  for (const [i, d] of documents.entries()) linkAliases(d.text, detections[i]!.spans, key, roles, known, realNames);
  const out = documents.map((d, i) => {
    const det = detections[i]!;
    const replaced = replaceSpans({
      text: d.text,
      spans: det.spans,
      key,
      documentId: d.id,
      mode,
      roles,
      known,
      realNames,
    });
    return { id: d.id, text: replaced.text, spans: replaced.spans, messages: det.messages };
  });
  return { documents: out, key };
}
