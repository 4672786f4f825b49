import { errorPrefix, InvalidArgumentsError, type Locale, type Message, type ParseResult } from "@verlicht/core";
import { buildCodeTrees, buildDeductiveTrees } from "./build-code-trees.js";
import { localize } from "./messages.js";
import { CLASS_ALIASES } from "./patterns.js";
import { readContainers, reportCodeValueClashes, reportDuplicateUid } from "./read-containers.js";
import { classifyLines, readAnchors, readFragment, readSectionBreaks, wholeLine } from "./read-lines.js";
import { EMPTY_VALUES, type LinePlace, scanLine } from "./scan-line.js";
import { setParentUids, type ThreadState } from "./set-parent-uids.js";
import { splitLines } from "./split-lines.js";
import type { Anchor, Comment, ConcreteLine, RockSource, SectionBreak, Utterance, YamlFragment } from "./types.js";

/** Options of {@link parseSource}. */
export interface ParseSourceOptions {
  /** Identifier of the source, kept as `value.sourceId` and put in messages as `file`. */
  sourceId?: string | undefined;
  /** Language of the messages' wording: `en` (default) or `nl`. */
  locale?: Locale | null | undefined;
}

/** Defaults of {@link ParseSourceOptions}. */
export const DEFAULT_PARSE_SOURCE_OPTIONS: Readonly<{ sourceId: string; locale: Locale }> = {
  sourceId: "",
  locale: "en",
};

const EMPTY_CLASSES: Readonly<Record<string, string>> = Object.freeze({});
const EMPTY_COUNTERS: Readonly<Record<string, number>> = Object.freeze({});
const NO_VALUES: Record<string, string> = EMPTY_VALUES;
const NO_ANCHORS: Anchor[] = Object.freeze([]) as unknown as Anchor[];

/**
 * Parse a ROCK source the way the rock R package (0.9.6) reads it, keeping everything needed to write
 * it back byte for byte. Never throws on bad input: every problem, and every `[[…]]` token rock would
 * silently leave in the text, is reported as a positioned message.
 *
 * @param text The whole source text.
 * @param options `sourceId` names the source.
 * @returns The parsed source and messages.
 * @throws {InvalidArgumentsError} when `text` is not a string (a programming error, not bad input).
 * @example
 * ```ts
 * const {value, messages} = parseSource("[[cid=1]]\nIk ben moe. [[moeheid]]\n", {sourceId: "int01"});
 * value.utterances[1].codes; // ["moeheid"]
 * value.utterances[1].caseId; // "1"
 * ```
 */
export function parseSource(text: string, options?: ParseSourceOptions | null): ParseResult<RockSource> {
  if (typeof text !== "string") {
    throw new InvalidArgumentsError(
      `${errorPrefix("rock", "parseSource")}expected the source text as a string, got ${typeof text}`,
    );
  }
  const sourceId = options?.sourceId ?? DEFAULT_PARSE_SOURCE_OPTIONS.sourceId;
  const file = sourceId === "" ? undefined : sourceId;
  const messages: Message[] = [];
  const split = splitLines(text);
  const { bom, raws, offsets, eols } = split;
  const kinds = classifyLines(split, file, messages);

  const concrete: ConcreteLine[] = [];
  const utterances: Utterance[] = [];
  const sectionBreaks: SectionBreak[] = [];
  const comments: Comment[] = [];
  const yaml: YamlFragment[] = [];
  const threads: ThreadState = { uids: [], levels: [], utterance: [] };
  let classes = EMPTY_CLASSES;
  let counters = EMPTY_COUNTERS;
  let yamlStart = -1;
  const uidLines = new Map<string, number>();
  const firstUse = new Map<string, number>();
  const valueNames = new Set<string>();

  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const offset = offsets[i]!;
    const lineNo = i + 1;
    const kind = kinds[i]!;
    if (kind !== "utterance") concrete.push({ kind, raw, line: lineNo, offset });
    const place: LinePlace = { line: lineNo, offset, file };
    if (kind === "yaml-delimiter") {
      if (yamlStart === -1) yamlStart = i;
      else {
        yaml.push(readFragment(split, yamlStart, i, file, messages));
        yamlStart = -1;
      }
      continue;
    }
    if (kind === "yaml") continue;
    if (kind === "comment") {
      comments.push({ raw, line: lineNo, position: wholeLine(raw, lineNo, offset) });
      continue;
    }
    const scan = scanLine(raw, place, messages);
    if (scan.classes.length > 0) classes = applyClasses(classes, scan.classes);
    if (kind === "section-break") {
      counters = readSectionBreaks(split.line(i), place, counters, sectionBreaks, messages);
      threads.uids.push(scan.uid);
      threads.levels.push(0);
      threads.utterance.push(-1);
      continue;
    }
    const u: Utterance = {
      uid: scan.uid,
      text: scan.text,
      raw,
      codes: scan.codes,
      codeValues: scan.codeValues,
      networkCodes: scan.networkCodes,
      classInstances: classes,
      nestingLevel: scan.nestingLevel,
      line: lineNo,
      position: wholeLine(raw, lineNo, offset),
      ciCodes: scan.ciCodes,
      parentUid: null,
      sectionCounters: counters,
      anchors: raw.indexOf("--+-{") === -1 ? NO_ANCHORS : readAnchors(raw, place),
      inDataTable: scan.hasContent && raw.length > 0,
    };
    const caseId = classes.caseId;
    if (caseId !== undefined) u.caseId = caseId;
    const coderId = classes.coderId;
    if (coderId !== undefined) u.coderId = coderId;
    threads.uids.push(scan.uid);
    threads.levels.push(scan.nestingLevel);
    threads.utterance.push(utterances.length);
    // Checked while the line is at hand (a second pass over a large source costs cache misses).
    if (scan.uid !== null) {
      const first = uidLines.get(scan.uid);
      if (first === undefined) uidLines.set(scan.uid, lineNo);
      else reportDuplicateUid(u, first, file, messages);
    }
    for (const code of scan.codes) if (!firstUse.has(code)) firstUse.set(code, lineNo);
    if (scan.codeValues !== NO_VALUES) for (const name in scan.codeValues) valueNames.add(name);
    utterances.push(u);
  }

  setParentUids(threads, utterances, file, messages);
  const containers = readContainers(yaml, file, messages);
  const codeUses = [...firstUse].map(([code, line]) => ({ code, line }));
  const deductive = buildDeductiveTrees(containers.codeSpecs, messages, file);
  const codeTrees = buildCodeTrees(deductive, codeUses, messages, file);
  if (valueNames.size > 0) reportCodeValueClashes(utterances, valueNames, firstUse, file, messages);

  const value: RockSource = {
    sourceId,
    utterances,
    sectionBreaks,
    attributes: containers.attributes,
    codeTrees,
    yaml,
    aesthetics: containers.aesthetics,
    comments,
    concrete: { bom, lines: concrete, eols },
  };
  return { value, messages: localize(messages.sort(byPlace), options?.locale) };
}

function byPlace(a: Message, b: Message): number {
  const pa = a.place && "start" in a.place ? a.place.start : a.place;
  const pb = b.place && "start" in b.place ? b.place.start : b.place;
  return (pa?.line ?? 0) - (pb?.line ?? 0) || (pa?.column ?? 0) - (pb?.column ?? 0);
}

function applyClasses(
  current: Readonly<Record<string, string>>,
  found: Array<[string, string]>,
): Record<string, string> {
  const next: Record<string, string> = { ...current };
  for (const [name, value] of found) {
    next[name] = value;
    const alias = CLASS_ALIASES[name];
    if (alias !== undefined) next[alias] = value;
  }
  return Object.freeze(next) as Record<string, string>;
}
