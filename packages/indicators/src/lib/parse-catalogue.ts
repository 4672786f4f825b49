import type { Locale, Message, ParseResult } from "@verlicht/core";
import { z } from "zod";
import { DEFAULT_CATALOGUE } from "./default-catalogue.js";
import { indicatorsMessages } from "./messages.js";
import { issuesWithPlaces, readStructured } from "./read-structured.js";
import { type Catalogue, GoalSchema, IndicatorSchema, LabelSchema, ThemeSchema } from "./schemas.js";

/** Options of {@link parseCatalogue}. */
export interface ParseCatalogueOptions {
  /** The catalogue the file extends (default {@link DEFAULT_CATALOGUE}); `null` reads the file alone. */
  base?: Readonly<Catalogue> | null | undefined;
  /** The file name, for messages. */
  file?: string | undefined;
  /** Language of the messages (default English). */
  locale?: Locale | undefined;
}

/** Defaults of {@link parseCatalogue}. */
export const DEFAULT_PARSE_CATALOGUE_OPTIONS = { base: DEFAULT_CATALOGUE } as const;

const FileSchema = z.object({
  goals: z.array(z.unknown()).optional(),
  indicators: z.array(z.unknown()).optional(),
  themes: z.array(ThemeSchema).optional(),
  mission: LabelSchema.optional(),
});

/**
 * Read a user catalogue (YAML or JSON: `{goals?: [...], indicators?: [...]}`) and merge it into a
 * base catalogue (the shipped one by default). Entries with a new id are added; an entry with an
 * existing id replaces it (reported as `info` `catalogue-override`). Invalid entries are left out
 * with an `error` message that names the field and its line; goals an indicator names but nobody
 * defines are reported as `unknown-goal` warnings. Never throws on bad input.
 *
 * @param text The file's text.
 * @param options See {@link ParseCatalogueOptions}.
 * @returns The merged catalogue and messages.
 * @example
 * ```ts
 * const {value, messages} = parseCatalogue("indicators:\n  - id: plus-worker-hours\n    ...");
 * ```
 */
export function parseCatalogue(text: string, options?: ParseCatalogueOptions | null): ParseResult<Catalogue> {
  const file = options?.file;
  const base = options?.base === null ? { goals: [], indicators: [] } : (options?.base ?? DEFAULT_CATALOGUE);
  const value: Catalogue = {
    goals: base.goals.map((g) => ({ ...g })),
    indicators: base.indicators.map((i) => ({ ...i })),
  };
  if (base.themes) value.themes = base.themes.map((t) => ({ ...t }));
  if (base.mission) value.mission = { ...base.mission };
  const locale = options?.locale;
  const read = readStructured(text, file, locale);
  const messages: Message[] = [...read.messages];
  if (read.data === undefined) return { value, messages };
  if (read.data === null) return { value, messages };
  const top = FileSchema.safeParse(read.data);
  if (!top.success) {
    messages.push(...issuesWithPlaces(top.error.issues, read, "invalid-catalogue", file, [], locale));
    return { value, messages };
  }
  if (top.data.themes) value.themes = top.data.themes;
  if (top.data.mission) value.mission = top.data.mission;
  mergeEntries("goals", top.data.goals ?? [], GoalSchema, value.goals, read, messages, file, locale);
  mergeEntries(
    "indicators",
    top.data.indicators ?? [],
    IndicatorSchema,
    value.indicators,
    read,
    messages,
    file,
    locale,
  );
  const goalIds = new Set(value.goals.map((g) => g.id));
  const fileIndex = new Map<string, number>();
  (top.data.indicators ?? []).forEach((entry, i) => {
    const id = (entry as { id?: unknown })?.id;
    if (typeof id === "string" && !fileIndex.has(id)) fileIndex.set(id, i);
  });
  value.indicators.forEach((indicator) => {
    indicator.goals.forEach((goal, g) => {
      if (goalIds.has(goal)) return;
      const i = fileIndex.get(indicator.id);
      messages.push(
        indicatorsMessages.create("unknown-goal", {
          severity: "warning",
          params: { indicatorId: indicator.id, goal },
          locale,
          expected: [...goalIds].slice(0, 20),
          actual: goal,
          place: i === undefined ? undefined : read.placeOf(["indicators", i, "goals", g]),
          file,
        }),
      );
    });
  });
  return { value, messages };
}

function mergeEntries<T extends { id: string }>(
  key: "goals" | "indicators",
  entries: unknown[],
  schema: z.ZodType<T>,
  target: T[],
  read: ReturnType<typeof readStructured>,
  messages: Message[],
  file: string | undefined,
  locale: Locale | undefined,
): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      messages.push(...issuesWithPlaces(parsed.error.issues, read, "invalid-catalogue", file, [key, index], locale));
      return;
    }
    const item = parsed.data;
    const place = read.placeOf([key, index]);
    if (seen.has(item.id)) {
      messages.push(
        indicatorsMessages.create("duplicate-id", {
          severity: "error",
          params: { where: `${key}[${index}]`, id: item.id },
          locale,
          place,
          file,
        }),
      );
      return;
    }
    seen.add(item.id);
    const existing = target.findIndex((t) => t.id === item.id);
    if (existing === -1) target.push(item);
    else {
      target[existing] = item;
      messages.push(
        indicatorsMessages.create("catalogue-override", {
          severity: "info",
          params: { where: `${key}[${index}]`, id: item.id },
          locale,
          place,
          file,
        }),
      );
    }
  });
}
