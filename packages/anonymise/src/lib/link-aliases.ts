import type { AnonymisationKey } from "./key.js";
import { normaliseWord } from "./lexicon.js";
import { parseName, type RoleHints, surrogateFirst, usedSurrogates } from "./surrogate-person.js";

/** Words between two names that say they are one person: "Har, eigenlijk Harrie", "Gijs, zeg maar Gijs",
 * "Wilhelmina … ze noemen haar Mien", "Big Lenny … his real name is Leonard". */
const LINK =
  /^[\s,;:()–—-]*(?:(?:maar|of|nou|ja)\s+)?(?:eigenlijk(?:\s+heet\s+(?:hij|ze|zij|ik))?|voluit|officieel|zeg\s+maar|iedereen\s+zegt|zegt\s+iedereen|noemt\s+iedereen\s+(?:me|mij|hem|haar)|(?:ze|we|wij|ze)\s+noemen\s+(?:me|mij|hem|haar)|noem\s+(?:me|mij)\s+maar|(?:his|her|my)\s+real\s+name\s+is|real\s+name|actually|known\s+as|aka|(?:everyone|they|people)\s+calls?\s+(?:me|him|her)|call\s+me)[\s,:]*(?:gewoon\s+)?$/iu;

/** A person span as {@link linkAliases} needs it. */
export interface AliasSpan {
  start: number;
  end: number;
  category: string;
}

/**
 * Give a nickname and the full first name the same pseudonym when the text links them ("Har, eigenlijk Harrie";
 * "Oluwaseun, maar zeg maar Seun"). The longer name is the canonical one. Updates `key.mappings` in place and
 * returns the linked pairs (normalised short → long).
 */
export function linkAliases(
  text: string,
  spans: readonly AliasSpan[],
  key: AnonymisationKey,
  roles: RoleHints,
  known: ReadonlySet<string>,
  realNames: ReadonlySet<string> = new Set(),
): Array<[string, string]> {
  const people = spans.filter((s) => s.category === "PERSON");
  const linked: Array<[string, string]> = [];
  for (let i = 0; i + 1 < people.length; i++) {
    const a = people[i]!;
    const b = people[i + 1]!;
    if (b.start - a.end > 60) continue;
    const gap = text.slice(a.end, b.start);
    // within one sentence, up to a few words, with a link phrase at the end of the gap
    const tail = /[^.!?\n]*$/.exec(gap)![0];
    if (tail.length !== gap.length && !/^[.]\s/.test(gap)) continue;
    const words = tail.replace(/^[^\p{L}]+/u, "");
    if (!LINK.test(words.length < gap.length ? ` ${words}` : gap)) continue;
    const firstA = parseName(text.slice(a.start, a.end), roles, known).first;
    const firstB = parseName(text.slice(b.start, b.end), roles, known).first;
    if (!firstA || !firstB) continue;
    const na = normaliseWord(firstA);
    const nb = normaliseWord(firstB);
    if (na === nb) continue;
    const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
    const used = usedSurrogates(key);
    for (const w of realNames) used.add(`orig:${w}`);
    for (const w of known) used.add(`orig:${w}`);
    const canonical = surrogateFirst(key, long === na ? firstA : firstB, used);
    key.mappings[`first:${short}`] ??= canonical;
    linked.push([short, long]);
  }
  return linked;
}
