import { location, type Message, type ParseResult, type Position } from "@verlicht/core";
import { XMLParser } from "fast-xml-parser";
import { reviewMessages } from "./messages.js";
import { extractDoi, extractYear, oneLine, setOnce } from "./record-fields.js";
import { emptyRecord, type RawTag, type ReviewRecord } from "./review-record.js";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  htmlEntities: true,
  trimValues: false,
  parseTagValue: false,
  isArray: () => true,
});

type Node = Record<string, unknown>;

/**
 * Parse an EndNote XML export (`<xml><records><record>…`). Each `<record>` is parsed with
 * fast-xml-parser; every leaf element becomes a raw tag named by its path (`titles/title`,
 * `contributors/authors/author`, `caption`…) with the position of the element in the text.
 */
export function parseEndnoteXml(text: string): ParseResult<ReviewRecord[]> {
  const messages: Message[] = [];
  const records: ReviewRecord[] = [];
  const loc = location(text);
  const pos = (a: number, b: number): Position =>
    loc.toPosition(a, b) ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  let from = 0;
  for (;;) {
    const start = text.indexOf("<record>", from);
    if (start < 0) break;
    const endTag = text.indexOf("</record>", start);
    if (endTag < 0) {
      messages.push(
        reviewMessages.create("endnote-unclosed-record", {
          place: pos(start, start + 8),
        }),
      );
      break;
    }
    const end = endTag + "</record>".length;
    from = end;
    const slice = text.slice(start, end);
    let parsed: Node;
    try {
      parsed = (parser.parse(slice) as { record: Node[] }).record[0] ?? {};
    } catch (error) {
      messages.push(
        reviewMessages.create("endnote-bad-xml", {
          severity: "warning",
          params: { error: (error as Error).message },
          place: pos(start, end),
        }),
      );
      continue;
    }
    const record = emptyRecord(records.length, "endnote-xml", pos(start, end));
    let cursor = 0;
    const leaves: RawTag[] = [];
    const walk = (node: Node, path: string[]) => {
      for (const [name, children] of Object.entries(node)) {
        if (name.startsWith("@") || name === "#text") continue;
        for (const child of children as unknown[]) {
          const here = [...path, name];
          // Position: the next occurrence of this element's opening tag in the record text.
          const at = slice.indexOf(`<${name}`, cursor);
          if (at >= 0) cursor = at + 1;
          const value = textOf(child);
          const nested = typeof child === "object" && child !== null && hasElementChildren(child as Node);
          if (!nested || name === "style" || isStyled(child)) {
            const closeAt = at >= 0 ? slice.indexOf(`</${name}>`, at) : -1;
            const a = start + Math.max(at, 0);
            const b = closeAt >= 0 ? start + closeAt + name.length + 3 : a;
            leaves.push({ tag: here.join("/"), value, position: pos(a, b) });
          } else {
            walk(child as Node, here);
          }
        }
      }
    };
    walk(parsed, []);
    record.raw = leaves;
    mapEndnote(record, parsed);
    records.push(record);
  }
  if (records.length === 0 && !/<record>/.test(text)) {
    messages.push(
      reviewMessages.create("endnote-no-records", {
        severity: "error",
      }),
    );
  }
  return { value: records, messages };
}

function hasElementChildren(node: Node): boolean {
  return Object.keys(node).some((k) => !k.startsWith("@") && k !== "#text");
}

/** A leaf wrapped only in `<style>` elements (EndNote's formatting) counts as text. */
function isStyled(node: unknown): boolean {
  if (typeof node !== "object" || node === null) return false;
  const keys = Object.keys(node).filter((k) => !k.startsWith("@"));
  return keys.length > 0 && keys.every((k) => k === "style" || k === "#text");
}

function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  if (typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (typeof node === "object" && node !== null) {
    return Object.entries(node)
      .filter(([k]) => !k.startsWith("@"))
      .map(([, v]) => textOf(v))
      .join("");
  }
  return "";
}

function mapEndnote(record: ReviewRecord, node: Node): void {
  const values = (tag: string) =>
    record.raw
      .filter((r) => r.tag === tag)
      .map((r) => oneLine(r.value))
      .filter(Boolean);
  const first = (...tags: string[]) => {
    for (const tag of tags) {
      const v = values(tag)[0];
      if (v) return v;
    }
    return undefined;
  };
  const refType = (node["ref-type"] as Node[] | undefined)?.[0];
  setOnce(record, "type", refType ? String((refType as Node)["@name"] ?? textOf(refType)) : undefined);
  setOnce(record, "title", first("titles/title"));
  record.authors.push(...values("contributors/authors/author"));
  record.year = extractYear(first("dates/year")) ?? extractYear(first("dates/pub-dates/date"));
  setOnce(
    record,
    "doi",
    extractDoi(first("electronic-resource-num")) ??
      extractDoi(values("urls/related-urls/url").find((u) => /doi/i.test(u))),
  );
  setOnce(record, "journal", first("periodical/full-title", "titles/secondary-title", "alt-periodical/full-title"));
  setOnce(record, "journalAbbreviation", first("periodical/abbr-1", "titles/alt-title"));
  setOnce(record, "volume", first("volume"));
  setOnce(record, "issue", first("number"));
  setOnce(record, "pages", first("pages"));
  setOnce(record, "abstract", first("abstract"));
  record.keywords.push(...values("keywords/keyword"));
  record.issn.push(...values("isbn"));
  setOnce(record, "url", first("urls/related-urls/url", "urls/web-urls/url"));
  setOnce(record, "language", first("language"));
  setOnce(record, "database", first("remote-database-name", "remote-database-provider"));
  const accession = first("accession-num");
  if (accession && /^\d{5,9}$/.test(accession)) record.pmid = accession;
}
