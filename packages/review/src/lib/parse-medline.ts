import type { Message, ParseResult } from "@verlicht/core";
import { reviewMessages } from "./messages.js";
import { spanOf } from "./position-of.js";
import { extractDoi, extractYear, oneLine, setOnce } from "./record-fields.js";
import { emptyRecord, type RawTag, type ReviewRecord } from "./review-record.js";
import { type TextLine, textLines } from "./text-lines.js";

const TAG_LINE = /^([A-Z][A-Z0-9]{1,3}) {0,3}- /;

/**
 * Parse PubMed's MEDLINE / `.nbib` format: tags padded to four characters then `- `, continuation
 * lines indented, records separated by blank lines (or a new `PMID-`). Every raw tag is kept with its
 * position; the DOI comes from `LID`/`AID` values ending in `[doi]`.
 */
export function parseMedline(text: string): ParseResult<ReviewRecord[]> {
  const messages: Message[] = [];
  const records: ReviewRecord[] = [];
  let current: ReviewRecord | undefined;
  let last: RawTag | undefined;
  let lastLine: TextLine | undefined;

  for (const line of textLines(text)) {
    if (line.text.trim() === "") {
      current = undefined;
      last = undefined;
      continue;
    }
    const match = TAG_LINE.exec(line.text);
    if (!match) {
      if (last && /^\s/.test(line.text)) {
        last.value += `\n${line.text.trim()}`;
        last.position = { start: last.position.start, end: spanOf(line, line.end, line, line.end).end };
        if (current) current.position = { start: current.position.start, end: last.position.end };
      } else {
        messages.push(
          reviewMessages.create("medline-unparsed-line", {
            place: spanOf(line, line.start, line, line.end),
            actual: line.text.slice(0, 60),
          }),
        );
      }
      continue;
    }
    const tag = match[1] as string;
    if (!current || (tag === "PMID" && current.raw.some((r) => r.tag === "PMID"))) {
      current = emptyRecord(records.length, "medline", spanOf(line, line.start, line, line.end));
      records.push(current);
    }
    last = { tag, value: line.text.slice(match[0].length), position: spanOf(line, line.start, line, line.end) };
    lastLine = line;
    current.raw.push(last);
    current.position = { start: current.position.start, end: last.position.end };
  }
  void lastLine;
  for (const record of records) mapMedline(record);
  return { value: records, messages };
}

function mapMedline(record: ReviewRecord): void {
  const values = (tag: string) => record.raw.filter((r) => r.tag === tag).map((r) => oneLine(r.value));
  const first = (...tags: string[]) => {
    for (const tag of tags) {
      const v = values(tag).find(Boolean);
      if (v) return v;
    }
    return undefined;
  };
  setOnce(record, "type", first("PT"));
  setOnce(record, "title", first("TI", "BTI"));
  const fau = values("FAU");
  record.authors.push(...(fau.length ? fau : values("AU")));
  if (record.authors.length === 0) record.authors.push(...values("CN"));
  record.year = extractYear(first("DP")) ?? extractYear(first("DEP"));
  for (const value of [...values("LID"), ...values("AID")]) {
    if (/\[doi\]/i.test(value)) setOnce(record, "doi", extractDoi(value.replace(/\s*\[doi\]\s*$/i, "")));
  }
  setOnce(record, "journal", first("JT", "TA"));
  setOnce(record, "journalAbbreviation", first("TA"));
  setOnce(record, "volume", first("VI"));
  setOnce(record, "issue", first("IP"));
  setOnce(record, "pages", first("PG"));
  setOnce(record, "abstract", first("AB"));
  record.keywords.push(...values("MH"), ...values("OT"));
  record.issn.push(...values("IS"));
  setOnce(record, "pmid", first("PMID"));
  setOnce(record, "language", first("LA"));
}
