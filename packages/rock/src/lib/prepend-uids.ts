import { errorPrefix, generateUids, InvalidArgumentsError, isUid } from "@verlicht/core";
import { parseSource } from "./parse-source.js";
import { trimR } from "./scan-line.js";
import { serializeSource } from "./serialize-source.js";

/** Options of {@link prependUids}. */
export interface PrependUidsOptions {
  /** Moment the new sequence starts (default: now), as in `rock::generate_uids(origin=)`. */
  origin?: Date | number | undefined;
  /**
   * Existing uids to continue after (e.g. those of the previous file of a batch). Default: the SQUIDs
   * already in the text, so new uids never collide with them. Pass `[]` to use `origin` instead.
   */
  follow?: ReadonlyArray<string> | undefined;
  /** Distance in centiseconds after the last followed uid (default 1). */
  followBy?: number | undefined;
  /**
   * `"utterances"` (default): only lines that are utterances with text and no uid yet get one.
   * `"rock"`: every line outside YAML gets one, blank and comment lines included, exactly as
   * `rock::prepend_ids_to_source()` does (this turns comments into utterances).
   */
  mode?: "utterances" | "rock" | undefined;
}

/** Defaults of {@link PrependUidsOptions}. */
export const DEFAULT_PREPEND_UIDS_OPTIONS: Readonly<{ mode: "utterances"; followBy: number }> = {
  mode: "utterances",
  followBy: 1,
};

/**
 * Give utterance lines a SQUID uid `[[uid=…]]` at their start, followed by a space (rock's layout).
 * Comment, YAML and section-break lines, blank lines and lines that already have a uid are left as
 * they are (unless `mode: "rock"`). Everything else in the text stays byte for byte.
 *
 * @param text A ROCK source.
 * @param options Where the sequence starts, and which lines get a uid.
 * @returns The text with uids.
 * @throws {InvalidArgumentsError} for a bad `origin`, `follow` or `followBy`.
 * @example
 * ```ts
 * prependUids("Hallo.\n# notitie\nDag.\n", {origin: new Date("2019-06-02T10:13:22.50Z")});
 * // "[[uid=73xk6950]] Hallo.\n# notitie\n[[uid=73xk6951]] Dag.\n"
 * ```
 */
export function prependUids(text: string, options?: PrependUidsOptions | null): string {
  if (typeof text !== "string") {
    throw new InvalidArgumentsError(`${errorPrefix("rock", "prependUids")}expected the source text as a string`);
  }
  const mode = options?.mode ?? DEFAULT_PREPEND_UIDS_OPTIONS.mode;
  const source = parseSource(text).value;
  if (mode === "rock") return prependRock(source.concrete, source.utterances, options);
  const targets = source.utterances.filter((u) => u.uid === null && trimR(u.raw).length > 0);
  const existing = source.utterances.map((u) => u.uid).filter((u): u is string => u !== null && isUid(u));
  const uids = makeUids(targets.length, existing, options);
  const fresh = new Map(targets.map((u, i) => [u, uids[i]!]));
  const utterances = source.utterances.map((u) => {
    const uid = fresh.get(u);
    return uid === undefined ? u : { ...u, raw: `[[uid=${uid}]] ${u.raw}` };
  });
  return serializeSource({ ...source, utterances });
}

function makeUids(n: number, existing: string[], options: PrependUidsOptions | null | undefined): string[] {
  const follow = options?.follow ?? (options?.origin === undefined ? existing : []);
  try {
    return generateUids(n, {
      origin: options?.origin,
      follow: follow.length > 0 ? follow : undefined,
      followBy: options?.followBy ?? DEFAULT_PREPEND_UIDS_OPTIONS.followBy,
    });
  } catch (error) {
    throw new InvalidArgumentsError(`${errorPrefix("rock", "prependUids")}${(error as Error).message}`, {
      cause: error,
    });
  }
}

function prependRock(
  concrete: ReturnType<typeof parseSource>["value"]["concrete"],
  utterances: ReturnType<typeof parseSource>["value"]["utterances"],
  options: PrependUidsOptions | null | undefined,
): string {
  const raws: string[] = [];
  const yaml: boolean[] = [];
  let u = 0;
  let c = 0;
  for (let i = 0; i < concrete.eols.length; i++) {
    const line = concrete.lines[c];
    if (line && line.line === i + 1) {
      raws.push(line.raw);
      yaml.push(line.kind === "yaml" || line.kind === "yaml-delimiter");
      c++;
    } else {
      raws.push(utterances[u++]?.raw ?? "");
      yaml.push(false);
    }
  }
  const count = yaml.filter((y) => !y).length;
  const uids = makeUids(count, [], options);
  let k = 0;
  const parts: string[] = concrete.bom ? ["\uFEFF"] : [];
  for (let i = 0; i < raws.length; i++) {
    parts.push(yaml[i] ? raws[i]! : `[[uid=${uids[k++]}]] ${raws[i]}`, concrete.eols[i]!);
  }
  return parts.join("");
}
