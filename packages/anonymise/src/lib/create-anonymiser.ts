import {
  errorPrefix,
  InvalidArgumentsError,
  type Locale,
  location,
  type Message,
  type Span,
  type SpanCategory,
} from "@verlicht/core";
import { getLexicon, normaliseWord } from "./lexicon.js";
import { anonymiseMessages } from "./messages.js";
import { keepRegions, overlapTester, rockRegions } from "./protect.js";
import { tokenise } from "./tokens.js";
import type { DetectedSpan, Recogniser, RecogniserContext } from "./types.js";

/** Options of one detection run. */
export interface DetectOptions {
  /** Terms that must survive (programme vocabulary), matched case-insensitively on word boundaries. */
  keep?: readonly string[] | null | undefined;
  /** Language of the text: `nl` (default) or `en`. */
  language?: "nl" | "en" | null | undefined;
  /** Names already known to be people, e.g. found in other transcripts of the same corpus. */
  knownNames?: Iterable<string> | null | undefined;
  /** Only spans with at least this confidence are kept (default 0: recall first). */
  minConfidence?: number | null | undefined;
  /** Language of the messages (`en` by default, or `nl`). */
  locale?: Locale | null | undefined;
}

/** Defaults of {@link DetectOptions}. */
export const DEFAULT_DETECT_OPTIONS = {
  keep: [] as readonly string[],
  language: "nl" as "nl" | "en",
  minConfidence: 0,
} as const;

/** The result of a detection run: spans (without replacements) and messages. */
export interface Detection {
  /** Non-overlapping spans in text order. */
  spans: Array<Omit<Span, "replacement" | "text"> & { text: string }>;
  /** Notes for the reviewer (low-confidence spans) and problems with the input. */
  messages: Message[];
}

/** An anonymiser built from a list of recognisers. */
export interface Anonymiser {
  /** The recognisers, in the order they run. */
  readonly recognisers: readonly Recogniser[];
  /** Find personal data in a text. */
  detect: (text: string, options?: DetectOptions | null) => Detection;
}

/** Options of {@link createAnonymiser}. */
export interface CreateAnonymiserOptions {
  /** Recogniser plugins; every span records the id of the recogniser that found it. */
  recognisers: readonly Recogniser[];
}

/** Structured categories win overlaps and ignore the keep list (a keep term inside an e-mail address is still
 * part of the address). */
const PRIORITY: Record<SpanCategory, number> = {
  EMAIL: 9,
  URL: 8,
  IBAN: 8,
  BSN: 7,
  PHONE: 7,
  PLATE: 6,
  POSTCODE: 6,
  DATE: 4,
  ADDRESS: 3,
  PERSON: 2,
};
const STRUCTURED = new Set<SpanCategory>(["EMAIL", "URL", "IBAN", "BSN", "PHONE", "PLATE", "POSTCODE"]);

const PREFIX = errorPrefix("anonymise", "createAnonymiser");

/**
 * Build an anonymiser from recogniser plugins. The default anonymiser is built with this same function.
 *
 * @example
 * ```ts
 * const ids: Recogniser = { id: "case-id", detect: (text) => [...text.matchAll(/CASE-\d+/g)].map((m) =>
 *   ({ start: m.index, end: m.index + m[0].length, category: "BSN", confidence: 1 })) };
 * const anonymiser = createAnonymiser({ recognisers: [...DEFAULT_RECOGNISERS, ids] });
 * anonymiser.detect("Dossier CASE-12").spans[0].recogniser; // "case-id"
 * ```
 */
export function createAnonymiser(options: CreateAnonymiserOptions): Anonymiser {
  if (!options || !Array.isArray(options.recognisers)) {
    throw new InvalidArgumentsError(`${PREFIX}expected \`{recognisers: Recogniser[]}\`, but got: ${String(options)}`);
  }
  const ids = new Set<string>();
  for (const r of options.recognisers) {
    if (!r || typeof r.id !== "string" || r.id === "" || typeof r.detect !== "function") {
      throw new InvalidArgumentsError(
        `${PREFIX}expected recognisers with a non-empty \`id\` and a \`detect\` function`,
      );
    }
    if (ids.has(r.id))
      throw new InvalidArgumentsError(`${PREFIX}two recognisers share the id "${r.id}"; ids must be unique`);
    ids.add(r.id);
  }
  const recognisers = [...options.recognisers];
  return { recognisers, detect: (text, opts) => detectWith(recognisers, text, opts) };
}

function detectWith(recognisers: readonly Recogniser[], text: string, options?: DetectOptions | null): Detection {
  if (typeof text !== "string") {
    throw new InvalidArgumentsError(`${errorPrefix("anonymise", "detect")}expected a string, but got: ${typeof text}`);
  }
  const keep = options?.keep ?? DEFAULT_DETECT_OPTIONS.keep;
  const language = options?.language ?? DEFAULT_DETECT_OPTIONS.language;
  const minConfidence = options?.minConfidence ?? DEFAULT_DETECT_OPTIONS.minConfidence;
  const messages: Message[] = [];
  const rock = rockRegions(text);
  const inRock = overlapTester(rock);
  const inKeep = overlapTester(keepRegions(text, keep));
  let tokens: ReturnType<typeof tokenise> | undefined;
  const context: RecogniserContext = {
    language,
    get tokens() {
      tokens ??= tokenise(text);
      return tokens;
    },
    lexicon: getLexicon(language),
    knownNames: new Set([...(options?.knownNames ?? [])].map(normaliseWord)),
    isProtected: (s, e) => inRock(s, e) || inKeep(s, e),
  };
  const found: DetectedSpan[] = [];
  for (const r of recognisers) {
    for (const span of r.detect(text, context)) {
      if (!(span.end > span.start) || span.start < 0 || span.end > text.length) continue;
      span.recogniser ??= r.id;
      found.push(span);
    }
  }
  const accepted: DetectedSpan[] = [];
  found.sort(
    (a, b) => PRIORITY[b.category] - PRIORITY[a.category] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  for (const span of found) {
    if (span.confidence < minConfidence) continue;
    if (inRock(span.start, span.end)) continue;
    if (!STRUCTURED.has(span.category) && inKeep(span.start, span.end)) continue;
    const clash = accepted.find((a) => a.start < span.end && span.start < a.end);
    if (!clash) {
      accepted.push({ ...span });
      continue;
    }
    if (clash.category !== span.category) {
      // A lower-priority span that sticks out of a higher-priority one keeps its part outside (recall first).
      const left = { ...span, end: clash.start };
      const right = { ...span, start: clash.end };
      for (const part of [left, right]) {
        if (part.end <= part.start || !/[\p{Lu}\d]/u.test(text.slice(part.start, part.end))) continue;
        while (part.end > part.start && /\s/.test(text[part.end - 1]!)) part.end--;
        while (part.start < part.end && /\s/.test(text[part.start]!)) part.start++;
        if (!accepted.some((a) => a.start < part.end && part.start < a.end)) accepted.push(part);
      }
      continue;
    }
    // same category: grow the accepted span to the union, unless that swallows another span
    const start = Math.min(clash.start, span.start);
    const end = Math.max(clash.end, span.end);
    if (accepted.some((a) => a !== clash && a.start < end && start < a.end)) continue;
    clash.start = start;
    clash.end = end;
    clash.confidence = Math.max(clash.confidence, span.confidence);
  }
  accepted.sort((a, b) => a.start - b.start);
  const place = location(text);
  const spans = accepted.map((s) => ({
    start: s.start,
    end: s.end,
    category: s.category,
    text: text.slice(s.start, s.end),
    confidence: s.confidence,
    recogniser: s.recogniser!,
  }));
  for (const s of spans) {
    if (s.confidence < 0.7) {
      messages.push(
        anonymiseMessages.create("review-span", {
          severity: "info",
          params: { category: s.category, text: s.text, confidence: s.confidence },
          locale: options?.locale ?? "en",
          place: { start: place.toPoint(s.start)!, end: place.toPoint(s.end)! },
          actual: s.text,
        }),
      );
    }
  }
  return { spans, messages };
}
