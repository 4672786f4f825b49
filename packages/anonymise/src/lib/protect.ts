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
  for (const m of text.matchAll(/^[ \t]*---<<[^>\n]*>>---[ \t]*$/gm)) out.push({ start: m.index!, end: m.index! + m[0].length });
  // YAML fragments: a line "---", then lines, then a line "---".
  const fence = /^---[ \t]*$/gm;
  const fences = [...text.matchAll(fence)].map((m) => m.index!);
  for (let i = 0; i + 1 < fences.length; i += 2) {
    const end = fences[i + 1]! + 3;
    out.push({ start: fences[i]!, end });
  }
  return out;
}

/** Occurrences of keep-list terms (case-insensitive, on word boundaries, any ’/' spelling). */
export function keepRegions(text: string, keep: readonly string[]): Range[] {
  if (keep.length === 0) return [];
  const terms = [...new Set(keep.map((k) => k.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const escaped = terms.map((t) =>
    t
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/['’]/g, "['’]")
      .replace(/\s+/g, "\\s+"),
  );
  const re = new RegExp(`(?<![\\p{L}\\d])(?:${escaped.join("|")})(?![\\p{L}\\d])`, "giu");
  const out: Range[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length });
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
