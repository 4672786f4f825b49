import type { Span, SpanCategory } from "@verlicht/core";
import { type AnonymisationKey, hash } from "./key.js";
import { EN_CUES, NL_CUES } from "./language-cues.js";
import { normaliseWord, TUSSENVOEGSELS } from "./lexicon.js";
import { shiftDate } from "./surrogate-date.js";
import { parseName, pseudonymisePerson, type RoleHints, usedSurrogates } from "./surrogate-person.js";
import {
  surrogateAddress,
  surrogateBsn,
  surrogateEmail,
  surrogateIban,
  surrogatePhone,
  surrogatePlate,
  surrogatePostcode,
  surrogateUrl,
} from "./surrogate-values.js";

/** How spans are replaced: plausible surrogates, or tags such as `[PERSOON-3]`. */
export type ReplacementMode = "surrogate" | "tag";

/** Dutch tag names per category. */
export const TAGS: Record<SpanCategory, string> = {
  PERSON: "PERSOON",
  ADDRESS: "ADRES",
  POSTCODE: "POSTCODE",
  PHONE: "TELEFOON",
  EMAIL: "EMAIL",
  URL: "URL",
  BSN: "BSN",
  IBAN: "IBAN",
  PLATE: "KENTEKEN",
  DATE: "DATUM",
};

function tagFor(key: AnonymisationKey, category: SpanCategory, entity: string): string {
  const mapKey = `tag:${category}:${entity}`;
  const existing = key.mappings[mapKey];
  if (existing) return existing;
  const n = (key.counters[category] ?? 0) + 1;
  key.counters[category] = n;
  const tag = `[${TAGS[category]}-${n}]`;
  key.mappings[mapKey] = tag;
  return tag;
}

function personEntity(key: AnonymisationKey, text: string, roles: RoleHints, known: ReadonlySet<string>): string {
  const parts = parseName(text, roles, known);
  const last = parts.last ? normaliseWord(parts.last) : null;
  const first = parts.first ? normaliseWord(parts.first) : null;
  if (first && last) key.mappings[`entity-first:${first}`] ??= `last:${last}`;
  if (last) return `last:${last}`;
  if (first) return key.mappings[`entity-first:${first}`] ?? `first:${first}`;
  return `text:${normaliseWord(text)}`;
}

/** The date shift of a document: 8 to 45 days forward or back, fixed per document in the key. */
export function dateShiftFor(key: AnonymisationKey, documentId: string): number {
  const existing = key.dateShifts[documentId];
  if (existing !== undefined) return existing;
  const h = hash(key.secret, `shift:${documentId}`);
  const days = (8 + (h % 38)) * (Math.floor(h / 38) % 2 === 0 ? 1 : -1);
  key.dateShifts[documentId] = days;
  return days;
}

/** Inputs of {@link replaceSpans}. */
export interface ReplaceInput {
  /** The original text. */
  text: string;
  /** Non-overlapping detected spans in text order. */
  spans: ReadonlyArray<Omit<Span, "replacement">>;
  /** The key (updated with new mappings). */
  key: AnonymisationKey;
  /** Document id, for the per-document date shift. */
  documentId: string;
  /** Surrogates or tags. */
  mode: ReplacementMode;
  /** Role hints (first or last name) from the corpus. */
  roles: RoleHints;
  /** Normalised names known in the corpus. */
  known: ReadonlySet<string>;
  /** Every normalised name part of the corpus (all documents), which no surrogate may equal. */
  realNames?: ReadonlySet<string> | undefined;
}

/** Replace spans with surrogates or tags; never leaves an original value in place. */
export function replaceSpans(input: ReplaceInput): { text: string; spans: Span[] } {
  const { text, key, mode, roles, known } = input;
  const used = usedSurrogates(key);
  // Real names of the corpus may not come back as surrogates for someone else.
  for (const w of known) used.add(`orig:${w}`);
  for (const w of input.realNames ?? []) used.add(`orig:${w}`);
  // … nor any real name part recorded in the key (from earlier runs).
  for (const k of Object.keys(key.mappings)) {
    if (!k.startsWith("first:") && !k.startsWith("last:")) continue;
    for (const w of k.slice(k.indexOf(":") + 1).split(/[\s-]+/))
      if (w.length > 1 && !TUSSENVOEGSELS.has(w)) used.add(`orig:${w}`);
  }
  for (const s of input.spans) {
    if (s.category !== "PERSON") continue;
    for (const w of normaliseWord(text.slice(s.start, s.end)).split(/[\s,.'’-]+/))
      if (w.length > 1) used.add(`orig:${w}`);
  }
  const spans: Span[] = [];
  let out = "";
  let last = 0;
  for (const s of input.spans) {
    const original = text.slice(s.start, s.end);
    let replacement: string | null = null;
    if (mode === "tag") {
      const entity =
        s.category === "PERSON"
          ? personEntity(key, original, roles, known)
          : normaliseWord(original).replace(/\s+/g, "");
      replacement = tagFor(key, s.category, entity);
    } else {
      replacement = surrogate(input, s.category, original, used, s.start);
    }
    if (replacement === null || normaliseWord(replacement) === normaliseWord(original)) {
      replacement = tagFor(key, s.category, normaliseWord(original));
    }
    if (s.category === "PERSON") {
      key.people ??= {};
      const forms = key.people[replacement] ?? [];
      if (!forms.includes(original)) forms.push(original);
      key.people[replacement] = forms;
    }
    out += text.slice(last, s.start) + replacement;
    last = s.end;
    spans.push({ ...s, replacement });
  }
  out += text.slice(last);
  return { text: out, spans };
}

const FEMALE = new Set([...NL_CUES.female, ...EN_CUES.female, "haar", "her", "she", "ze", "zij"]);
const MALE = new Set([...NL_CUES.male, ...EN_CUES.male, "zijn", "his", "he", "hij"]);

/** The gender the text gives a name: the word right before it ("mevrouw", "haar", "zijn vrouw", "Mrs"). */
export function genderBefore(text: string, start: number): "f" | "m" | null {
  const words = /([\p{L}'’]+)[.,]?\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!words) return null;
  const w = words[1]!.toLowerCase();
  if (FEMALE.has(w)) return "f";
  if (MALE.has(w)) return "m";
  return null;
}

function surrogate(
  input: ReplaceInput,
  category: SpanCategory,
  original: string,
  used: Set<string>,
  start: number,
): string | null {
  const { key } = input;
  const remembered = (kind: string, make: (n: number) => string): string => {
    const mapKey = `${kind}:${normaliseWord(original).replace(/\s+/g, "")}`;
    const existing = key.mappings[mapKey];
    if (existing) return existing;
    const n = (key.counters[kind] ?? 0) + 1;
    key.counters[kind] = n;
    const value = make(n);
    key.mappings[mapKey] = value;
    return value;
  };
  switch (category) {
    case "PERSON": {
      const before = input.text.slice(Math.max(0, start - 12), start);
      const titled = /\b(mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|heer|familie|fam\.?|mr\.?|mrs\.?|ms\.?|dr\.?)\s+$/i.test(
        before,
      );
      return pseudonymisePerson(key, original, input.roles, input.known, used, titled, genderBefore(input.text, start));
    }
    case "ADDRESS":
      return surrogateAddress(key, original, used);
    case "POSTCODE":
      return remembered("postcode", () => surrogatePostcode(key, original));
    case "PHONE":
      return remembered("phone", () => surrogatePhone(key, original));
    case "EMAIL":
      return remembered("email", (n) => surrogateEmail(key, original, n));
    case "URL":
      return remembered("url", (n) => surrogateUrl(original, n));
    case "BSN":
      return remembered("bsn", () => surrogateBsn(key, original));
    case "IBAN":
      return remembered("iban", () => surrogateIban(key, original));
    case "PLATE":
      return remembered("plate", () => surrogatePlate(key, original));
    case "DATE":
      return shiftDate(original, dateShiftFor(key, input.documentId));
  }
}
