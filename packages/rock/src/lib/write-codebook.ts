import { stringify } from "yaml";
import type { CodeSpec } from "./build-code-trees.js";

/**
 * A ROCK source holding one `ROCK_codebook` fragment with the codes (id, label, parentId, description,
 * kind and every other field), the form `readCodebook` and `parseSources` read.
 *
 * @param codes Code specifications (e.g. `readQdc(...).value.codes`).
 * @returns The source text.
 */
export function rockCodebookText(codes: ReadonlyArray<CodeSpec>): string {
  const entries = codes.map((c) => {
    const e: Record<string, unknown> = { id: c.id };
    if (c.label && c.label !== c.id) e.label = c.label;
    if (c.parentId) e.parentId = c.parentId;
    if (c.description) e.description = c.description;
    if (c.kind) e.kind = c.kind;
    return { ...e, ...c.data };
  });
  return `---\n${stringify({ ROCK_codebook: { codes: entries } }, { lineWidth: 0 })}---\n`;
}
