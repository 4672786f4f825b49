import type { Message, Position } from "@verlicht/core";
import { issuesToMessages } from "@verlicht/core";
import { z } from "zod";
import type { CodeSpec } from "./build-code-trees.js";
import { zodMessage } from "./messages.js";

const Scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

/** A code entry of a `codes` / `ROCK_codes` container (rock's deductive code tree format). */
export const CodeEntrySchema: z.ZodType<CodeEntry> = z.lazy(() =>
  z.looseObject({
    id: Scalar,
    label: Scalar.optional(),
    parentId: Scalar.nullish(),
    children: z.union([z.array(z.union([Scalar, CodeEntrySchema])), CodeEntrySchema]).nullish(),
  }),
);

/** A code entry of a `codes` container, after validation. */
export interface CodeEntry {
  id: string;
  label?: string | undefined;
  parentId?: string | null | undefined;
  children?: Array<string | CodeEntry> | CodeEntry | null | undefined;
  [key: string]: unknown;
}

/** A code of a `ROCK_codebook` (ROCK v1 codebook, as in iROCK's `ROCK_codebook.yml`). */
export const CodebookCodeSchema = z.looseObject({
  id: Scalar,
  label: Scalar.optional(),
  description: Scalar.optional(),
  instruction: Scalar.optional(),
  parentId: Scalar.nullish(),
  kind: Scalar.optional(),
  relationships: z.array(z.looseObject({ to_code_id: Scalar, relationship_type: Scalar.optional() })).nullish(),
});

/** The `ROCK_codebook` container. */
export const RockCodebookSchema = z.looseObject({
  codes: z.array(CodebookCodeSchema).default([]),
});

/** One psyverse DCT (0.3 dialect with `definition`, or the legacy dialect with `def`/`instr`). */
export const DctSchema = z.looseObject({
  id: Scalar,
  label: Scalar.optional(),
  parentId: Scalar.nullish(),
  definition: z.union([Scalar, z.looseObject({ definition: Scalar.nullish() })]).nullish(),
  def: z.union([Scalar, z.looseObject({ def: Scalar.nullish() })]).nullish(),
});

const Many = <T extends z.ZodType>(s: T) => z.union([z.array(s), s]).transform((v) => (Array.isArray(v) ? v : [v]));

/**
 * Read the deductive code specifications of one YAML container (`codes`, `ROCK_codes`, `dct` or
 * `ROCK_codebook`), validated with zod; problems become messages.
 *
 * @param container The container name.
 * @param value The container's parsed value.
 * @param place Where the fragment is.
 * @param file Source id for messages.
 */
export function readCodeSpecs(
  container: string,
  value: unknown,
  place: Position | undefined,
  file: string | undefined,
  messages: Message[],
): CodeSpec[] {
  const fail = (issues: z.core.$ZodIssue[]) => {
    for (const m of issuesToMessages(issues, { source: "rock", ruleId: "invalid-codebook", file })) {
      messages.push(zodMessage("invalid-codebook", `${container}: ${m.reason}`, place ?? m.place, m));
    }
    return [];
  };
  if (value === null || value === undefined) return [];
  if (container === "ROCK_codebook") {
    const r = RockCodebookSchema.safeParse(value);
    return r.success ? r.data.codes.map(fromCodebookCode) : fail(r.error.issues);
  }
  if (container === "dct") {
    const r = Many(DctSchema).safeParse(value);
    return r.success ? r.data.map(fromDct) : fail(r.error.issues);
  }
  // rock's own examples also wrap the list: `ROCK_codes: {codes: [...]}`.
  const inner =
    value && typeof value === "object" && !Array.isArray(value) && !("id" in value) && "codes" in value
      ? (value as { codes: unknown }).codes
      : value;
  const r = Many(CodeEntrySchema).safeParse(inner);
  if (!r.success) return fail(r.error.issues);
  const out: CodeSpec[] = [];
  for (const entry of r.data) flattenEntry(entry, entry.parentId ?? undefined, out);
  return out;
}

function flattenEntry(entry: CodeEntry, parentId: string | undefined, out: CodeSpec[]): void {
  const { id, label, parentId: _p, children, description, kind, ...rest } = entry;
  out.push({
    id,
    label,
    parentId,
    description: typeof description === "string" ? description : undefined,
    kind: typeof kind === "string" ? kind : undefined,
    data: rest,
  });
  const list = children === null || children === undefined ? [] : Array.isArray(children) ? children : [children];
  for (const child of list) {
    if (typeof child === "string") out.push({ id: child, parentId: id, data: {} });
    else flattenEntry(child, id, out);
  }
}

function fromCodebookCode(code: z.infer<typeof CodebookCodeSchema>): CodeSpec {
  const { id, label, description, parentId, kind, relationships, ...rest } = code;
  const parent = parentId ?? relationships?.find((r) => r.relationship_type === "child_to_parent")?.to_code_id;
  return {
    id,
    label,
    parentId: parent ?? undefined,
    description,
    kind,
    data: { ...rest, ...(relationships ? { relationships } : {}) },
  };
}

function fromDct(dct: z.infer<typeof DctSchema>): CodeSpec {
  const { id, label, parentId, definition, def, ...rest } = dct;
  const text = (d: unknown, key: string): string | undefined =>
    typeof d === "string"
      ? d
      : d && typeof d === "object"
        ? ((d as Record<string, string | null>)[key] ?? undefined)
        : undefined;
  const description = text(definition, "definition") ?? text(def, "def");
  return {
    id,
    label,
    parentId: parentId ?? undefined,
    description,
    data: { ...rest, ...(definition ? { definition } : {}), ...(def ? { def } : {}) },
  };
}
