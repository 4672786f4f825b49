import { toCsv } from "./csv.js";
import { joinAttributes } from "./join-attributes.js";
import type { RockAttributes, RockSource } from "./types.js";

/** Options of {@link toQualitativeDataTable}. */
export interface QualitativeDataTableOptions {
  /** Attribute entries to join (default: those of each source; pass `parseSources(...).value.attributes` for a corpus). */
  attributes?: ReadonlyArray<RockAttributes> | undefined;
  /** Keep rows rock drops (empty lines, lines with only class instances). Default false, as rock. */
  keepAllRows?: boolean | undefined;
  /** Also one 0/1 column per network code `from->to||type` (not in rock's table). Default false. */
  networkCodes?: boolean | undefined;
  /** Prefix text cells that a spreadsheet would run as a formula with `'` (default true; see core's `writeCsv`). */
  guard?: boolean | undefined;
}

/** A qualitative data table: column names and one row per utterance. */
export interface QualitativeDataTable {
  /** Column names. */
  columns: string[];
  /** Rows, one value per column. */
  rows: Array<Array<string | number>>;
  /** The table as CSV text. */
  csv: string;
}

/**
 * Build the qualitative data table of one or more sources, like rock's `mergedSourceDf`: one row per
 * utterance with `originalSource`, `uid`, `line`, the clean text, nesting level, one column per class,
 * one 0/1 column per leaf code (`a>x` and `b>x` share column `x`, as in rock; cognitive-interview codes
 * as `ci--x`), one column per code-value
 * name, section counters, and the joined attribute columns.
 *
 * @param sources Parsed sources.
 * @param options Attributes to join and which rows to keep.
 * @returns Columns, rows and the CSV text.
 */
export function toQualitativeDataTable(
  sources: ReadonlyArray<RockSource>,
  options?: QualitativeDataTableOptions | null,
): QualitativeDataTable {
  const classCols = new Set<string>();
  const leafCols = new Set<string>();
  const valueCols = new Set<string>();
  const networkCols = new Set<string>();
  const sectionCols = new Set<string>();
  const attributeCols = new Set<string>();
  const kept = sources.map((s) => s.utterances.filter((u) => options?.keepAllRows || u.inDataTable));
  const joined = new Map<Record<string, string>, Record<string, string>>();
  sources.forEach((s, i) => {
    const attributes = options?.attributes ?? s.attributes;
    for (const u of kept[i]!) {
      for (const k in u.classInstances) classCols.add(k);
      for (const c of codesOf(u)) leafCols.add(leaf(c));
      for (const k in u.codeValues) valueCols.add(k);
      if (options?.networkCodes) for (const n of u.networkCodes) networkCols.add(networkKey(n));
      for (const k in u.sectionCounters) sectionCols.add(k);
      if (!joined.has(u.classInstances)) joined.set(u.classInstances, joinAttributes(u.classInstances, attributes));
      for (const k in joined.get(u.classInstances)) attributeCols.add(k);
    }
  });
  const classes = [...classCols];
  const leaves = [...leafCols].sort();
  const values = [...valueCols].sort();
  const networks = [...networkCols].sort();
  const sections = [...sectionCols].sort();
  const attrs = [...attributeCols].filter((k) => !classCols.has(k)).sort();
  const columns = [
    "originalSource",
    "uid",
    "line",
    "utterance",
    "nestingLevel",
    "parentUid",
    ...classes,
    ...sections.map((s) => `sectionBreak_${s}_counter`),
    ...leaves,
    ...networks,
    ...values,
    ...attrs,
  ];
  const rows: Array<Array<string | number>> = [];
  sources.forEach((s, i) => {
    for (const u of kept[i]!) {
      const present = new Set(codesOf(u).map(leaf));
      const links = networks.length > 0 ? new Set(u.networkCodes.map(networkKey)) : undefined;
      const attributes = joined.get(u.classInstances) ?? {};
      rows.push([
        s.sourceId,
        u.uid ?? "",
        u.line,
        u.text,
        u.nestingLevel,
        u.parentUid ?? "",
        ...classes.map((c) => u.classInstances[c] ?? ""),
        ...sections.map((k) => u.sectionCounters[k] ?? 0),
        ...leaves.map((l) => (present.has(l) ? 1 : 0)),
        ...networks.map((k) => (links?.has(k) ? 1 : 0)),
        ...values.map((k) => u.codeValues[k] ?? ""),
        ...attrs.map((k) => attributes[k] ?? ""),
      ]);
    }
  });
  return { columns, rows, csv: toCsv(columns, rows, { guard: options?.guard ?? true }) };
}

function networkKey(n: { from: string; to: string; type: string }): string {
  return `${n.from}->${n.to}||${n.type}`;
}

/** The leaf of a code path (`a>b>c` → `c`; a cognitive-interview code keeps its `ci--`: `ci--a>b` → `ci--b`). */
export function leaf(code: string): string {
  const l = code.slice(code.lastIndexOf(">") + 1);
  return code.startsWith("ci--") && !l.startsWith("ci--") ? `ci--${l}` : l;
}

/** Every code of an utterance as written: plain codes, then cognitive-interview codes as `ci--x`. */
export function codesOf(u: { codes: readonly string[]; ciCodes?: readonly string[] }): string[] {
  if (!u.ciCodes || u.ciCodes.length === 0) return u.codes as string[];
  return [...u.codes, ...u.ciCodes.map((c) => `ci--${c}`)];
}
