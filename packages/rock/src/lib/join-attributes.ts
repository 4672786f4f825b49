import type { RockAttributes } from "./types.js";

/**
 * The attributes that apply to an utterance: every `ROCK_attributes` entry whose class key matches the
 * utterance's class instance (e.g. entry `{caseId: "1", rol: "bewoner"}` for an utterance with
 * `classInstances.caseId === "1"`), merged; the first value wins on conflicts, as in rock.
 *
 * @param classInstances The utterance's class instances.
 * @param attributes Attribute entries (from a source or from `parseSources`).
 * @returns The attribute fields (class keys themselves left out).
 * @example
 * ```ts
 * joinAttributes({caseId: "1"}, [{caseId: "1", rol: "bewoner"}]); // {rol: "bewoner"}
 * ```
 */
export function joinAttributes(
  classInstances: Readonly<Record<string, string>>,
  attributes: ReadonlyArray<RockAttributes>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of attributes) {
    let match: string | undefined;
    for (const key in entry) {
      if (classInstances[key] !== undefined && classInstances[key] === entry[key]) {
        match = key;
        break;
      }
    }
    if (match === undefined) continue;
    for (const key in entry) {
      if (key === match || key in classInstances || key in out) continue;
      out[key] = entry[key]!;
    }
  }
  return out;
}
