import type { Message, ParseResult } from "@verlicht/core";
import { buildDeductiveTrees, type CodeSpec } from "./build-code-trees.js";
import { parseCsv } from "./csv.js";
import { localize, rockMessage } from "./messages.js";
import type { Codebook, ReadCodebookOptions } from "./read-codebook.js";

/** The sheets of a spreadsheet codebook (rock's `codebook_fromSpreadsheet` layout), each exported as CSV text. */
export interface SpreadsheetCodebookSheets {
  /** Sheet `codes`: `code_id, code_label, code_description, code_instruction` (required). */
  codes: string;
  /** Sheet `relationships`: `from_code_id, to_code_id, relationship_type` (`parent_to_child` / `child_to_parent`). */
  relationships?: string | undefined;
  /** Sheet `metadata`: `field, content`. */
  metadata?: string | undefined;
  /** Sheet `examples`: `code_id, example_fragment, hit_or_miss, core_or_edge`. */
  examples?: string | undefined;
}

/**
 * Read a spreadsheet codebook whose sheets were saved as CSV (`,` or `;`). Missing required columns
 * and unknown code ids are messages with the CSV line.
 *
 * @param sheets The CSV text of each sheet.
 * @param options `file` for messages.
 * @returns The codebook and messages.
 */
export function readSpreadsheetCodebook(
  sheets: SpreadsheetCodebookSheets,
  options?: ReadCodebookOptions | null,
): ParseResult<Codebook> {
  const file = options?.file;
  const messages: Message[] = [];
  const sheet = (name: string, text: string | undefined, required: string[]) => {
    if (text === undefined) return [];
    const table = parseCsv(text);
    for (const e of table.errors) {
      messages.push(
        rockMessage(
          "invalid-csv",
          { sheet: name, detail: e.reason },
          { line: e.line, column: 1, offset: 0 },
          { severity: "error", file },
        ),
      );
    }
    const missing = required.filter((c) => !table.header.includes(c));
    if (missing.length > 0) {
      messages.push(
        rockMessage(
          "invalid-csv",
          { sheet: name, detail: `missing column(s) ${missing.join(", ")}` },
          { line: 1, column: 1, offset: 0 },
          {
            severity: "error",
            file,
            expected: required,
            actual: table.header.join(","),
          },
        ),
      );
      return [];
    }
    return table.rows;
  };
  const codes: CodeSpec[] = [];
  const byId = new Map<string, CodeSpec>();
  for (const { values, line } of sheet("codes", sheets.codes, ["code_id"])) {
    const id = values.code_id!.trim();
    if (id === "") continue;
    if (byId.has(id)) {
      messages.push(
        rockMessage(
          "invalid-codebook",
          { detail: `codes: code "${id}" is listed twice` },
          { line, column: 1, offset: 0 },
          { file },
        ),
      );
      continue;
    }
    const { code_id: _id, code_label, code_description, code_instruction, ...rest } = values;
    const spec: CodeSpec = {
      id,
      label: code_label || undefined,
      description: code_description || undefined,
      data: { ...(code_instruction ? { instruction: code_instruction } : {}), ...rest },
    };
    byId.set(id, spec);
    codes.push(spec);
  }
  for (const { values, line } of sheet("relationships", sheets.relationships, [
    "from_code_id",
    "to_code_id",
    "relationship_type",
  ])) {
    const from = values.from_code_id!.trim();
    const to = values.to_code_id!.trim();
    const type = values.relationship_type!.trim();
    const [child, parent] = type === "parent_to_child" ? [to, from] : type === "child_to_parent" ? [from, to] : [];
    if (child === undefined || parent === undefined) continue;
    const spec = byId.get(child);
    if (!spec || !byId.has(parent)) {
      messages.push(
        rockMessage(
          "unknown-parent-code",
          { code: spec ? parent : child, parent: "relationships" },
          { line, column: 1, offset: 0 },
          { file },
        ),
      );
      continue;
    }
    spec.parentId = parent;
  }
  for (const { values, line } of sheet("examples", sheets.examples, ["code_id", "example_fragment"])) {
    const spec = byId.get(values.code_id!.trim());
    if (!spec) {
      messages.push(
        rockMessage(
          "invalid-codebook",
          { detail: `examples: code "${values.code_id}" is not in the codes sheet` },
          { line, column: 1, offset: 0 },
          { file },
        ),
      );
      continue;
    }
    const list = (spec.data.examples as unknown[] | undefined) ?? [];
    const { code_id: _c, ...example } = values;
    list.push(example);
    spec.data.examples = list;
  }
  const metadata: Record<string, string> = {};
  for (const { values } of sheet("metadata", sheets.metadata, ["field", "content"]))
    metadata[values.field!] = values.content!;
  const trees = buildDeductiveTrees(codes, messages, file);
  return { value: { metadata, codes, trees }, messages: localize(messages, options?.locale) };
}
