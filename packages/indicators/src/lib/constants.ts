import { errorPrefix } from "@verlicht/core";

/** The `source` of every message this package emits. */
export const SOURCE = "indicators";

/** Prefix of errors thrown by function `fn` of this package. */
export function prefix(fn: string): string {
  return errorPrefix(SOURCE, fn);
}
