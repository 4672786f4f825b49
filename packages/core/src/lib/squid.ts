import { errorPrefix, InvalidArgumentsError } from "./errors.js";

/** The base-30 alphabet of SQUIDs (rock/squids): digits, then consonants without `v`. */
export const SQUID_ALPHABET = "0123456789bcdfghjklmnpqrstwxyz";

/** Every SQUID has exactly this many characters. */
export const SQUID_LENGTH = 8;

const BASE = 30;
const MAX = BASE ** SQUID_LENGTH - 1;
const VALUE: Record<string, number> = Object.fromEntries([...SQUID_ALPHABET].map((c, i) => [c, i]));
const SQUID_PATTERN = new RegExp(`^[${SQUID_ALPHABET}]{${SQUID_LENGTH}}$`);

/** Options of {@link generateUids}. */
export interface GenerateUidsOptions {
  /** The moment the sequence starts (default: now). Centiseconds since 1970-01-01 UTC are taken from it. */
  origin?: Date | number | undefined;
  /**
   * Existing SQUIDs to continue: the new block starts `followBy` centiseconds after the highest of them,
   * and `origin` is ignored (as in the squids R package).
   */
  follow?: string | ReadonlyArray<string> | undefined;
  /** Distance in centiseconds between the last followed SQUID and the first new one (default 1). */
  followBy?: number | undefined;
}

const PREFIX = errorPrefix("core", "generateUids");

/** Is `value` a syntactically valid SQUID (8 characters of the base-30 alphabet)? */
export function isUid(value: string): boolean {
  return SQUID_PATTERN.test(value);
}

/**
 * Encode a number of centiseconds since 1970 as an 8-character SQUID.
 * @throws {InvalidArgumentsError} when the number is negative, not an integer or beyond `zzzzzzzz`.
 */
export function encodeUid(centiseconds: number): string {
  if (!Number.isSafeInteger(centiseconds) || centiseconds < 0 || centiseconds > MAX) {
    throw new InvalidArgumentsError(
      `${errorPrefix("core", "encodeUid")}expected an integer number of centiseconds between 0 and ${MAX}, got ${String(centiseconds)}`,
    );
  }
  let n = centiseconds;
  let out = "";
  for (let i = 0; i < SQUID_LENGTH; i++) {
    out = SQUID_ALPHABET[n % BASE] + out;
    n = Math.floor(n / BASE);
  }
  return out;
}

/**
 * Decode a SQUID to the centiseconds since 1970 and the moment it encodes.
 * @throws {InvalidArgumentsError} when `uid` is not a SQUID.
 * @example
 * ```ts
 * decodeUid("73xk6950").date.toISOString(); // "2019-06-02T10:13:22.500Z"
 * ```
 */
export function decodeUid(uid: string): { centiseconds: number; date: Date } {
  if (typeof uid !== "string" || !isUid(uid)) {
    throw new InvalidArgumentsError(
      `${errorPrefix("core", "decodeUid")}expected 8 characters from "${SQUID_ALPHABET}", got ${JSON.stringify(uid)}`,
    );
  }
  let n = 0;
  for (const c of uid) n = n * BASE + VALUE[c]!;
  return { centiseconds: n, date: new Date(n * 10) };
}

/**
 * Generate `n` consecutive SQUIDs, compatible with `rock::generate_uids()` / `squids::squids()`.
 *
 * @param n How many identifiers to make (0 or more).
 * @param options Where the sequence starts: an origin time, or existing SQUIDs to follow.
 * @returns `n` identifiers, each one centisecond after the previous.
 * @example
 * ```ts
 * generateUids(2, {origin: new Date("2019-06-02T10:13:22.50Z")}); // ["73xk6950", "73xk6951"]
 * generateUids(1, {follow: ["73xk6950", "73xk6951"]});             // ["73xk6952"]
 * ```
 */
export function generateUids(n: number, options?: GenerateUidsOptions | null): string[] {
  if (!Number.isInteger(n) || n < 0) {
    throw new InvalidArgumentsError(`${PREFIX}expected a whole number of identifiers (0 or more), got ${String(n)}`);
  }
  const start = startOf(options ?? {});
  if (start + n - 1 > MAX) {
    throw new InvalidArgumentsError(
      `${PREFIX}the sequence would pass the last SQUID "zzzzzzzz"; use an earlier origin`,
    );
  }
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(encodeUid(start + i));
  return out;
}

function startOf(options: GenerateUidsOptions): number {
  const follow = typeof options.follow === "string" ? [options.follow] : options.follow;
  if (follow && follow.length > 0) {
    const followBy = options.followBy ?? 1;
    if (!Number.isInteger(followBy) || followBy < 1) {
      throw new InvalidArgumentsError(`${PREFIX}expected followBy to be a whole number ≥ 1, got ${String(followBy)}`);
    }
    return Math.max(...follow.map((uid) => decodeUid(uid).centiseconds)) + followBy;
  }
  const origin = options.origin ?? Date.now();
  const ms = origin instanceof Date ? origin.getTime() : origin;
  if (!Number.isFinite(ms) || ms < 0) {
    throw new InvalidArgumentsError(`${PREFIX}expected origin to be a valid date after 1970, got ${String(origin)}`);
  }
  return Math.round(ms / 10);
}
