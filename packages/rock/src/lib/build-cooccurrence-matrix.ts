import { toCsv } from "./csv.js";
import { leaf } from "./to-qualitative-data-table.js";
import type { RockSource } from "./types.js";

/** Options of {@link buildCooccurrenceMatrix}. */
export interface CooccurrenceOptions {
  /** Leaf codes (default, like rock's `create_cooccurrence_matrix`) or full paths. */
  level?: "leaf" | "path" | undefined;
}

/** A symmetric code co-occurrence matrix. */
export interface CooccurrenceMatrix {
  /** Codes, sorted; row and column order. */
  codes: string[];
  /** `matrix[i][j]` = utterances coded with both code i and code j; the diagonal counts each code. */
  matrix: number[][];
  /** The matrix as CSV (first column `code`). */
  csv: string;
}

/**
 * Count, for every pair of codes, the utterances that carry both (the diagonal holds each code's own
 * count).
 *
 * @param sources Parsed sources.
 * @param options Leaf or path level.
 * @returns The matrix and its CSV.
 */
export function buildCooccurrenceMatrix(
  sources: ReadonlyArray<RockSource>,
  options?: CooccurrenceOptions | null,
): CooccurrenceMatrix {
  const level = options?.level ?? "leaf";
  const sets: string[][] = [];
  const all = new Set<string>();
  for (const s of sources) {
    for (const u of s.utterances) {
      if (u.codes.length === 0) continue;
      const set = [...new Set(u.codes.map((c) => (level === "leaf" ? leaf(c) : c)))];
      for (const c of set) all.add(c);
      sets.push(set);
    }
  }
  const codes = [...all].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  const matrix = codes.map(() => codes.map(() => 0));
  for (const set of sets) {
    for (const a of set) for (const b of set) matrix[index.get(a)!]![index.get(b)!]!++;
  }
  return {
    codes,
    matrix,
    csv: toCsv(
      ["code", ...codes],
      codes.map((c, i) => [c, ...matrix[i]!]),
    ),
  };
}
