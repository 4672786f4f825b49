import type { Message, ParseResult } from "@verlicht/core";
import { reviewMessages } from "./messages.js";
import { spanOf } from "./position-of.js";
import { extractDoi, extractYear, joinPages, oneLine, setOnce, splitAuthors } from "./record-fields.js";
import { emptyRecord, type RawTag, type ReviewRecord } from "./review-record.js";
import { type TextLine, textLines } from "./text-lines.js";

/** RIS tags of the 2011 spec and the older RefMan set; only these are split out of glued lines. */
const KNOWN_TAGS = new Set(
  (
    "A1 A2 A3 A4 AB AD AN AU AV BT C1 C2 C3 C4 C5 C6 C7 C8 CA CN CP CT CY DA DB DO DP ED EP ET ID IS J1 J2 JA JF JO " +
    "KW L1 L2 L3 L4 LA LB LK M1 M2 M3 N1 N2 NV OP PB PP PY RI RN RP SE SN SP ST T1 T2 T3 TA TI TT TY U1 U2 U3 U4 U5 " +
    "UR VL VO WE WT Y1 Y2 ER PU PI PA FU FX GA HC HP NR TC U7 UT"
  ).split(" "),
);

const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: |$)/;
const GLUED = /([A-Z][A-Z0-9]) {2}- /g;

/** Tags whose continuation lines are separate values (one keyword per line). */
const LIST_TAGS = new Set(["KW"]);

/**
 * Parse RIS text in any of the common dialects (PubMed, Ovid, EBSCO, Scopus, Web of Science, Zotero,
 * EndNote, OpenAlex): UTF-8 BOM, CRLF or mixed line ends, continuation lines without a tag, tags glued
 * to the end of the previous line, `ER  -` with or without a trailing space. Every raw tag is kept with
 * its position; canonical fields are mapped with per-dialect fallbacks (`TI`/`T1`, `PY`/`Y1`/`DA`,
 * `DO`/`L3`/`UR`, `T2`/`JF`/`JO`…).
 */
export function parseRis(text: string): ParseResult<ReviewRecord[]> {
  const messages: Message[] = [];
  const records: ReviewRecord[] = [];
  let current: ReviewRecord | undefined;
  let last: { tag: RawTag; line: TextLine } | undefined;

  const open = (line: TextLine, start: number) => {
    current = emptyRecord(records.length, "ris", spanOf(line, start, line, line.end));
    records.push(current);
  };
  const close = (line: TextLine, end: number) => {
    if (current) current.position = { start: current.position.start, end: spanOf(line, end, line, end).end };
    current = undefined;
    last = undefined;
  };
  const add = (tag: string, value: string, line: TextLine, start: number, end: number) => {
    if (!current) {
      if (tag === "ER") {
        messages.push(
          reviewMessages.create("ris-stray-er", {
            place: spanOf(line, start, line, end),
          }),
        );
        return;
      }
      if (tag !== "TY") {
        messages.push(
          reviewMessages.create("ris-missing-ty", {
            params: { tag },
            place: spanOf(line, start, line, end),
          }),
        );
      }
      open(line, start);
    } else if (tag === "TY" && current.raw.length > 0) {
      messages.push(
        reviewMessages.create("ris-missing-er", {
          params: { where: "ty" },
          place: spanOf(line, start, line, end),
        }),
      );
      close(line, start);
      open(line, start);
    }
    const record = current as ReviewRecord;
    const raw: RawTag = { tag, value, position: spanOf(line, start, line, end) };
    record.raw.push(raw);
    last = { tag: raw, line };
    if (tag === "ER") close(line, end);
  };

  for (const line of textLines(text)) {
    const match = TAG_LINE.exec(line.text);
    if (!match) {
      if (line.text.trim() === "") continue;
      if (current && last) {
        // A continuation line: append to the previous tag and stretch its position.
        last.tag.value += `\n${line.text.trim()}`;
        last.tag.position = { start: last.tag.position.start, end: spanOf(line, line.end, line, line.end).end };
      } else {
        messages.push(
          reviewMessages.create("ris-unparsed-line", {
            place: spanOf(line, line.start, line, line.end),
            actual: line.text.slice(0, 60),
          }),
        );
      }
      continue;
    }
    const valueStart = line.start + match[0].length;
    const pieces = splitGlued(line.text.slice(match[0].length), valueStart);
    add(match[1] as string, pieces[0]?.value ?? "", line, line.start, pieces[0]?.end ?? line.end);
    for (const piece of pieces.slice(1)) {
      messages.push(
        reviewMessages.create("ris-glued-tag", {
          severity: "info",
          params: { tag: piece.tag },
          place: spanOf(line, piece.start, line, piece.end),
        }),
      );
      add(piece.tag as string, piece.value, line, piece.start, piece.end);
    }
  }
  if (current) {
    messages.push(
      reviewMessages.create("ris-missing-er", {
        params: { where: "end" },
        place: (current as ReviewRecord).position,
      }),
    );
  }
  for (const record of records) mapRis(record);
  return { value: records, messages };
}

interface Piece {
  tag?: string;
  value: string;
  start: number;
  end: number;
}

/** Split `valueAD  - next` into the value and glued tags (known tags only, glued to a non-space). */
function splitGlued(value: string, offset: number): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  let tag: string | undefined;
  let tagStart = offset;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(value); m; m = GLUED.exec(value)) {
    const name = m[1] as string;
    if (m.index === 0 || !KNOWN_TAGS.has(name) || /\s/.test(value[m.index - 1] ?? " ")) continue;
    pieces.push({ ...(tag ? { tag } : {}), value: value.slice(from, m.index), start: tagStart, end: offset + m.index });
    tag = name;
    tagStart = offset + m.index;
    from = m.index + m[0].length;
  }
  pieces.push({ ...(tag ? { tag } : {}), value: value.slice(from), start: tagStart, end: offset + value.length });
  return pieces;
}

function mapRis(record: ReviewRecord): void {
  const all = new Map<string, string[]>();
  for (const raw of record.raw) {
    const list = all.get(raw.tag) ?? [];
    list.push(raw.value);
    all.set(raw.tag, list);
  }
  const first = (...tags: string[]): string | undefined => {
    for (const tag of tags) {
      for (const value of all.get(tag) ?? []) {
        const v = oneLine(value);
        if (v) return v;
      }
    }
    return undefined;
  };
  setOnce(record, "type", first("TY"));
  setOnce(record, "title", first("TI", "T1", "CT", "BT"));
  for (const tag of ["AU", "A1"]) {
    for (const value of all.get(tag) ?? []) record.authors.push(...splitAuthors(value));
    if (record.authors.length) break;
  }
  record.year =
    extractYear(first("PY")) ?? extractYear(first("Y1")) ?? extractYear(first("DA")) ?? extractYear(first("Y2"));
  for (const tag of ["DO", "DI", "L3", "M3", "UR", "N1", "AN"]) {
    for (const value of all.get(tag) ?? []) {
      if (tag === "UR" && !/doi/i.test(value)) continue;
      if ((tag === "N1" || tag === "AN") && !/doi/i.test(value)) continue;
      setOnce(record, "doi", extractDoi(value));
    }
    if (record.doi) break;
  }
  setOnce(record, "journal", first("T2", "JF", "JO", "SO", "JA", "J2", "T3"));
  setOnce(record, "journalAbbreviation", first("J2", "JA", "J9", "JI"));
  setOnce(record, "volume", first("VL", "VO"));
  setOnce(record, "issue", first("IS", "CP", "M1"));
  setOnce(record, "pages", joinPages(first("SP"), first("EP")));
  setOnce(record, "abstract", first("AB", "N2"));
  for (const value of all.get("KW") ?? []) {
    const parts = LIST_TAGS.has("KW") ? value.split("\n") : [value];
    for (const part of parts) {
      const kw = part.trim();
      if (kw) record.keywords.push(kw);
    }
  }
  for (const value of all.get("SN") ?? []) {
    const v = oneLine(value);
    if (v) record.issn.push(v);
  }
  setOnce(record, "url", first("UR", "L2"));
  setOnce(record, "language", first("LA"));
  setOnce(record, "database", first("DB", "DP"));
  const c2 = first("C2");
  if (c2 && /^\d{5,9}$/.test(c2)) record.pmid = c2;
}
