import type { Locale, Message, ParseResult } from "@verlicht/core";
import { errorPrefix, InvalidArgumentsError } from "@verlicht/core";
import { buildCodeTrees, buildDeductiveTrees, type CodeSpec } from "./build-code-trees.js";
import { localize, rockMessage } from "./messages.js";
import { parseSource } from "./parse-source.js";
import { CONTAINERS } from "./patterns.js";
import { readCodeSpecs } from "./read-code-specs.js";
import type { CodeTrees, RockAttributes, RockSource } from "./types.js";

/** One input file of {@link parseSources}. */
export interface SourceFile {
  /** Identifier of the source (e.g. its file name). */
  sourceId: string;
  /** Its text. */
  text: string;
}

/** Many parsed sources, read together as `rock::parse_sources()` does. */
export interface RockSources {
  /** Each source, in input order. */
  sources: RockSource[];
  /** Attribute entries of all sources, one per class instance (first value wins, as in rock). */
  attributes: RockAttributes[];
  /** Code trees over all sources: deductive codes from every codebook fragment, inductive codes from every line. */
  codeTrees: CodeTrees;
}

/**
 * Parse many ROCK sources (and `.dct` / codebook files) together: uids must be unique across them,
 * attributes are joined per class instance over all files, and deductive codes defined in one file
 * may have parents in another.
 *
 * @param files `[{sourceId, text}]`, or an object `{sourceId: text}`.
 * @param options `locale` of the messages' wording.
 * @returns The sources and all messages (each with `file` set to its source id).
 * @throws {InvalidArgumentsError} when `files` is neither an array nor an object of strings.
 */
export function parseSources(
  files: ReadonlyArray<SourceFile> | Readonly<Record<string, string>>,
  options?: { locale?: Locale | null | undefined } | null,
): ParseResult<RockSources> {
  const list = normalise(files);
  const messages: Message[] = [];
  const sources: RockSource[] = [];
  const specs: CodeSpec[] = [];
  for (const file of list) {
    const parsed = parseSource(file.text, { sourceId: file.sourceId });
    sources.push(parsed.value);
    for (const m of parsed.messages) {
      // Parents may be defined in another file: checked again below over all files.
      if (m.ruleId !== "unknown-parent-code") messages.push({ ...m, file: file.sourceId });
    }
    for (const fragment of parsed.value.yaml) {
      const value = fragment.value as Record<string, unknown> | undefined;
      for (const key of fragment.containers) {
        if ((CONTAINERS.codes as readonly string[]).includes(key)) {
          specs.push(...readCodeSpecs(key, value?.[key], fragment.position, file.sourceId, []));
        }
      }
    }
  }
  reportUidsAcrossSources(sources, messages);
  const attributes = mergeAttributes(sources, messages);
  const deductive = buildDeductiveTrees(specs, messages);
  const uses: Array<{ code: string; line: number }> = [];
  const seen = new Set<string>();
  for (const s of sources) {
    for (const u of s.utterances) {
      for (const code of u.codes) {
        if (seen.has(code)) continue;
        seen.add(code);
        uses.push({ code, line: u.line });
      }
    }
  }
  const codeTrees = buildCodeTrees(deductive, uses, []);
  return { value: { sources, attributes, codeTrees }, messages: localize(messages, options?.locale) };
}

function normalise(files: ReadonlyArray<SourceFile> | Readonly<Record<string, string>>): SourceFile[] {
  const prefix = errorPrefix("rock", "parseSources");
  if (Array.isArray(files)) {
    return files.map((f, i) => {
      if (!f || typeof f.text !== "string") {
        throw new InvalidArgumentsError(
          `${prefix}expected files[${i}] to be {sourceId, text}, got ${JSON.stringify(f)}`,
        );
      }
      return { sourceId: String(f.sourceId ?? `source${i + 1}`), text: f.text };
    });
  }
  if (files && typeof files === "object") {
    return Object.entries(files).map(([sourceId, text]) => {
      if (typeof text !== "string")
        throw new InvalidArgumentsError(`${prefix}expected the text of "${sourceId}" to be a string`);
      return { sourceId, text };
    });
  }
  throw new InvalidArgumentsError(`${prefix}expected an array of {sourceId, text} or an object {sourceId: text}`);
}

/**
 * A uid in two sources is reported with both places, unless the two are coders' copies of one
 * utterance: the same text, coded by different coders (`[[coderId=…]]`), which is how rock's
 * `merge_sources()` expects them.
 */
function reportUidsAcrossSources(sources: RockSource[], messages: Message[]): void {
  const owner = new Map<string, { sourceId: string; line: number; text: string; coder: string | undefined }>();
  for (const s of sources) {
    const own = new Set<string>();
    for (const u of s.utterances) {
      if (u.uid === null || own.has(u.uid)) continue;
      own.add(u.uid);
      const first = owner.get(u.uid);
      if (first === undefined) {
        owner.set(u.uid, { sourceId: s.sourceId, line: u.line, text: u.text, coder: u.coderId });
        continue;
      }
      const coderCopy =
        first.text === u.text && u.coderId !== undefined && first.coder !== undefined && first.coder !== u.coderId;
      if (coderCopy) continue;
      messages.push(
        rockMessage(
          "duplicate-uid-across-sources",
          { uid: u.uid, firstFile: first.sourceId, firstLine: first.line },
          u.position,
          { file: s.sourceId, actual: u.uid },
        ),
      );
    }
  }
}

function mergeAttributes(sources: RockSource[], messages: Message[]): RockAttributes[] {
  const classNames = new Set<string>();
  for (const s of sources) {
    let last: Record<string, string> | undefined;
    for (const u of s.utterances) {
      if (u.classInstances !== last) for (const k in u.classInstances) classNames.add(k);
      last = u.classInstances;
    }
  }
  const byInstance = new Map<string, RockAttributes>();
  const out: RockAttributes[] = [];
  for (const s of sources) {
    for (const entry of s.attributes) {
      const keys = Object.keys(entry);
      const key = keys.find((k) => classNames.has(k)) ?? keys[0];
      if (key === undefined) continue;
      const id = `${key}\u0000${entry[key]}`;
      const existing = byInstance.get(id);
      if (!existing) {
        const copy = { ...entry };
        byInstance.set(id, copy);
        out.push(copy);
        continue;
      }
      for (const k of keys) {
        if (existing[k] === undefined) existing[k] = entry[k]!;
        else if (existing[k] !== entry[k]) {
          messages.push(
            rockMessage(
              "attribute-conflict",
              { attribute: k, className: key, instance: entry[key], first: existing[k], second: entry[k] },
              undefined,
              { file: s.sourceId },
            ),
          );
        }
      }
    }
  }
  return out;
}
