import type { RockSource } from "./network-source.js";

/**
 * How evidence is counted when several files hold the same utterances (coders' copies of one transcript):
 * - `distinct-utterances` (default): one utterance is one piece of evidence however many coders coded it;
 *   files that share an utterance (same uid and same text), or whose text is identical line for line, are
 *   copies of one document, so `sources` counts documents and a case falls back to its document.
 * - `per-file`: every file is its own source (the reading before copies were recognised): an utterance
 *   coded in two coder files counts as two sources.
 * - `per-coding`: every coding is a piece of evidence (`citations` counts codings, not utterances), files
 *   as in `per-file`.
 */
export type EvidenceCounting = "distinct-utterances" | "per-file" | "per-coding";

/** The documents behind a set of sources. */
export interface DocumentIndex {
  /**
   * Document id of each source id: for copies, the longest common prefix of their ids without trailing
   * separators (`int01-coder-a`, `int01-coder-b` → `int01`), else the smallest id; a single file is its own.
   */
  documentOf: ReadonlyMap<string, string>;
  /** Source ids per document id (only documents with more than one copy). */
  copies: ReadonlyMap<string, readonly string[]>;
}

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root]!;
  while (parent[i] !== root) {
    const next = parent[i]!;
    parent[i] = root;
    i = next;
  }
  return root;
}

/**
 * Find which sources are copies of one document: two sources are copies when they share an utterance with
 * the same uid and the same text, or, for sources without uids, when their utterance texts are identical
 * line for line. A uid shared
 * by utterances with different texts is not a copy (it is a duplicate-uid mistake, which the ROCK reader
 * reports).
 *
 * @param sources Parsed sources.
 * @returns The document of every source.
 */
export function identifyDocuments(sources: ReadonlyArray<RockSource>): DocumentIndex {
  const parent = sources.map((_s, i) => i);
  const union = (a: number, b: number) => {
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byUtterance = new Map<string, number>();
  const byText = new Map<string, number>();
  sources.forEach((source, i) => {
    let fingerprint = "";
    let hasUids = false;
    for (const u of source.utterances) {
      fingerprint += `${u.line}\u0000${u.text}\u0001`;
      if (u.uid === null || u.text === "") continue;
      hasUids = true;
      const key = `${u.uid}\u0000${u.text}`;
      const seen = byUtterance.get(key);
      if (seen === undefined) byUtterance.set(key, i);
      else union(seen, i);
    }
    if (hasUids || source.utterances.length === 0) return;
    const seen = byText.get(fingerprint);
    if (seen === undefined) byText.set(fingerprint, i);
    else union(seen, i);
  });
  const members = new Map<number, string[]>();
  sources.forEach((s, i) => {
    const root = find(parent, i);
    const list = members.get(root) ?? [];
    list.push(s.sourceId);
    members.set(root, list);
  });
  const documentOf = new Map<string, string>();
  const copies = new Map<string, string[]>();
  const taken = new Set(sources.map((s) => s.sourceId));
  for (const ids of members.values()) {
    const sorted = [...new Set(ids)].sort();
    const id = sorted.length > 1 ? nameOfCopies(sorted, taken) : sorted[0]!;
    for (const s of sorted) documentOf.set(s, id);
    if (sorted.length > 1) copies.set(id, sorted);
  }
  return { documentOf, copies };
}

/** Is `c` a separator in a file name (`-`, `_`, `.`, white space)? */
const isSeparator = (c: string) => c === "-" || c === "_" || c === "." || /\s/.test(c);

/** `text` without separators at its end (a plain scan: no regular expression to backtrack). */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && isSeparator(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A word that names the copies' coders rather than the document (`int01-coder-`). */
const CODER_WORD = /^(?:coder|codeur|coding|codering|rater|beoordelaar)s?$/i;

/** A name for copies of one document: their ids' common prefix, without a trailing coder word and separators, if it is free. */
function nameOfCopies(sorted: readonly string[], taken: ReadonlySet<string>): string {
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  let n = 0;
  while (n < first.length && first[n] === last[n]) n++;
  let prefix = trimSeparators(first.slice(0, n));
  let start = prefix.length;
  while (start > 0 && !isSeparator(prefix[start - 1]!)) start--;
  if (start > 0 && CODER_WORD.test(prefix.slice(start))) prefix = trimSeparators(prefix.slice(0, start));
  return prefix.length >= 2 && !taken.has(prefix) ? prefix : first;
}
