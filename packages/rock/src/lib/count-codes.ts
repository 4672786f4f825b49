import { toCsv } from "./csv.js";
import { joinAttributes } from "./join-attributes.js";
import { codesOf, leaf } from "./to-qualitative-data-table.js";
import type { RockAttributes, RockSource } from "./types.js";

/** Options of {@link countCodes}. */
export interface CountCodesOptions {
  /**
   * What to group by: `"source"` (default), `"case"` (the `caseId` class), `{class: name}` (any class),
   * or `{attribute: name}` (an attribute joined through class instances).
   */
  by?: "source" | "case" | { class: string } | { attribute: string } | undefined;
  /** Count leaf codes (default, like rock's occurrence columns) or full paths as written. */
  level?: "leaf" | "path" | undefined;
  /** Attribute entries for `{attribute}` grouping (default: each source's own). */
  attributes?: ReadonlyArray<RockAttributes> | undefined;
}

/** Code frequencies per group. */
export interface CodeFrequencies {
  /** Group names, in first-seen order (`""` = utterances without a value). */
  groups: string[];
  /** Codes, sorted. */
  codes: string[];
  /** `counts[code][group]` = number of utterances in the group coded with the code. */
  counts: Record<string, Record<string, number>>;
  /** Long-format CSV: `group,code,count`. */
  csv: string;
}

/**
 * Count how many utterances carry each code, per source, case, class or attribute value (rock's
 * `code_freq_by`, without its single-column limit). An utterance counts once per code.
 *
 * @param sources Parsed sources.
 * @param options Grouping and code level.
 * @returns Counts and a long CSV.
 */
export function countCodes(sources: ReadonlyArray<RockSource>, options?: CountCodesOptions | null): CodeFrequencies {
  const by = options?.by ?? "source";
  const level = options?.level ?? "leaf";
  const groups: string[] = [];
  const counts: Record<string, Record<string, number>> = {};
  for (const s of sources) {
    const attributes = options?.attributes ?? s.attributes;
    for (const u of s.utterances) {
      const written = codesOf(u);
      if (written.length === 0) continue;
      let group: string;
      if (by === "source") group = s.sourceId;
      else if (by === "case") group = u.caseId ?? "";
      else if ("class" in by) group = u.classInstances[by.class] ?? "";
      else group = joinAttributes(u.classInstances, attributes)[by.attribute] ?? "";
      if (!groups.includes(group)) groups.push(group);
      for (const code of new Set(written.map((c) => (level === "leaf" ? leaf(c) : c)))) {
        const row = counts[code] ?? {};
        counts[code] = row;
        row[group] = (row[group] ?? 0) + 1;
      }
    }
  }
  const codes = Object.keys(counts).sort();
  const rows: Array<[string, string, number]> = [];
  for (const code of codes) for (const g of groups) rows.push([g, code, counts[code]![g] ?? 0]);
  return { groups, codes, counts, csv: toCsv(["group", "code", "count"], rows) };
}
