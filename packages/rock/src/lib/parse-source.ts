import { errorPrefix, InvalidArgumentsError, type Message, type ParseResult, type Position } from "@verlicht/core";
import { buildCodeTrees, buildDeductiveTrees, type CodeSpec } from "./build-code-trees.js";
import { rockMessage } from "./messages.js";
import {
  ANCHOR_REGEX,
  CLASS_ALIASES,
  COMMENT_REGEX,
  CONTAINERS,
  SECTION_BREAK_REGEX,
  YAML_DELIMITER,
} from "./patterns.js";
import { readAttributes } from "./read-attributes.js";
import { readCodeSpecs } from "./read-code-specs.js";
import { readTokens } from "./read-tokens.js";
import { readYamlFragment } from "./read-yaml-fragment.js";
import { EMPTY_VALUES, type LinePlace, linePosition, scanLine } from "./scan-line.js";
import { type PhysicalLine, type SplitText, splitLines } from "./split-lines.js";
import type {
  Anchor,
  Comment,
  ConcreteLine,
  ConcreteLineKind,
  RockAesthetics,
  RockAttributes,
  RockSource,
  SectionBreak,
  Utterance,
  YamlFragment,
} from "./types.js";

/** Options of {@link parseSource}. */
export interface ParseSourceOptions {
  /** Identifier of the source, kept as `value.sourceId` and put in messages as `file`. */
  sourceId?: string | undefined;
}

/** Defaults of {@link ParseSourceOptions}. */
export const DEFAULT_PARSE_SOURCE_OPTIONS: Readonly<Required<ParseSourceOptions>> = { sourceId: "" };

const SECTION_TEST = new RegExp(SECTION_BREAK_REGEX.source);
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
  return { value, messages: messages.sort(byPlace) };
}

function byPlace(a: Message, b: Message): number {
  const pa = a.place && "start" in a.place ? a.place.start : a.place;
  const pb = b.place && "start" in b.place ? b.place.start : b.place;
  return (pa?.line ?? 0) - (pb?.line ?? 0) || (pa?.column ?? 0) - (pb?.column ?? 0);
}

function wholeLine(raw: string, line: number, offset: number): Position {
  return {
    start: { line, column: 1, offset },
    end: { line, column: raw.length + 1, offset: offset + raw.length },
  };
}

/** Decide per line: YAML (rock removes it first), comment (then), section break, or utterance. */
function classifyLines(split: SplitText, file: string | undefined, messages: Message[]): ConcreteLineKind[] {
  const lines = split.raws;
  const kinds: ConcreteLineKind[] = new Array(lines.length);
  const delimiters: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]! === YAML_DELIMITER) delimiters.push(i);
  if (delimiters.length % 2 === 1) {
    const last = delimiters.pop()!;
    messages.push(
      rockMessage(
        "odd-yaml-delimiter",
        "This --- line has no partner, so it opens no YAML fragment; rock stops on an odd number of --- lines",
        wholeLine(lines[last]!, last + 1, split.offsets[last]!),
        { file },
      ),
    );
  }
  const inYaml = new Uint8Array(lines.length);
  for (let k = 0; k < delimiters.length; k += 2) {
    inYaml[delimiters[k]!] = 2;
    inYaml[delimiters[k + 1]!] = 2;
    for (let i = delimiters[k]! + 1; i < delimiters[k + 1]!; i++) inYaml[i] = 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (inYaml[i] === 2) kinds[i] = "yaml-delimiter";
    else if (inYaml[i] === 1) kinds[i] = "yaml";
    else if (COMMENT_REGEX.test(raw)) kinds[i] = "comment";
    else if (raw.indexOf("---<<") !== -1 && SECTION_TEST.test(raw)) kinds[i] = "section-break";
    else kinds[i] = "utterance";
  }
  return kinds;
}

function readFragment(
  split: SplitText,
  open: number,
  close: number,
  file: string | undefined,
  messages: Message[],
): YamlFragment {
  let text = "";
  for (let i = open + 1; i < close; i++) text += split.raws[i]! + (i < close - 1 ? "\n" : "");
  const a = split.line(open);
  const b = split.line(close);
  const position: Position = {
    start: { line: a.line, column: 1, offset: a.offset },
    end: { line: b.line, column: b.raw.length + 1, offset: b.offset + b.raw.length },
  };
  const offsets: number[] = [];
  for (let i = open + 1; i < close; i++) offsets.push(split.offsets[i]!);
  return readYamlFragment(text, position, file, messages, offsets);
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

function readSectionBreaks(
  l: PhysicalLine,
  place: LinePlace,
  counters: Readonly<Record<string, number>>,
  out: SectionBreak[],
  messages: Message[],
): Record<string, number> {
  const next: Record<string, number> = { ...counters };
  const names = new Set<string>();
  let rest = "";
  let last = 0;
  for (const m of l.raw.matchAll(SECTION_BREAK_REGEX)) {
    const name = m[1]!;
    out.push({ name, line: l.line, position: linePosition(place, m.index, m.index + m[0].length) });
    if (!names.has(name)) next[name] = (next[name] ?? 0) + 1;
    names.add(name);
    rest += l.raw.slice(last, m.index);
    last = m.index + m[0].length;
  }
  rest += l.raw.slice(last);
  if (rest.trim() !== "") {
    messages.push(
      rockMessage(
        "section-break-with-content",
        "This line holds a section break and other content; rock drops the whole line from its data, content and codes included",
        wholeLine(l.raw, l.line, l.offset),
        { file: place.file, actual: l.raw },
      ),
    );
  }
  return Object.freeze(next) as Record<string, number>;
}

function readAnchors(raw: string, place: LinePlace): Anchor[] {
  const out: Anchor[] = [];
  for (const m of raw.matchAll(ANCHOR_REGEX)) {
    out.push({ value: m[1]!.trim(), raw: m[0], position: linePosition(place, m.index, m.index + m[0].length) });
  }
  return out;
}

/** Rows rock threads over (utterances and section breaks), as parallel arrays. */
interface ThreadState {
  uids: Array<string | null>;
  levels: number[];
  /** Index into the utterances, or -1 for a section-break row. */
  utterance: number[];
}

/** rock's `get_parent_uid`: threads start at level 1 under the preceding row; levels rise one at a time. */
function setParentUids(
  state: ThreadState,
  utterances: Utterance[],
  file: string | undefined,
  messages: Message[],
): void {
  let threading = false;
  let max = 0;
  let depth = 0;
  const parents: number[] = [];
  const { levels, uids } = state;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    if (level === 0) {
      threading = false;
      max = 0;
      depth = 0;
      parents.length = 0;
      continue;
    }
    let parent: number | undefined;
    if (!threading && level === 1) {
      threading = true;
      max = 1;
      depth = 1;
      parents[1] = i - 1;
      parent = i - 1;
    } else if (!threading || level > max + 1) {
      const reason = threading
        ? "This utterance is nested more than one level deeper than the thread so far; rock stops on this"
        : "This thread starts deeper than level 1; rock stops on this";
      const u = utterances[state.utterance[i]!];
      if (u) messages.push(rockMessage("thread-too-deep", reason, u.position, { severity: "error", file }));
      continue;
    } else if (level === max + 1 || level > depth) {
      if (level === max + 1) max = level;
      depth = level;
      parents[depth] = i - 1;
      parent = i - 1;
    } else {
      depth = level;
      parent = parents[depth];
    }
    const u = utterances[state.utterance[i]!];
    if (u) u.parentUid = parent === undefined || parent < 0 ? null : (uids[parent] ?? null);
  }
}

function reportDuplicateUid(u: Utterance, first: number, file: string | undefined, messages: Message[]): void {
  const token = readTokens(u.raw, u.position.start)
    .filter((t) => t.kind === "uid")
    .pop();
  messages.push(
    rockMessage("duplicate-uid", `Uid "${u.uid}" was already used on line ${first}`, token?.position ?? u.position, {
      file,
      actual: u.uid ?? "",
    }),
  );
}

function reportCodeValueClashes(
  utterances: Utterance[],
  names: Set<string>,
  codes: Map<string, number>,
  file: string | undefined,
  messages: Message[],
): void {
  const taken = new Set<string>();
  for (const code of codes.keys()) taken.add(code.slice(code.lastIndexOf(">") + 1));
  let lastClasses: Record<string, string> | undefined;
  for (const u of utterances) {
    if (u.classInstances !== lastClasses) for (const k in u.classInstances) taken.add(k);
    lastClasses = u.classInstances;
  }
  const reported = new Set<string>();
  for (const u of utterances) {
    for (const name in u.codeValues) {
      if (reported.has(name) || !names.has(name) || !taken.has(name)) continue;
      reported.add(name);
      const token = readTokens(u.raw, u.position.start).find((t) => t.kind === "code-value" && t.name === name);
      messages.push(
        rockMessage(
          "code-value-name-clash",
          `Code value name "${name}" is also used as a code or class; rock stops on this`,
          token?.position ?? u.position,
          { severity: "error", file, actual: name },
        ),
      );
    }
  }
}

function readContainers(
  yaml: YamlFragment[],
  file: string | undefined,
  messages: Message[],
): { attributes: RockAttributes[]; codeSpecs: CodeSpec[]; aesthetics: RockAesthetics } {
  const attributes: RockAttributes[] = [];
  const codeSpecs: CodeSpec[] = [];
  const aesthetics: RockAesthetics = { aesthetics: [], network: [] };
  for (const fragment of yaml) {
    const value = fragment.value as Record<string, unknown> | undefined;
    if (!value) continue;
    for (const key of fragment.containers) {
      const v = value[key];
      if ((CONTAINERS.attributes as readonly string[]).includes(key)) {
        attributes.push(...readAttributes(v, fragment.position, file, messages));
      } else if ((CONTAINERS.codes as readonly string[]).includes(key)) {
        codeSpecs.push(...readCodeSpecs(key, v, fragment.position, file, messages));
      } else if ((CONTAINERS.aesthetics as readonly string[]).includes(key)) {
        aesthetics.aesthetics.push(v);
      } else if ((CONTAINERS.network as readonly string[]).includes(key)) {
        aesthetics.network.push(v);
      }
    }
  }
  return { attributes, codeSpecs, aesthetics };
}
