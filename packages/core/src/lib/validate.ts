import type { z } from "zod";
import { createMessage, type Message, type ParseResult } from "./message.js";

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** The package or tool name to put in messages (default `core`). */
  source?: string | undefined;
  /** The rule id of the messages (default `invalid-data`). */
  ruleId?: string | undefined;
  /** The file the data came from, for messages. */
  file?: string | undefined;
}

/**
 * Validate `data` against a zod schema without throwing: returns the parsed value (or `undefined`)
 * and one error message per zod issue, naming the path of the offending field.
 *
 * @example
 * ```ts
 * const {value, messages} = validate(ObservationSchema, json, {file: "obs.json"});
 * ```
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  options?: ValidateOptions | null,
): ParseResult<z.infer<S> | undefined> {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, messages: [] };
  return { value: undefined, messages: issuesToMessages(result.error.issues, options) };
}

/** Turn zod issues into messages; the field path is written as `a.b[2].c`. */
export function issuesToMessages(issues: ReadonlyArray<z.core.$ZodIssue>, options?: ValidateOptions | null): Message[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    return createMessage({
      ruleId: options?.ruleId ?? "invalid-data",
      source: options?.source ?? "core",
      severity: "error",
      reason: `${path ? `${path}: ` : ""}${issue.message}`,
      file: options?.file,
    });
  });
}

/** Format a zod path like `nodes[3].attributes.label`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
