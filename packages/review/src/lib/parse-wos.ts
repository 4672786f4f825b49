import type { Message, ParseResult } from "@verlicht/core";
import { reviewMessages } from "./messages.js";
import { spanOf } from "./position-of.js";
import { extractDoi, extractYear, joinPages, oneLine, setOnce } from "./record-fields.js";
import { emptyRecord, type RawTag, type ReviewRecord } from "./review-record.js";
import { textLines } from "./text-lines.js";

const TAG_LINE = /^([A-Z][A-Z0-9])(?: (.*))?$/;
const FILE_TAGS = new Set(["FN", "VR", "EF"]);
/** Tags whose continuation lines are separate values (one author, address or reference per line). */
const LIST_TAGS = new Set(["AU", "AF", "C1", "CR", "BA", "BF", "ED"]);

/**
 * Parse the Web of Science tagged ("plain text") format: `FN`/`VR` header, records from `PT` to `ER`
 * (a new `PT` also starts a record, because some writers leave `ER` out), continuation lines indented
 * by three spaces. For `AU`, `AF`, `C1` and `CR` each continuation line is a separate value.
 */
export function parseWos(text: string): ParseResult<ReviewRecord[]> {
  const messages: Message[] = [];
  const records: ReviewRecord[] = [];
  let current: ReviewRecord | undefined;
  let last: RawTag | undefined;
  for (const line of textLines(text)) {
    if (line.text.trim() === "") continue;
    const cont = /^ {2,}\S/.test(line.text);
    const match = cont ? null : TAG_LINE.exec(line.text);
    if (!match) {
      if (current && last) {
        if (LIST_TAGS.has(last.tag)) {
          last = { tag: last.tag, value: line.text.trim(), position: spanOf(line, line.start, line, line.end) };
          current.raw.push(last);
        } else {
          last.value += `\n${line.text.trim()}`;
          last.position = { start: last.position.start, end: spanOf(line, line.end, line, line.end).end };
        }
        current.position = { start: current.position.start, end: last.position.end };
      } else {
        messages.push(
          reviewMessages.create("wos-unparsed-line", {
            place: spanOf(line, line.start, line, line.end),
          }),
        );
      }
      continue;
    }
    const tag = match[1] as string;
    if (FILE_TAGS.has(tag)) continue;
    if (tag === "ER") {
      if (current)
        current.position = { start: current.position.start, end: spanOf(line, line.end, line, line.end).end };
      current = undefined;
      last = undefined;
      continue;
    }
    if (!current || tag === "PT") {
      current = emptyRecord(records.length, "wos", spanOf(line, line.start, line, line.end));
      records.push(current);
    }
    last = { tag, value: match[2] ?? "", position: spanOf(line, line.start, line, line.end) };
    current.raw.push(last);
    current.position = { start: current.position.start, end: last.position.end };
  }
  for (const record of records) mapWos(record);
  return { value: records, messages };
}

function mapWos(record: ReviewRecord): void {
  const values = (tag: string) => record.raw.filter((r) => r.tag === tag).map((r) => oneLine(r.value));
  const first = (...tags: string[]) => {
    for (const tag of tags) {
      const v = values(tag).find(Boolean);
      if (v) return v;
    }
    return undefined;
  };
  setOnce(record, "type", first("PT", "DT"));
  setOnce(record, "title", first("TI"));
  const af = values("AF").filter(Boolean);
  record.authors.push(...(af.length ? af : values("AU").filter(Boolean)));
  record.year = extractYear(first("PY")) ?? extractYear(first("PD")) ?? extractYear(first("EA"));
  setOnce(record, "doi", extractDoi(first("DI", "D2")));
  setOnce(record, "journal", first("SO"));
  setOnce(record, "journalAbbreviation", first("J9", "JI"));
  setOnce(record, "volume", first("VL"));
  setOnce(record, "issue", first("IS"));
  setOnce(record, "pages", joinPages(first("BP"), first("EP")) ?? first("AR"));
  setOnce(record, "abstract", first("AB"));
  for (const v of [...values("DE"), ...values("ID")]) record.keywords.push(...v.split(/\s*;\s*/).filter(Boolean));
  record.issn.push(...values("SN"), ...values("EI"));
  setOnce(record, "pmid", first("PM"));
  setOnce(record, "language", first("LA"));
}
