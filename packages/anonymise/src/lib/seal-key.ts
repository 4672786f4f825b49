import { errorPrefix, InvalidArgumentsError, UsageError } from "@verlicht/core";
import { z } from "zod";
import { type AnonymisationKey, AnonymisationKeySchema } from "./key.js";

/** PBKDF2-SHA-256 iterations (OWASP 2023 advice for PBKDF2-HMAC-SHA256: 600,000). */
export const PBKDF2_ITERATIONS = 600_000;
/** The iteration counts {@link openKey} accepts: 600,000 to 10,000,000 (a key file cannot make it work for minutes). */
export const PBKDF2_ITERATION_RANGE = { min: 600_000, max: 10_000_000 } as const;

/** Schema of a sealed key: AES-256-GCM ciphertext of the JSON key, with the KDF parameters. */
export const SealedKeySchema = z.object({
  format: z.literal("verlicht-anonymise-key"),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal("PBKDF2-SHA-256"),
    iterations: z.number().int().min(PBKDF2_ITERATION_RANGE.min).max(PBKDF2_ITERATION_RANGE.max),
    salt: z.string(),
  }),
  cipher: z.literal("AES-256-GCM"),
  iv: z.string(),
  ciphertext: z.string(),
});

/** A sealed (encrypted) re-identification key, safe to store as JSON. */
export type SealedKey = z.infer<typeof SealedKeySchema>;

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");
const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "base64"));

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/**
 * Encrypt a re-identification key with a passphrase: PBKDF2-SHA-256 (600,000 iterations, random 16-byte salt)
 * derives an AES-256-GCM key (WebCrypto); a random 12-byte IV is used once.
 */
export async function sealKey(key: AnonymisationKey, passphrase: string): Promise<SealedKey> {
  const prefix = errorPrefix("anonymise", "sealKey");
  if (typeof passphrase !== "string" || passphrase.length < 8) {
    throw new InvalidArgumentsError(`${prefix}expected a passphrase of at least 8 characters`);
  }
  const parsed = AnonymisationKeySchema.safeParse(key);
  if (!parsed.success) throw new InvalidArgumentsError(`${prefix}expected a key made by anonymiseCorpus or anonymise`);
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const aes = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const plain = new TextEncoder().encode(JSON.stringify(parsed.data));
  const cipher = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: "AES-GCM", iv }, aes, plain));
  return {
    format: "verlicht-anonymise-key",
    version: 1,
    kdf: { name: "PBKDF2-SHA-256", iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: "AES-256-GCM",
    iv: toBase64(iv),
    ciphertext: toBase64(cipher),
  };
}

/** Decrypt a sealed key. Throws a `UsageError` when the passphrase is wrong or the file was changed. */
export async function openKey(sealed: SealedKey, passphrase: string): Promise<AnonymisationKey> {
  const prefix = errorPrefix("anonymise", "openKey");
  const parsed = SealedKeySchema.safeParse(sealed);
  if (!parsed.success) throw new InvalidArgumentsError(`${prefix}expected a sealed key made by sealKey`);
  const s = parsed.data;
  const aes = await deriveKey(passphrase, fromBase64(s.kdf.salt), s.kdf.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(s.iv) as BufferSource },
      aes,
      fromBase64(s.ciphertext) as BufferSource,
    );
  } catch (cause) {
    throw new UsageError(`${prefix}wrong passphrase, or the sealed key was changed; the key stays closed`, { cause });
  }
  return AnonymisationKeySchema.parse(JSON.parse(new TextDecoder().decode(plain)));
}
