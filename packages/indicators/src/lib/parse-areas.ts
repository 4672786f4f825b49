import type { Locale, Message, ParseResult } from "@verlicht/core";
import { z } from "zod";
import { issuesWithPlaces, readStructured } from "./read-structured.js";

/** Schema of a custom area: a code that is not a CBS region, a name, its member area codes, and optional member names. */
export const AreaDefinitionSchema = z.object({
  code: z.string().min(1),
  name: z.string().optional(),
  members: z.array(z.string().min(1)).min(1),
  names: z.record(z.string(), z.string()).optional(),
});

/** A custom area (the argument of `aggregateArea`). */
export type AreaDefinition = z.infer<typeof AreaDefinitionSchema>;

/** Options of {@link parseAreas}. */
export interface ParseAreasOptions {
  /** The file name, for messages. */
  file?: string | undefined;
  /** Language of the messages (default English). */
  locale?: Locale | undefined;
}

/**
 * Read custom area definitions (YAML or JSON): one `{code, name?, members: [...], names?: {code: name}}`,
 * a list of them, or `{areas: [...]}`, e.g. `examples/heerlen-noord/indicators/areas.json`. Invalid
 * entries are left out with an `invalid-area` error naming the field and its line.
 *
 * @param text The file's text.
 * @param options See {@link ParseAreasOptions}.
 * @returns The areas and messages.
 */
export function parseAreas(text: string, options?: ParseAreasOptions | null): ParseResult<AreaDefinition[]> {
  const file = options?.file;
  const read = readStructured(text, file, options?.locale);
  const messages: Message[] = [...read.messages];
  if (read.data === undefined || read.data === null) return { value: [], messages };
  const data = read.data as { areas?: unknown };
  const [list, path] = Array.isArray(read.data)
    ? [read.data, [] as PropertyKey[]]
    : Array.isArray(data.areas)
      ? [data.areas, ["areas"] as PropertyKey[]]
      : [[read.data], undefined];
  const value: AreaDefinition[] = [];
  (list as unknown[]).forEach((entry, i) => {
    const parsed = AreaDefinitionSchema.safeParse(entry);
    if (parsed.success) value.push(parsed.data);
    else
      messages.push(
        ...issuesWithPlaces(parsed.error.issues, read, "invalid-area", file, path ? [...path, i] : [], options?.locale),
      );
  });
  return { value, messages };
}
