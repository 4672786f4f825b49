import type { Message, Position } from "@verlicht/core";
import { findAnchors } from "./find-tokens.js";
import { rockMessage } from "./messages.js";
import { COMMENT_REGEX, SECTION_BREAK_REGEX, YAML_DELIMITER } from "./patterns.js";
import { readYamlFragment } from "./read-yaml-fragment.js";
import { type LinePlace, linePosition } from "./scan-line.js";
import type { PhysicalLine, SplitText } from "./split-lines.js";
import type { Anchor, ConcreteLineKind, SectionBreak, YamlFragment } from "./types.js";

const SECTION_TEST = new RegExp(SECTION_BREAK_REGEX.source);

/** Position of a whole line. */
export function wholeLine(raw: string, line: number, offset: number): Position {
  return {
    start: { line, column: 1, offset },
    end: { line, column: raw.length + 1, offset: offset + raw.length },
  };
}

/** Decide per line: YAML (rock removes it first), comment (then), section break, or utterance. */
export function classifyLines(split: SplitText, file: string | undefined, messages: Message[]): ConcreteLineKind[] {
  const lines = split.raws;
  const kinds: ConcreteLineKind[] = new Array(lines.length);
  const delimiters: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]! === YAML_DELIMITER) delimiters.push(i);
  if (delimiters.length % 2 === 1) {
    const last = delimiters.pop()!;
    messages.push(
      rockMessage("odd-yaml-delimiter", {}, wholeLine(lines[last]!, last + 1, split.offsets[last]!), { file }),
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

/** Read the YAML fragment between the delimiter lines `open` and `close` (0-based). */
export function readFragment(
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

/** Read the section breaks of a section-break line; returns the updated counters. */
export function readSectionBreaks(
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
      rockMessage("section-break-with-content", {}, wholeLine(l.raw, l.line, l.offset), {
        file: place.file,
        actual: l.raw,
      }),
    );
  }
  return Object.freeze(next) as Record<string, number>;
}

/** The anchors on a line. */
export function readAnchors(raw: string, place: LinePlace): Anchor[] {
  return findAnchors(raw).map((m) => ({
    value: m.value,
    raw: raw.slice(m.index, m.end),
    position: linePosition(place, m.index, m.end),
  }));
}
