import { formatPath, type Locale, type Message, type ParseResult, type Position } from "@verlicht/core";
import { readStructured } from "@verlicht/indicators";
import type { z } from "zod";
import { registersMessages } from "./messages.js";
import { type Activity, ActivitySchema, type Collection, CollectionSchema } from "./schemas.js";

/** Entries of one register file, with the place of each entry and of its fields. */
export interface Register<T> {
  /** The valid entries, in file order. */
  entries: T[];
  /** The file they came from (for messages). */
  file?: string | undefined;
  /** Per entry id: the position of the entry (`""`) and of fields such as `collections.0`, `areas.1`. */
  places: Record<string, Record<string, Position>>;
}

/** Options of {@link parseActivities} and {@link parseCollections}. */
export interface ParseRegisterOptions {
  /** The file name, for messages. */
  file?: string | undefined;
  /** Language of the messages (default English). */
  locale?: Locale | undefined;
}

/**
 * Read the activiteitenloket: a YAML (or JSON) file `activities: [...]` (or a plain list) of activities
 * (schema `ActivitySchema`). Invalid entries are left out with an `invalid-activity` error naming the
 * field and its line; repeated ids are `duplicate-id` errors. Never throws.
 *
 * @param text The file's text.
 * @param options See {@link ParseRegisterOptions}.
 * @returns The register and messages.
 */
export function parseActivities(text: string, options?: ParseRegisterOptions | null): ParseResult<Register<Activity>> {
  return parseRegister(text, "activities", ActivitySchema, "invalid-activity", options);
}

/**
 * Read the dataloket: a YAML (or JSON) file `collections: [...]` (or a plain list) of data collections
 * (schema `CollectionSchema`). Invalid entries are left out with an `invalid-collection` error naming
 * the field and its line; repeated ids are `duplicate-id` errors. Never throws.
 *
 * @param text The file's text.
 * @param options See {@link ParseRegisterOptions}.
 * @returns The register and messages.
 */
export function parseCollections(
  text: string,
  options?: ParseRegisterOptions | null,
): ParseResult<Register<Collection>> {
  return parseRegister(text, "collections", CollectionSchema, "invalid-collection", options);
}

/** Fields whose list items or values get a place, for cross-reference messages. */
const PLACED_FIELDS = ["collections", "indicators", "goals", "areas", "logicModel", "activity", "period"];

function parseRegister<T extends { id: string }>(
  text: string,
  key: "activities" | "collections",
  schema: z.ZodType<T>,
  ruleId: "invalid-activity" | "invalid-collection",
  options: ParseRegisterOptions | null | undefined,
): ParseResult<Register<T>> {
  const file = options?.file;
  const locale = options?.locale;
  const read = readStructured(text, file, locale);
  const messages: Message[] = [...read.messages];
  const value: Register<T> = { entries: [], file, places: {} };
  if (read.data === undefined || read.data === null) return { value, messages };
  const data = read.data as Record<string, unknown>;
  const [list, prefix] = Array.isArray(read.data)
    ? [read.data as unknown[], [] as PropertyKey[]]
    : Array.isArray(data[key])
      ? [data[key] as unknown[], [key] as PropertyKey[]]
      : [undefined, []];
  if (!list) {
    messages.push(
      registersMessages.create("invalid-register", {
        severity: "error",
        params: { expected: `${key}: [...]` },
        place: read.placeOf([]),
        file,
        locale,
      }),
    );
    return { value, messages };
  }
  list.forEach((entry, i) => {
    const path = [...prefix, i];
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const at = [...path, ...issue.path];
        messages.push(
          registersMessages.create(ruleId, {
            severity: "error",
            params: { field: formatPath(at), detail: issue.message },
            place: read.placeOf(at),
            file,
            locale,
          }),
        );
      }
      return;
    }
    const item = parsed.data;
    const place = read.placeOf(path);
    if (value.places[item.id]) {
      messages.push(
        registersMessages.create("duplicate-id", {
          severity: "error",
          params: { where: formatPath(path), id: item.id },
          place,
          file,
          locale,
        }),
      );
      return;
    }
    const places: Record<string, Position> = {};
    if (place) places[""] = place;
    for (const f of PLACED_FIELDS) {
      const v = (item as Record<string, unknown>)[f];
      const p = read.placeOf([...path, f]);
      if (p) places[f] = p;
      if (Array.isArray(v))
        v.forEach((_, j) => {
          const q = read.placeOf([...path, f, j]);
          if (q) places[`${f}.${j}`] = q;
        });
    }
    value.places[item.id] = places;
    value.entries.push(item);
  });
  return { value, messages };
}
