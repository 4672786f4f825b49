import type { Point } from "@verlicht/core";
import { scanLine } from "./scan-line.js";
import type { RockToken } from "./types.js";

/**
 * List every `[[…]]` token of one line with what rock reads it as (uid, class instance, code, ci code,
 * code value, network code, or unparsed) and its position. Utterances do not store their tokens, to
 * keep large sources light; call this when you need them.
 *
 * @param raw The line as written (e.g. `utterance.raw`).
 * @param start Where the line starts (e.g. `utterance.position.start`); defaults to line 1, column 1.
 * @returns The tokens in line order.
 * @example
 * ```ts
 * readTokens("[[uid=7zs2xyfy]] Moe. [[moeheid]]").map((t) => t.kind); // ["uid", "code"]
 * ```
 */
export function readTokens(raw: string, start?: Pick<Point, "line" | "offset"> | null): RockToken[] {
  const place = { line: start?.line ?? 1, offset: start?.offset ?? 0, file: undefined };
  return scanLine(raw, place, [], true).tokens;
}
