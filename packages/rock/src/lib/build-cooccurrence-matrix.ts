import { toCsv } from "./csv.js";
import { joinAttributes } from "./join-attributes.js";
import { codesOf, leaf } from "./to-qualitative-data-table.js";
import type { RockAttributes, RockSource } from "./types.js";

/** Options of {@link buildCooccurrenceMatrix}. */
export interface CooccurrenceOptions {
  /** Leaf codes (default, like rock's `create_cooccurrence_matrix`) or full paths. */
  level?: "leaf" | "path" | undefined;
  /**
   * The unit within which codes co-occur: each `"utterance"` (default, as rock), each `"case"`, each value
   * of a class (`{class: "sid"}`, rock's `collapse_occurrences`), or each value of an attribute.
   */
  unit?: "utterance" | "case" | { class: string } | { attribute: string } | undefined;
  /** Attribute entries for `{attribute}` units (default: each source's own). */
  attributes?: ReadonlyArray<RockAttributes> | undefined;
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
 * Count, for every pair of codes, the utterances (or cases, class or attribute values: `unit`) that carry
 * both; the diagonal holds each code's own count (rock's `create_cooccurrence_matrix`).
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
  const unit = options?.unit ?? "utterance";
  const sets: string[][] = [];
  const byUnit = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const s of sources) {
    const attributes = options?.attributes ?? s.attributes;
    for (const u of s.utterances) {
      const written = codesOf(u);
      if (written.length === 0) continue;
      const set = [...new Set(written.map((c) => (level === "leaf" ? leaf(c) : c)))];
      for (const c of set) all.add(c);
      if (unit === "utterance") {
        sets.push(set);
        continue;
      }
      const key =
        unit === "case"
          ? u.caseId
          : "class" in unit
            ? u.classInstances[unit.class]
            : joinAttributes(u.classInstances, attributes)[unit.attribute];
      if (key === undefined) continue; // utterances outside any unit co-occur with nothing
      const group = byUnit.get(key) ?? new Set<string>();
      for (const c of set) group.add(c);
      byUnit.set(key, group);
    }
  }
  for (const group of byUnit.values()) sets.push([...group]);
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
