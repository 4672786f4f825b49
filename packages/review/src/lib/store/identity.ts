// Reviewer identities: a per-review secret token the lead issues, stored only as its SHA-256.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Prefix of every sign-in token, so one is recognisable when pasted in the wrong place. */
export const TOKEN_PREFIX = "vrt_";

/** A new random sign-in token: 256 bits, base64url. @internal */
export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/**
 * SHA-256 (hex) of a token. A token has 256 random bits, so a plain hash cannot be reversed by guessing
 * (unlike a password, it needs no slow key derivation). @internal
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Does `token` hash to `stored`? Compared in constant time. @internal */
export function tokenMatches(token: unknown, stored: unknown): boolean {
  if (typeof token !== "string" || typeof stored !== "string" || stored.length !== 64) return false;
  const a = Buffer.from(hashToken(token), "hex");
  const b = Buffer.from(stored, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
