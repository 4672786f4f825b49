import { issuesToMessages, type Message, type Position } from "@verlicht/core";
import { z } from "zod";
import { zodMessage } from "./messages.js";
import type { RockAttributes } from "./types.js";

const AttributeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The `ROCK_attributes` container: a list of maps, each holding a class key (e.g. `caseId`) and attributes. */
export const RockAttributesSchema = z.union([
  z.array(z.record(z.string(), AttributeValue)),
  z.record(z.string(), AttributeValue).transform((v) => [v]),
]);

/** Write an attribute value as text the way R's `as.character` shows it. */
export function attributeToString(v: string | number | boolean | null): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/**
 * Read a `ROCK_attributes` value (validated with zod) into entries of strings.
 *
 * @returns One entry per class instance, in file order; invalid input gives messages and no entries.
 */
export function readAttributes(
  value: unknown,
  place: Position | undefined,
  file: string | undefined,
  messages: Message[],
): RockAttributes[] {
  if (value === null || value === undefined) return [];
  const r = RockAttributesSchema.safeParse(value);
  if (!r.success) {
    for (const m of issuesToMessages(r.error.issues, { source: "rock", ruleId: "invalid-attributes", file })) {
      messages.push(zodMessage("invalid-attributes", m.reason, place ?? m.place, m));
    }
    return [];
  }
  return r.data.map((entry) => Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, attributeToString(v)])));
}
