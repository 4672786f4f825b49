import { location, type Message, type ParseResult } from "@verlicht/core";
import { reviewMessages } from "./messages.js";
import { extractDoi, extractYear, oneLine, setOnce } from "./record-fields.js";
import { emptyRecord, type ReviewRecord } from "./review-record.js";

const MONTHS: Record<string, string> = {
  jan: "January",
  feb: "February",
  mar: "March",
  apr: "April",
  may: "May",
  jun: "June",
  jul: "July",
  aug: "August",
  sep: "September",
  oct: "October",
  nov: "November",
  dec: "December",
};

/**
 * Parse BibTeX / BibLaTeX: `@type{key, field = {…} | "…" | number | macro # …}`, `@string` macros
 * (month macros built in), `@comment` and `@preamble` skipped, nested braces, common LaTeX escapes
 * turned into Unicode for the canonical fields (raw values are kept as written), authors split on
 * ` and ` outside braces.
 */
export function parseBibtex(text: string): ParseResult<ReviewRecord[]> {
  const messages: Message[] = [];
  const records: ReviewRecord[] = [];
  const loc = location(text);
  const macros = new Map<string, string>(Object.entries(MONTHS));
  const n = text.length;
  let i = 0;
  const pos = (a: number, b: number) =>
    loc.toPosition(a, b) ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const skipWs = () => {
    while (i < n && /\s/.test(text[i] as string)) i++;
  };
  const problem = (
    ruleId: "bibtex-unclosed-entry" | "bibtex-bad-field" | "bibtex-missing-equals",
    params: Record<string, string>,
    at: number,
  ) => messages.push(reviewMessages.create(ruleId, { params, place: pos(at, Math.min(n, at + 1)) }));

  // Read one value piece: {…}, "…", number or macro name.
  const readPiece = (): string | undefined => {
    skipWs();
    const c = text[i];
    if (c === "{") {
      let depth = 0;
      const start = i + 1;
      for (; i < n; i++) {
        if (text[i] === "\\") {
          i++;
          continue;
        }
        if (text[i] === "{") depth++;
        else if (text[i] === "}") {
          depth--;
          if (depth === 0) break;
        }
      }
      const value = text.slice(start, i);
      i++;
      return value;
    }
    if (c === '"') {
      let depth = 0;
      const start = ++i;
      for (; i < n; i++) {
        if (text[i] === "\\") {
          i++;
          continue;
        }
        if (text[i] === "{") depth++;
        else if (text[i] === "}") depth--;
        else if (text[i] === '"' && depth === 0) break;
      }
      const value = text.slice(start, i);
      i++;
      return value;
    }
    const m = /^[^\s,#}=)]+/.exec(text.slice(i, i + 200));
    if (!m) return undefined;
    i += m[0].length;
    const word = m[0];
    if (/^\d+$/.test(word)) return word;
    return macros.get(word.toLowerCase()) ?? word;
  };
  const readValue = (): string => {
    let value = readPiece() ?? "";
    for (;;) {
      skipWs();
      if (text[i] !== "#") break;
      i++;
      value += readPiece() ?? "";
    }
    return value;
  };

  while (i < n) {
    const at = text.indexOf("@", i);
    if (at < 0) break;
    i = at + 1;
    const typeMatch = /^([A-Za-z]+)\s*([{(])/.exec(text.slice(i, i + 64));
    if (!typeMatch) continue;
    const type = (typeMatch[1] as string).toLowerCase();
    const close = typeMatch[2] === "{" ? "}" : ")";
    i += typeMatch[0].length;
    if (type === "comment" || type === "preamble") {
      i = at + 1;
      readPieceAt(type);
      continue;
    }
    if (type === "string") {
      skipWs();
      const name = /^[^\s=]+/.exec(text.slice(i, i + 200))?.[0] ?? "";
      i += name.length;
      skipWs();
      if (text[i] === "=") i++;
      macros.set(name.toLowerCase(), readValue());
      skipWs();
      if (text[i] === close) i++;
      continue;
    }
    skipWs();
    const keyMatch = /^[^,\s}]*/.exec(text.slice(i, i + 500));
    const key = keyMatch?.[0] ?? "";
    i += key.length;
    const record = emptyRecord(records.length, "bibtex", pos(at, at + 1));
    record.type = type;
    record.raw.push({ tag: "ENTRYTYPE", value: type, position: pos(at, at + 1 + type.length) });
    record.raw.push({ tag: "ID", value: key, position: pos(i - key.length, i) });
    records.push(record);
    for (;;) {
      skipWs();
      if (text[i] === ",") {
        i++;
        skipWs();
      }
      if (i >= n) {
        problem("bibtex-unclosed-entry", { key }, at);
        break;
      }
      if (text[i] === close) {
        i++;
        break;
      }
      const fieldStart = i;
      const nameMatch = /^[^\s=,{}]+/.exec(text.slice(i, i + 200));
      if (!nameMatch) {
        problem("bibtex-bad-field", { key }, i);
        const next = text.indexOf("\n@", i);
        i = next < 0 ? n : next + 1;
        break;
      }
      i += nameMatch[0].length;
      skipWs();
      if (text[i] !== "=") {
        problem("bibtex-missing-equals", { field: nameMatch[0] }, i);
        continue;
      }
      i++;
      const value = readValue();
      record.raw.push({ tag: nameMatch[0].toLowerCase(), value, position: pos(fieldStart, i) });
    }
    record.position = pos(at, Math.min(i, n));
  }

  function readPieceAt(_type: string) {
    // Skip a balanced @comment{…} / @preamble{…}.
    const open = text.indexOf("{", i);
    const paren = text.indexOf("(", i);
    i = open >= 0 && (paren < 0 || open < paren) ? open : paren >= 0 ? paren : n;
    if (text[i] === "(") {
      const end = text.indexOf(")", i);
      i = end < 0 ? n : end + 1;
      return;
    }
    readPiece();
  }

  for (const record of records) mapBibtex(record);
  return { value: records, messages };
}

/** Turn common LaTeX into plain Unicode text and drop case-protecting braces. */
export function latexToText(value: string): string {
  const accents: Record<string, string> = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    c: "\u0327",
    v: "\u030c",
    u: "\u0306",
    H: "\u030b",
    r: "\u030a",
    k: "\u0328",
  };
  let out = value.replace(
    /\\([`'^"~=.]|[cvuHrk](?=[\s{]))\s*\{?\\?([A-Za-z])\}?/g,
    (_m, accent: string, letter: string) => `${letter}${accents[accent] ?? ""}`.normalize("NFC"),
  );
  const symbols: Record<string, string> = {
    ss: "ß",
    o: "ø",
    O: "Ø",
    ae: "æ",
    AE: "Æ",
    oe: "œ",
    OE: "Œ",
    aa: "å",
    AA: "Å",
    l: "ł",
    L: "Ł",
    i: "ı",
  };
  out = out.replace(/\\(ss|o|O|ae|AE|oe|OE|aa|AA|l|L|i)(?![A-Za-z])\s?/g, (_m, s: string) => symbols[s] ?? s);
  out = out.replace(/\\([&%$#_{}])/g, "$1");
  out = out.replace(/---/g, "—").replace(/--/g, "–").replace(/~/g, " ");
  out = out.replace(/\\(textit|textbf|emph|textsc|mathrm|text)\s*/g, "");
  out = out.replace(/[{}]/g, "");
  return out;
}

function splitNames(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (depth === 0 && /\s/.test(c as string) && /^\s+and\s/i.test(value.slice(i))) {
      names.push(value.slice(start, i));
      const m = /^\s+and\s+/i.exec(value.slice(i));
      i += (m?.[0].length ?? 1) - 1;
      start = i + 1;
    }
  }
  names.push(value.slice(start));
  return names.map((name) => oneLine(latexToText(name))).filter(Boolean);
}

function mapBibtex(record: ReviewRecord): void {
  const field = (...names: string[]) => {
    for (const name of names) {
      const raw = record.raw.find((r) => r.tag === name);
      if (raw) {
        const v = oneLine(latexToText(raw.value));
        if (v) return v;
      }
    }
    return undefined;
  };
  setOnce(record, "title", field("title"));
  const author = record.raw.find((r) => r.tag === "author");
  if (author) record.authors.push(...splitNames(author.value));
  record.year = extractYear(field("year")) ?? extractYear(field("date"));
  setOnce(
    record,
    "doi",
    extractDoi(field("doi")) ?? extractDoi(field("url")?.includes("doi") ? field("url") : undefined),
  );
  setOnce(record, "journal", field("journal", "journaltitle", "booktitle"));
  setOnce(record, "journalAbbreviation", field("shortjournal"));
  setOnce(record, "volume", field("volume"));
  setOnce(record, "issue", field("number", "issue"));
  setOnce(record, "pages", field("pages")?.replace(/\s*[–—-]+\s*/, "-"));
  setOnce(record, "abstract", field("abstract"));
  const kw = field("keywords");
  if (kw) record.keywords.push(...kw.split(/\s*[;,]\s*/).filter(Boolean));
  const issn = field("issn", "isbn");
  if (issn) record.issn.push(issn);
  setOnce(record, "pmid", field("pmid"));
  setOnce(record, "url", field("url"));
  setOnce(record, "language", field("language", "langid"));
}
