import { normaliseWord } from "./lexicon.js";

/** A half-open offset range `[start, end)`. */
export interface Range {
  /** First offset. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/**
 * Regions of a ROCK source that must never change: `[[…]]` tokens (uids, codes, class instances),
 * YAML fragments between `---` lines, and section breaks `---<<name>>---`.
 */
export function rockRegions(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(/\[\[[^\]\n]*\]\]/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
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

/** Occurrences of keep-list terms (case-insensitive, on word boundaries, any ’/' spelling). */
export function keepRegions(text: string, keep: readonly string[]): Range[] {
  if (keep.length === 0) return [];
  const fold = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s/g, " ");
  let haystack = fold(text);
  if (haystack.length !== text.length) {
    // a few characters (e.g. "İ") grow when lowercased; fold unit by unit to keep offsets
    haystack = Array.from({ length: text.length }, (_, i) => fold(text[i]!)[0] ?? " ").join("");
  }
  const out: Range[] = [];
  for (const term of new Set(keep.map((k) => fold(k.trim()).replace(/ +/g, " ")).filter(Boolean))) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(term, from);
      if (at === -1) break;
      from = at + 1;
      const end = at + term.length;
      if (at > 0 && WORD_CHAR.test(haystack[at - 1]!)) continue;
      if (end < haystack.length && WORD_CHAR.test(haystack[end]!)) continue;
      out.push({ start: at, end });
    }
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
