import type { ReviewRecord } from "./review-record.js";

/** The normalised fields deduplication compares, computed once per record. */
export interface DedupKeys {
  /** Lower-case DOI without resolver prefixes, or `""`. */
  doi: string;
  /** Title folded to ASCII letters and digits only, or `""`. */
  title: string;
  /** The digit groups of the title, joined by spaces (part numbers, years, doses). */
  titleDigits: string;
  /** First author's family name, folded, or `""`. */
  firstAuthor: string;
  /** Year or 0. */
  year: number;
  /** Journal words (folded, stop words dropped). */
  journal: string[];
  /** Volume digits or `""`. */
  volume: string;
  /** First page (digits and letters, leading zeros dropped) or `""`. */
  firstPage: string;
  /** A notice word (`erratum`, `retraction`, `comment on`, `reply`…) when the title starts with one, else `""`. */
  notice: string;
  /** Last page, expanded (`1351-9` → `1359`), or `""` for a single page. */
  lastPage: string;
}

const NOTICE =
  /^[^a-z]*(errat(?:um|a)|corrigend(?:um|a)|corrections?|retraction|retracted|withdrawn|expression of concern|comments? on|reply|response to|in reply|authors? reply|letter to the editor)(?:[^a-z]|$)/;

const STOP = new Set(["the", "of", "and", "for", "in", "on", "de", "la", "der", "und", "a", "an", "to"]);

/** Fold text to lower-case ASCII: NFKD, diacritics removed, `ß`→`ss`, `æ`→`ae`, `ø`→`o`. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .replace(/ø/g, "o")
    .replace(/ł/g, "l");
}

/** Normalise a DOI: lower-case, resolver prefixes, `doi:` and URL escapes removed. */
export function normaliseDoi(doi: string | undefined): string {
  if (!doi) return "";
  let d = doi.trim().toLowerCase();
  d = d.replace(/%28/g, "(").replace(/%29/g, ")").replace(/%2f/g, "/");
  d = d.replace(/^(https?:\/\/)?(dx\.)?doi\.org\//, "").replace(/^doi:\s*/, "");
  return d.replace(/[.,;]+$/, "");
}

/** First author's family name: before the comma, else the last word that is not initials. */
export function familyName(author: string | undefined): string {
  if (!author) return "";
  const a = fold(author).trim();
  if (!a) return "";
  if (a.includes(",")) return a.split(",")[0]?.replace(/[^a-z]/g, "") ?? "";
  const words = a.split(/\s+/).filter(Boolean);
  // "Smith JA" (MEDLINE AU): the last word is initials.
  const last = author.trim().split(/\s+/).at(-1) ?? "";
  if (words.length > 1 && /^[A-Z]{1,3}$/.test(last))
    return words
      .slice(0, -1)
      .join("")
      .replace(/[^a-z]/g, "");
  return (words.at(-1) ?? "").replace(/[^a-z]/g, "");
}

/** Compute the comparison keys of a record. */
export function dedupKeys(
  record: Pick<ReviewRecord, "doi" | "title" | "authors" | "year" | "journal" | "volume" | "pages">,
): DedupKeys {
  const title = fold(record.title ?? "");
  const range = /^\s*([0-9a-z]+)\s*[-–—]+\s*([0-9a-z]+)/i.exec(record.pages ?? "");
  const page = range?.[1] ?? /[0-9a-z]+/i.exec(record.pages ?? "")?.[0] ?? "";
  let last = range?.[2] ?? "";
  if (last && /^\d+$/.test(last) && /^\d+$/.test(page) && last.length < page.length) {
    last = page.slice(0, page.length - last.length) + last;
  }
  return {
    doi: normaliseDoi(record.doi),
    title: title.replace(/[^a-z0-9]/g, ""),
    titleDigits: (title.match(/\d+/g) ?? []).map((d) => String(Number(d))).join(" "),
    firstAuthor: familyName(record.authors[0]),
    year: record.year ?? 0,
    journal: fold(record.journal ?? "")
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !STOP.has(w)),
    volume: /\d+/.exec(record.volume ?? "")?.[0]?.replace(/^0+/, "") ?? "",
    firstPage: page.toLowerCase().replace(/^0+/, ""),
    lastPage: last.toLowerCase().replace(/^0+/, ""),
    notice: NOTICE.exec(title)?.[1]?.replace(/s$/, "") ?? "",
  };
}

/**
 * Do two journal names match, allowing abbreviations (`integr med res` ~ `integrative medicine research`),
 * dropped short words (`ann fr anesth` ~ `annales francaises d anesthesie`) and subtitles
 * (`journal clinical oncology` ~ `journal clinical oncology official journal …`)?
 */
export function journalsMatch(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(" ") === b.join(" ")) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 && long.length > 1) return false;
  let j = 0;
  for (const word of long) {
    if (j === short.length) break;
    const s = short[j] as string;
    if (word.startsWith(s) || s.startsWith(word)) j++;
    else if (word.length > 3) return false;
  }
  return j === short.length;
}

/** Similarity of two strings in [0, 1]: 1 − Levenshtein distance / longer length (strings capped at 400). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = a.slice(0, 400);
  const y = b.slice(0, 400);
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  return 1 - levenshtein(x, y) / longest;
}

const row = new Uint16Array(402);

function levenshtein(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  const m = b.length;
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const tmp = row[j] as number;
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + cost);
      row[j] = v;
      prev = tmp;
    }
  }
  return row[m] as number;
}
