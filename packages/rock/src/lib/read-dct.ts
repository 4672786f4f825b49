import type { Message, ParseResult } from "@verlicht/core";
import { issuesToMessages } from "@verlicht/core";
import { z } from "zod";
import { buildDeductiveTrees, type CodeSpec } from "./build-code-trees.js";
import { localize, zodMessage } from "./messages.js";
import { fragments, type ReadCodebookOptions } from "./read-codebook.js";
import type { CodeTreeNode } from "./types.js";

const Text = z.union([z.string(), z.number(), z.boolean()]).transform(String).nullish();
const Instruction = z.union([z.string(), z.looseObject({ instruction: Text, instr: Text })]).nullish();
const Rel = z.looseObject({ id: z.union([z.string(), z.number()]).transform(String), type: Text });

/** One psyverse DCT entry (psyverse 0.3 dialect with `definition`/`instruction`, or rock's legacy `def`/`instr`). */
export const DctEntrySchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  label: Text,
  date: Text,
  version: Text,
  definition: z.union([z.string(), z.looseObject({ definition: Text })]).nullish(),
  def: z.union([z.string(), z.looseObject({ def: Text })]).nullish(),
  measure_dev: Instruction,
  measure_code: Instruction,
  manipulate_dev: Instruction,
  manipulate_code: Instruction,
  aspect_dev: Instruction,
  aspect_code: Instruction,
  parentId: Text,
  rel: z.union([z.array(Rel), Rel]).nullish(),
});

/** The kinds of instructions a DCT holds. */
export const DCT_INSTRUCTION_TYPES = [
  "measure_dev",
  "measure_code",
  "manipulate_dev",
  "manipulate_code",
  "aspect_dev",
  "aspect_code",
] as const;

/** A construct from a DCT, normalised over both dialects. */
export interface Dct {
  /** The UCID, e.g. `attitude_73dnt5zc` (used as a code). */
  id: string;
  /** Label (defaults to the id). */
  label: string;
  /** The definition text. */
  definition: string;
  /** Instructions per type (`aspect_code` is the coding instruction). */
  instructions: Partial<Record<(typeof DCT_INSTRUCTION_TYPES)[number], string>>;
  /** Parent construct (legacy dialect), when given. */
  parentId?: string;
  /** Relations from this construct to others (`rel`); not used for the code tree, as in rock. */
  relations: Array<{ to: string; type: string }>;
  /** Which dialect the entry is written in. */
  dialect: "psyverse" | "legacy";
  /** Every field as written. */
  data: Record<string, unknown>;
}

/**
 * Read psyverse DCT specifications (`dct:` fragments of `.dct` / `.dct.yaml` files, a single entry or a
 * list, in the psyverse 0.3 dialect or rock's legacy one). Only the top-level `id` of each entry is a
 * code: nested `id`s (sources, relations) are not, unlike in rock.
 *
 * @param text The file text.
 * @param options `file` for messages.
 * @returns The constructs, their code trees (by `parentId`), and messages.
 */
export function readDct(
  text: string,
  options?: ReadCodebookOptions | null,
): ParseResult<{ dcts: Dct[]; codes: CodeSpec[]; trees: CodeTreeNode[] }> {
  const file = options?.file;
  const messages: Message[] = [];
  const dcts: Dct[] = [];
  for (const { value, position } of fragments(text, file, messages)) {
    const raw = value && typeof value === "object" ? (value as Record<string, unknown>).dct : undefined;
    if (raw === undefined || raw === null) continue;
    for (const entry of Array.isArray(raw) ? raw : [raw]) {
      const r = DctEntrySchema.safeParse(entry);
      if (!r.success) {
        for (const m of issuesToMessages(r.error.issues, { source: "rock", ruleId: "invalid-codebook", file })) {
          messages.push(zodMessage("invalid-codebook", `dct: ${m.reason}`, position ?? m.place, m));
        }
        continue;
      }
      dcts.push(normalise(r.data, entry as Record<string, unknown>));
    }
  }
  const codes: CodeSpec[] = dcts.map((d) => ({
    id: d.id,
    label: d.label,
    parentId: d.parentId,
    description: d.definition || undefined,
    data: d.data,
  }));
  const trees = buildDeductiveTrees(codes, messages, file);
  return { value: { dcts, codes, trees }, messages: localize(messages, options?.locale) };
}

function normalise(d: z.infer<typeof DctEntrySchema>, data: Record<string, unknown>): Dct {
  const definition =
    typeof d.definition === "string"
      ? d.definition
      : (d.definition?.definition ?? (typeof d.def === "string" ? d.def : (d.def?.def ?? "")));
  const instructions: Dct["instructions"] = {};
  for (const type of DCT_INSTRUCTION_TYPES) {
    const v = d[type];
    const s = typeof v === "string" ? v : (v?.instruction ?? v?.instr ?? undefined);
    if (s) instructions[type] = s;
  }
  const rel = d.rel === null || d.rel === undefined ? [] : Array.isArray(d.rel) ? d.rel : [d.rel];
  const out: Dct = {
    id: d.id,
    label: d.label ?? d.id,
    definition,
    instructions,
    relations: rel.map((r) => ({ to: r.id, type: r.type ?? "" })),
    dialect:
      d.def !== undefined || Object.values(data).some((v) => v && typeof v === "object" && "instr" in v)
        ? "legacy"
        : "psyverse",
    data,
  };
  if (d.parentId) out.parentId = d.parentId;
  return out;
}
