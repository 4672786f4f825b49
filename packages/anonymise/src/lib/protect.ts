import { normaliseWord } from "./lexicon.js";

/** A half-open offset range `[start, end)`. */
export interface Range {
  /** First offset. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/**
 * The matches of /\[\[[^\]\n]*\]\]/g, found in linear time: the regex retries every `[[` of a long run
 * without a closing `]]` to the end of the line (quadratic). Every start inside a failed run fails at the
 * same place, so the scan jumps there.
 */
function tokenRegions(text: string, out: Range[]): void {
  let from = 0;
  for (;;) {
    const start = text.indexOf("[[", from);
    if (start < 0) return;
    let j = start + 2;
    while (j < text.length && text[j] !== "]" && text[j] !== "\n") j++;
    if (text[j] === "]" && text[j + 1] === "]") {
      out.push({ start, end: j + 2 });
      from = j + 2;
    } else from = Math.max(j, start + 1);
  }
}

/**
 * Regions of a ROCK source that must never change: `[[…]]` tokens (uids, codes, class instances),
 * YAML fragments between `---` lines, and section breaks `---<<name>>---`.
 */
export function rockRegions(text: string): Range[] {
  const out: Range[] = [];
  if (!text.includes("[[") && !text.includes("---")) return out;
  tokenRegions(text, out);
  for (const m of text.matchAll(/^[ \t]*---<<[^>\n]*>>---[ \t]*$/gm))
    out.push({ start: m.index!, end: m.index! + m[0].length });
  // YAML fragments: a line "---", then lines, then a line "---".
  const fence = /^---[ \t]*$/gm;
  const fences = [...text.matchAll(fence)].map((m) => m.index!);
  for (let i = 0; i + 1 < fences.length; i += 2) {
    const end = fences[i + 1]! + 3;
    out.push({ start: fences[i]!, end });
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{M}\d]/u;

function fold(s: string): string {
  const lower = s.toLowerCase();
  return /[’\s]/.test(lower) ? lower.replace(/’/g, "'").replace(/\s/g, " ") : lower;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[i]!);
}

/** Keep terms indexed by their first word (folded), longest first; memoised per keep array and per content (a
 * caller that builds a fresh array for every call still compiles the list once). */
const TERM_INDEX = new WeakMap<readonly string[], Map<string, string[]>>();
const TERM_INDEX_BY_CONTENT = new Map<string, Map<string, string[]>>();

function indexTerms(keep: readonly string[]): Map<string, string[]> {
  const cached = TERM_INDEX.get(keep);
  if (cached) return cached;
  const content = keep.join("\n");
  const same = TERM_INDEX_BY_CONTENT.get(content);
  if (same) {
    TERM_INDEX.set(keep, same);
    return same;
  }
  const byFirst = new Map<string, string[]>();
  for (const term of new Set(keep.map((k) => fold(k.trim()).replace(/ +/g, " ")).filter(Boolean))) {
    const first = /^[\p{L}\p{M}\d]+/u.exec(term)?.[0] ?? term;
    const list = byFirst.get(first) ?? [];
    list.push(term);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  TERM_INDEX.set(keep, byFirst);
  if (TERM_INDEX_BY_CONTENT.size >= 16) TERM_INDEX_BY_CONTENT.clear();
  TERM_INDEX_BY_CONTENT.set(content, byFirst);
  return byFirst;
}

/** Occurrences of keep-list terms (case-insensitive, on word boundaries, any ’/' spelling). */
export function keepRegions(text: string, keep: readonly string[]): Range[] {
  if (keep.length === 0) return [];
  const byFirst = indexTerms(keep);
  const out: Range[] = [];
  const n = text.length;
  let at = 0;
  while (at < n) {
    if (!isWordChar(text, at)) {
      at++;
      continue;
    }
    let wordEnd = at + 1;
    while (wordEnd < n && isWordChar(text, wordEnd)) wordEnd++;
    const list = byFirst.get(fold(text.slice(at, wordEnd)));
    if (list) {
      for (const term of list) {
        const end = at + term.length;
        if (end > n || (end < n && isWordChar(text, end))) continue;
        if (end !== wordEnd && fold(text.slice(at, end)) !== term) continue;
        out.push({ start: at, end });
        break;
      }
    }
    at = wordEnd;
  }
  return out;
}

/** Build a fast "does [start,end) overlap any region" test. */
export function overlapTester(regions: readonly Range[]): (start: number, end: number) => boolean {
  if (regions.length === 0) return () => false;
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  const starts = sorted.map((r) => r.start);
  // prefix maximum of ends, so a binary search finds any overlap
  const maxEnd: number[] = [];
  let running = -1;
  for (const r of sorted) {
    running = Math.max(running, r.end);
    maxEnd.push(running);
  }
  return (start, end) => {
    // last region whose start < end
    let lo = 0;
    let hi = starts.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < end) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return idx >= 0 && maxEnd[idx]! > start;
  };
}

/** Normalised keep terms, for callers that need to test single words. */
export function keepWords(keep: readonly string[]): Set<string> {
  return new Set(keep.map(normaliseWord));
}
