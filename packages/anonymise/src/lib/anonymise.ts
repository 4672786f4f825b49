import { errorPrefix, InvalidArgumentsError, type Message, type Span } from "@verlicht/core";
import { createAnonymiser, type DetectOptions } from "./create-anonymiser.js";
import { DEFAULT_RECOGNISERS } from "./default-recognisers.js";
import { type AnonymisationKey, createKey } from "./key.js";
import { normaliseWord } from "./lexicon.js";
import { linkAliases } from "./link-aliases.js";
import { type ReplacementMode, replaceSpans } from "./replace-spans.js";
import type { RoleHints } from "./surrogate-person.js";

/** Options of {@link anonymise}. */
export interface AnonymiseOptions extends DetectOptions {
  /** `surrogate` (default): plausible fake names, streets, numbers, shifted dates; `tag`: `[PERSOON-1]` tags. */
  replacement?: ReplacementMode | null | undefined;
  /** A key to reuse pseudonyms from (it is updated in place with new mappings). Default: a fresh key. */
  key?: AnonymisationKey | null | undefined;
  /** Document id for the per-document date shift (default `"text"`). */
  documentId?: string | null | undefined;
}

/** Defaults of {@link AnonymiseOptions}. */
export const DEFAULT_OPTIONS = {
  keep: [] as readonly string[],
  language: "nl" as "nl" | "en",
  replacement: "surrogate" as ReplacementMode,
  documentId: "text",
  minConfidence: 0,
} as const;

/** The result of {@link anonymise}. */
export interface AnonymiseResult {
  /** The pseudonymised text. */
  text: string;
  /** What was replaced, with offsets into the input. */
  spans: Span[];
  /** Notes for the reviewer (uncertain spans). */
  messages: Message[];
}

const defaultAnonymiser = createAnonymiser({ recognisers: DEFAULT_RECOGNISERS });

/** Role hints from the person spans: in multi-word names the first word is a first name, the last a surname. */
export function roleHints(spans: ReadonlyArray<Pick<Span, "category" | "text">>): Map<string, "first" | "last"> {
  const roles = new Map<string, "first" | "last">();
  for (const s of spans) {
    if (s.category !== "PERSON" || s.text.includes(",")) continue;
    const words = s.text.split(/\s+/).filter((w) => !/\.$/.test(w));
    if (words.length < 2) continue;
    roles.set(normaliseWord(words[words.length - 1]!), "last");
    if (!/^\p{Ll}/u.test(words[0]!)) roles.set(normaliseWord(words[0]!), "first");
  }
  return roles;
}

/**
 * Find and pseudonymise personal data in one Dutch (or English) transcript.
 *
 * @example
 * ```ts
 * const { text, spans } = anonymise("Ik sprak mevrouw El Amrani op 06-12345678.", { keep: ["Heerlen"] });
 * spans.map((s) => s.category); // ["PERSON", "PHONE"]
 * ```
 */
export function anonymise(text: string, options?: AnonymiseOptions | null): AnonymiseResult {
  if (typeof text !== "string") {
    throw new InvalidArgumentsError(
      `${errorPrefix("anonymise", "anonymise")}expected a string, but got: ${typeof text}`,
    );
  }
  const detection = defaultAnonymiser.detect(text, options);
  const key = options?.key ?? createKey();
  const roles: RoleHints = roleHints(detection.spans);
  const known = new Set(
    detection.spans.filter((s) => s.category === "PERSON").flatMap((s) => s.text.split(/\s+/).map(normaliseWord)),
  );
  linkAliases(text, detection.spans, key, roles, known);
  const replaced = replaceSpans({
    text,
    spans: detection.spans,
    key,
    documentId: options?.documentId ?? DEFAULT_OPTIONS.documentId,
    mode: options?.replacement ?? DEFAULT_OPTIONS.replacement,
    roles,
    known,
  });
  return { text: replaced.text, spans: replaced.spans, messages: detection.messages };
}
