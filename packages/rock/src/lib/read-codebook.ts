import type { Locale, Message, ParseResult, Position } from "@verlicht/core";
import { buildDeductiveTrees, type CodeSpec } from "./build-code-trees.js";
import { localize } from "./messages.js";
import { parseSource } from "./parse-source.js";
import { CONTAINERS } from "./patterns.js";
import { readCodeSpecs } from "./read-code-specs.js";
import { readYamlFragment } from "./read-yaml-fragment.js";
import type { CodeTreeNode } from "./types.js";

/** A codebook, whatever format it was read from. */
export interface Codebook {
  /** Metadata fields (title, author, version, …), when the format has them. */
  metadata: Record<string, string>;
  /** Every code, in file order. */
  codes: CodeSpec[];
  /** The codes as trees (by `parentId` / `children` / `child_to_parent` relationships). */
  trees: CodeTreeNode[];
}

/** Options of the codebook readers. */
export interface ReadCodebookOptions {
  /** File name or id for messages. */
  file?: string | undefined;
  /** Language of the messages' wording: `en` (default) or `nl`. */
  locale?: Locale | null | undefined;
}

/**
 * Read a YAML codebook: a `ROCK_codebook` (ROCK v1, as written by iROCK), `codes` / `ROCK_codes`
 * (rock's deductive tree format) or `dct` fragments, either as a plain YAML file or as `---`-delimited
 * fragments inside a ROCK source. Validated with zod; problems are messages, never exceptions.
 *
 * @param text The YAML or ROCK text.
 * @param options `file` for messages.
 * @returns The codebook and messages.
 * @example
 * ```ts
 * const {value} = readCodebook("ROCK_codebook:\n  codes:\n    - id: zorg\n    - id: mantelzorg\n      parentId: zorg\n");
 * value.trees[0].children[0].id; // "mantelzorg"
 * ```
 */
export function readCodebook(text: string, options?: ReadCodebookOptions | null): ParseResult<Codebook> {
  const file = options?.file;
  const messages: Message[] = [];
  const codes: CodeSpec[] = [];
  const metadata: Record<string, string> = {};
  for (const { value, position } of fragments(text, file, messages)) {
    if (!value || typeof value !== "object") continue;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if ((CONTAINERS.codes as readonly string[]).includes(key)) {
        codes.push(...readCodeSpecs(key, v, position, file, messages));
        if (key === "ROCK_codebook" && v && typeof v === "object") {
          const meta = (v as Record<string, unknown>).metadata;
          if (meta && typeof meta === "object") {
            for (const [k, m] of Object.entries(meta)) if (m !== null && typeof m !== "object") metadata[k] = String(m);
          }
        }
      }
    }
  }
  const trees = buildDeductiveTrees(codes, messages, file);
  return { value: { metadata, codes, trees }, messages: localize(messages, options?.locale) };
}

const YAML_RULES = new Set(["invalid-yaml", "yaml-too-deep", "yaml-alias-limit", "odd-yaml-delimiter"]);

/** The YAML values of a text: its `---` fragments, or the whole text when it has none. */
export function fragments(
  text: string,
  file: string | undefined,
  messages: Message[],
): Array<{ value: unknown; position: Position | undefined }> {
  if (/^---\r?$/m.test(text)) {
    const parsed = parseSource(text, { sourceId: file });
    for (const m of parsed.messages) if (YAML_RULES.has(m.ruleId)) messages.push(m);
    return parsed.value.yaml.map((f) => ({ value: f.value, position: f.position }));
  }
  const end = text.split(/\r\n|\r|\n/);
  const position: Position = {
    start: { line: 0, column: 1, offset: 0 },
    end: { line: end.length, column: (end.at(-1)?.length ?? 0) + 1, offset: text.length },
  };
  const offsets = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) offsets.push(m.index + m[0].length);
  const fragment = readYamlFragment(text, position, file, messages, offsets);
  return [{ value: fragment.value, position: undefined }];
}
