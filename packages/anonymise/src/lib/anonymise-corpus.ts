import { errorPrefix, InvalidArgumentsError, type Message, type Span } from "@verlicht/core";
import { roleHints } from "./anonymise.js";
import { createAnonymiser, type DetectOptions } from "./create-anonymiser.js";
import { DEFAULT_RECOGNISERS } from "./default-recognisers.js";
import { type AnonymisationKey, AnonymisationKeySchema, createKey } from "./key.js";
import { getLexicon, normaliseWord } from "./lexicon.js";
import { linkAliases } from "./link-aliases.js";
import { type ReplacementMode, replaceSpans } from "./replace-spans.js";
import type { Recogniser } from "./types.js";

/** One transcript of a corpus. */
export interface CorpusDocument {
  /** Stable id (e.g. the file name); used for the per-document date shift. */
  id: string;
  /** The transcript text. */
  text: string;
}

/** Options of {@link anonymiseCorpus}. */
export interface AnonymiseCorpusOptions extends Omit<DetectOptions, "knownNames"> {
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
  const anonymiser = createAnonymiser({ recognisers: options?.recognisers ?? DEFAULT_RECOGNISERS });
  const lex = getLexicon();
  // Pass 1: names found with confidence anywhere in the corpus.
  const first = documents.map((d) => anonymiser.detect(d.text, options));
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
  const detections = documents.map((d) => anonymiser.detect(d.text, { ...options, knownNames: known }));
  const roles = roleHints(detections.flatMap((d) => d.spans));
  const mode = options?.replacement ?? "surrogate";
  // Every real name part of the corpus, so no surrogate equals a real name of another transcript.
  const realNames = new Set<string>();
  for (const det of detections)
    for (const s of det.spans)
      if (s.category === "PERSON")
        for (const w of normaliseWord(s.text).split(/[\s,.'’-]+/)) if (w.length > 1) realNames.add(w);
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
