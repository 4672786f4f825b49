import type { Message, ParseResult } from "@verlicht/core";
import { reviewMessages } from "./messages.js";
import { spanOf } from "./position-of.js";
import { extractDoi, extractYear, oneLine, setOnce } from "./record-fields.js";
import { emptyRecord, type RawTag, type ReviewRecord } from "./review-record.js";
import { textLines } from "./text-lines.js";

const TAG_LINE = /^%([A-Z0-9@!#$&()*+^<>?[\]|~])(?: (.*))?$/;

/**
 * Parse EndNote's tagged ("refer") export: `%0 Journal Article`, `%A` author, `%T` title, `%D` year,
 * `%R` DOI, `%J` journal… Records start at `%0` or after a blank line; untagged lines continue the previous
 * tag. Users often send this format when asked for RIS (ASReview issue #602).
 */
export function parseEndnoteTagged(text: string): ParseResult<ReviewRecord[]> {
  const messages: Message[] = [];
  const records: ReviewRecord[] = [];
  let current: ReviewRecord | undefined;
  let last: RawTag | undefined;
  for (const line of textLines(text)) {
    if (line.text.trim() === "") {
      current = undefined;
      last = undefined;
      continue;
    }
    const match = TAG_LINE.exec(line.text);
    if (!match) {
      if (last && current) {
        last.value += `\n${line.text.trim()}`;
        last.position = { start: last.position.start, end: spanOf(line, line.end, line, line.end).end };
        current.position = { start: current.position.start, end: last.position.end };
      } else {
        messages.push(
          reviewMessages.create("endnote-tagged-unparsed-line", {
            place: spanOf(line, line.start, line, line.end),
          }),
        );
      }
      continue;
    }
    const tag = `%${match[1]}`;
    if (!current || (tag === "%0" && current.raw.length > 0)) {
      current = emptyRecord(records.length, "endnote-tagged", spanOf(line, line.start, line, line.end));
      records.push(current);
    }
    last = { tag, value: match[2] ?? "", position: spanOf(line, line.start, line, line.end) };
    current.raw.push(last);
    current.position = { start: current.position.start, end: last.position.end };
  }
  for (const record of records) {
    const values = (tag: string) =>
      record.raw
        .filter((r) => r.tag === tag)
        .map((r) => oneLine(r.value))
        .filter(Boolean);
    const first = (...tags: string[]) => tags.map((t) => values(t)[0]).find(Boolean);
    setOnce(record, "type", first("%0"));
    setOnce(record, "title", first("%T"));
    record.authors.push(...values("%A"));
    record.year = extractYear(first("%D", "%8"));
    setOnce(record, "doi", extractDoi(first("%R")) ?? extractDoi(values("%U").find((u) => /doi/i.test(u))));
    setOnce(record, "journal", first("%J", "%B"));
    setOnce(record, "volume", first("%V"));
    setOnce(record, "issue", first("%N"));
    setOnce(record, "pages", first("%P"));
    setOnce(record, "abstract", first("%X"));
    for (const raw of record.raw.filter((r) => r.tag === "%K")) {
      record.keywords.push(
        ...raw.value
          .split(/\n|;\s*/)
          .map((k) => k.trim())
          .filter(Boolean),
      );
    }
    record.issn.push(...values("%@"));
    setOnce(record, "url", first("%U"));
    setOnce(record, "language", first("%G"));
  }
  return { value: records, messages };
}
