import { z } from "zod";

/** Schema of a re-identification key (plain, before sealing). Keep it apart from the output. */
export const AnonymisationKeySchema = z.object({
  version: z.literal(1),
  /** Random secret (hex) that seeds every surrogate choice. */
  secret: z.string().regex(/^[0-9a-f]{32,}$/),
  /** `kind:normalised original` → surrogate (names, name parts, streets, numbers, tags). */
  mappings: z.record(z.string(), z.string()),
  /** Counters per tag category for `[PERSOON-3]`-style tags. */
  counters: z.record(z.string(), z.number().int().min(0)),
  /** Date shift in days per document id. */
  dateShifts: z.record(z.string(), z.number().int()),
  /** The keep list the corpus was pseudonymised with, so a rerun without it gives the same output. */
  keep: z.array(z.string()).optional(),
  /** Review decisions: a string to replace everywhere (`replace`) or to leave alone (`keep`). */
  decisions: z.array(z.object({ text: z.string().min(1), action: z.enum(["replace", "keep"]) })).optional(),
  /** Per pseudonym of a person (as written in the output), the real forms it stands for. */
  people: z.record(z.string(), z.array(z.string())).optional(),
});

/** A re-identification key: maps originals to surrogates; applying it to new transcripts reuses pseudonyms. */
export type AnonymisationKey = z.infer<typeof AnonymisationKeySchema>;

/** Create an empty key with a fresh random secret (WebCrypto). */
export function createKey(): AnonymisationKey {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  const secret = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { version: 1, secret, mappings: {}, counters: {}, dateShifts: {} };
}

/** A fast 53-bit string hash (cyrb53); seeds deterministic surrogate choices from the key's secret. */
export function hash(secret: string, value: string): number {
  const str = `${secret}\u0000${value}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Digits 0-9 derived from the secret and a value (`count` of them). */
export function hashDigits(secret: string, value: string, count: number): string {
  let out = "";
  let round = 0;
  while (out.length < count) out += String(hash(secret, `${value}#${round++}`)).slice(1, 13);
  return out.slice(0, count);
}

/** Match the letter case of a surrogate to the original (lowercase, UPPERCASE, Capitalised). */
export function matchCase(original: string, surrogate: string): string {
  const letters = original.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase()) return surrogate.toUpperCase();
  if (letters === letters.toLowerCase()) return surrogate.toLowerCase();
  return surrogate;
}
