import { type AnonymisationKey, hash, matchCase } from "./key.js";
import { getLexicon, normaliseWord, TUSSENVOEGSELS } from "./lexicon.js";

/** The parts of a person mention. */
export interface NameParts {
  /** First name(s), as written. */
  first: string | null;
  /** Initials without periods, e.g. `["W"]`. */
  initials: string[];
  /** Surname including tussenvoegsel, as written (`van Loon`, `El Amrani`). */
  last: string | null;
  /** Possessive suffix (`s`, `'s`, `’s`) or empty. */
  possessive: string;
  /** Whether the mention was written reversed (`Vries, B. de`). */
  reversed: boolean;
}

/** Role hints learned from full names in the corpus: normalised word → first or last name. */
export type RoleHints = ReadonlyMap<string, "first" | "last">;

/** Split a person mention into first name, initials and surname. */
export function parseName(text: string, roles: RoleHints, known: ReadonlySet<string>, titled = false): NameParts {
  let body = text.trim();
  let possessive = "";
  const apos = /['’]s$/.exec(body);
  if (apos) {
    possessive = apos[0];
    body = body.slice(0, -2);
  } else if (/[^s]s$/.test(body)) {
    const stem = normaliseWord(body.slice(0, -1).split(/\s+/).pop()!);
    const lex = getLexicon();
    const whole = normaliseWord(body.split(/\s+/).pop()!);
    if ((known.has(stem) || lex.firstNames.has(stem)) && !lex.surnames.has(whole) && !lex.firstNames.has(whole)) {
      possessive = "s";
      body = body.slice(0, -1);
    }
  }
  const reversed = /^([^,]+),\s*((?:\p{Lu}\.\s*)+)(.*)$/u.exec(body);
  if (reversed) {
    const initials = reversed[2]!.match(/\p{Lu}/gu) ?? [];
    const particle = reversed[3]!.trim();
    const last = particle ? `${particle} ${reversed[1]!.trim()}` : reversed[1]!.trim();
    return { first: null, initials, last, possessive, reversed: true };
  }
  const words = body.split(/\s+/).filter(Boolean);
  const initials: string[] = [];
  while (words.length > 0 && /^\p{Lu}{1,3}\.$/u.test(words[0]!)) initials.push(words.shift()!.replace(".", ""));
  if (words.length === 0) return { first: null, initials, last: null, possessive, reversed: false };
  if (words.length === 1 && initials.length === 0) {
    // A single word: a surname after a title ("mevrouw Çelik"), else what the corpus and gazetteers say; an
    // unknown bare name in speech is most often a first name.
    const w = normaliseWord(words[0]!);
    const lex = getLexicon();
    const role = titled ? "last" : roles.get(w);
    const asFirst = role === "first" || (role === undefined && (lex.firstNames.has(w) || !lex.surnames.has(w)));
    return asFirst
      ? { first: words[0]!, initials, last: null, possessive, reversed: false }
      : { first: null, initials, last: words[0]!, possessive, reversed: false };
  }
  // first name = the first word unless it is a tussenvoegsel or initials preceded it
  let first: string | null = null;
  if (initials.length === 0 && !TUSSENVOEGSELS.has(normaliseWord(words[0]!))) first = words.shift()!;
  return { first, initials, last: words.length > 0 ? words.join(" ") : null, possessive, reversed: false };
}

function pick(
  key: AnonymisationKey,
  kind: string,
  original: string,
  pool: readonly string[],
  used: Set<string>,
): string {
  const mapKey = `${kind}:${normaliseWord(original)}`;
  const existing = key.mappings[mapKey];
  if (existing) return existing;
  const start = hash(key.secret, mapKey) % pool.length;
  let choice = pool[start]!;
  for (let i = 0; i < pool.length; i++) {
    const c = pool[(start + i) % pool.length]!;
    // never the original, never a surrogate already given out, never a real name that occurs in the corpus
    const clashes = normaliseWord(c)
      .split(/[\s-]+/)
      .some((w) => used.has(`orig:${w}`));
    if (normaliseWord(c) !== normaliseWord(original) && !used.has(`${kind}:${c}`) && !clashes) {
      choice = c;
      break;
    }
  }
  if (normaliseWord(choice) === normaliseWord(original)) choice = `${choice}-${kind === "first" ? "Marie" : "Smit"}`;
  used.add(`${kind}:${choice}`);
  key.mappings[mapKey] = choice;
  return choice;
}

/** Surrogates already handed out, so two originals never share one. */
export function usedSurrogates(key: AnonymisationKey): Set<string> {
  const used = new Set<string>();
  for (const [k, v] of Object.entries(key.mappings)) {
    const kind = k.slice(0, k.indexOf(":"));
    used.add(`${kind}:${v}`);
  }
  return used;
}

/** Surrogate first name of the same gender (when the gazetteers know it). */
export function surrogateFirst(
  key: AnonymisationKey,
  first: string,
  used: Set<string>,
  hint: "f" | "m" | null = null,
): string {
  const lex = getLexicon();
  const gender = hint ?? lex.firstNames.get(normaliseWord(first.split(/[\s-]/)[0]!)) ?? "x";
  const pool =
    gender === "f"
      ? lex.surrogateFirstNames.f
      : gender === "m"
        ? lex.surrogateFirstNames.m
        : hash(key.secret, first) % 2 === 0
          ? lex.surrogateFirstNames.f
          : lex.surrogateFirstNames.m;
  return pick(key, "first", first, pool, used);
}

/** Strip leading tussenvoegsels: `van der Berg-Jansen` → `Berg-Jansen`. */
export function surnameCore(last: string): string {
  const words = last.trim().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && TUSSENVOEGSELS.has(normaliseWord(words[k]!))) k++;
  return words.slice(k).join(" ");
}

/**
 * Surrogate surname (with its own tussenvoegsel when the pool has one). The surrogate is chosen for the core
 * without tussenvoegsel, and a double-barrelled name is the join of its parts' surrogates, so `van der
 * Berg-Jansen`, `Mevr. Berg-Jansen`, `mevrouw Van der Berg` and `Jansen` stay one person.
 */
export function surrogateLast(key: AnonymisationKey, last: string, used: Set<string>): string {
  const pool = getLexicon().surrogateSurnames;
  const legacy = key.mappings[`last:${normaliseWord(last)}`];
  if (legacy) return legacy;
  const parts = surnameCore(last).split("-").filter(Boolean);
  if (parts.length === 0) return pick(key, "last", last, pool, used);
  const out = parts.map((p, i) => {
    const sur = pick(key, "last", p, pool, used);
    return i === 0 ? sur : surnameCore(sur);
  });
  return out.join("-");
}

/** Pseudonymise one person mention consistently with the rest of the corpus. */
export function pseudonymisePerson(
  key: AnonymisationKey,
  text: string,
  roles: RoleHints,
  known: ReadonlySet<string>,
  used: Set<string>,
  titled = false,
  gender: "f" | "m" | null = null,
): string {
  const parts = parseName(text, roles, known, titled);
  const out: string[] = [];
  const firstSur = parts.first ? surrogateFirst(key, parts.first, used, gender) : null;
  let lastSur = parts.last ? surrogateLast(key, parts.last, used) : null;
  // Standing alone, a surname starts with a capital ("De Jong"); after a first name or initials the particle is
  // lowercase ("Stijn de Jong"); reversed, the particle goes to the end ("Jong, R. de").
  const alone = !parts.first && parts.initials.length === 0;
  if (lastSur && parts.last && alone && /^\p{Lu}/u.test(parts.last))
    lastSur = lastSur[0]!.toUpperCase() + lastSur.slice(1);
  if (lastSur && !alone)
    lastSur = lastSur.replace(/^(\p{Lu}\p{Ll}*)(?= )/u, (p) =>
      TUSSENVOEGSELS.has(p.toLowerCase()) ? p.toLowerCase() : p,
    );
  // Initials follow the surrogate of a first name seen with this surname, else a letter mapping.
  const initials = parts.initials.map((letter, index) => {
    const linked = parts.last
      ? key.mappings[`initial:${letter.toLowerCase()}|${normaliseWord(parts.last)}`]
      : undefined;
    if (linked && index === 0) return linked;
    const alphabet = "ABDEFGHJKLMNPRSTW";
    return alphabet[hash(key.secret, `initial:${letter}:${index}`) % alphabet.length]!;
  });
  if (parts.first && parts.last && firstSur) {
    key.mappings[`initial:${normaliseWord(parts.first)[0]}|${normaliseWord(parts.last)}`] = firstSur[0]!.toUpperCase();
  }
  if (parts.reversed) {
    const words = (lastSur ?? "").split(" ");
    let k = 0;
    while (k < words.length - 1 && TUSSENVOEGSELS.has(words[k]!.toLowerCase())) k++;
    const particle = words.slice(0, k).join(" ").toLowerCase();
    const core = words.slice(k).join(" ");
    const tail = particle ? ` ${particle}` : "";
    return `${core}, ${initials.map((l) => `${l}.`).join(" ")}${tail}${parts.possessive}`;
  }
  if (firstSur && parts.first) out.push(matchCase(parts.first, firstSur));
  if (initials.length > 0) out.push(initials.map((l) => `${l}.`).join(" "));
  if (lastSur && parts.last) out.push(matchCase(parts.last, lastSur));
  return out.join(" ") + parts.possessive;
}
