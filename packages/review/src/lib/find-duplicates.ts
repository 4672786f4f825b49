import { errorPrefix, InvalidArgumentsError } from "@verlicht/core";
import { type DedupKeys, dedupKeys, journalsMatch, similarity } from "./dedup-keys.js";
import type { ReviewRecord } from "./review-record.js";

/** Options of {@link findDuplicates} and {@link matchDuplicates}. */
export interface FindDuplicatesOptions {
  /** Title similarity (0–1) at or above which, with agreeing fields, two records are duplicates. */
  titleThreshold?: number | undefined;
  /** Title similarity at or above which an undecided pair goes to the `maybe` band for a human. */
  maybeThreshold?: number | undefined;
  /** Blocks larger than this are compared by sorted neighbourhood (20 neighbours) instead of all pairs (a DOI block always pairwise). */
  maxBlock?: number | undefined;
  /**
   * Records before this index are already deduplicated (earlier rounds): pairs among them are not
   * compared again, only pairs that involve a record at or after it.
   */
  from?: number | undefined;
}

/** Defaults of {@link findDuplicates}. */
export const DEFAULT_FIND_DUPLICATES_OPTIONS: Readonly<Required<FindDuplicatesOptions>> = Object.freeze({
  titleThreshold: 0.95,
  maybeThreshold: 0.85,
  maxBlock: 200,
  from: 0,
});

/** One compared pair and the verdict. */
export interface DuplicatePair {
  /** Index of the earlier record. */
  a: number;
  /** Index of the later record. */
  b: number;
  /** `duplicate`: linked into a cluster; `maybe`: left for a human. */
  verdict: "duplicate" | "maybe";
  /** Title similarity (0–1). */
  score: number;
  /** Why: the fields that agreed (`doi`, `title`, `author`, `year`, `journal`, `volume`, `pages`). */
  evidence: string[];
}

/** The result of {@link matchDuplicates}. */
export interface DuplicateMatches {
  /** Clusters of two or more record indices, ascending; the first index is the canonical record. */
  clusters: number[][];
  /** Every pair judged `duplicate` or `maybe`. */
  pairs: DuplicatePair[];
}

/** Neighbours compared in a large block after sorting by title. */
const WINDOW = 20;

type Input = Pick<ReviewRecord, "doi" | "title" | "authors" | "year" | "journal" | "volume" | "pages">;

/**
 * Find duplicate clusters among records: blocking on normalised DOI, title prefix and suffix, and
 * first author + year + first page; then scoring each candidate pair on DOI, title similarity, first
 * author, year (±1), journal (abbreviations allowed), volume and first page. Nothing is deleted: the
 * result links records; the earliest index of a cluster is canonical (give earlier rounds lower indices).
 *
 * @returns Clusters of two or more record indices (ascending).
 * @example
 * ```ts
 * findDuplicates([{title: "A", authors: [], doi: "10.1/x"}, {title: "A.", authors: [], doi: "10.1/X"}]); // [[0, 1]]
 * ```
 */
export function findDuplicates(records: ReadonlyArray<Input>, options?: FindDuplicatesOptions | null): number[][] {
  return matchDuplicates(records, options).clusters;
}

/** {@link findDuplicates} with the scored pairs, including the `maybe` band. */
export function matchDuplicates(
  records: ReadonlyArray<Input>,
  options?: FindDuplicatesOptions | null,
): DuplicateMatches {
  if (!Array.isArray(records)) {
    throw new InvalidArgumentsError(
      `${errorPrefix("review", "findDuplicates")}expected an array of records, got ${typeof records}`,
    );
  }
  const o = { ...DEFAULT_FIND_DUPLICATES_OPTIONS, ...stripUndefined(options ?? {}) };
  const keys = records.map(dedupKeys);
  const blocks = new Map<string, number[]>();
  const put = (key: string, i: number) => {
    const list = blocks.get(key);
    if (list) list.push(i);
    else blocks.set(key, [i]);
  };
  keys.forEach((k, i) => {
    if (k.doi) put(`d:${k.doi}`, i);
    if (k.title.length >= 12) {
      put(`t:${k.title.slice(0, 24)}`, i);
      put(`e:${k.title.slice(-24)}`, i);
    }
    if (k.firstAuthor && k.year && k.firstPage) put(`a:${k.firstAuthor}|${k.year}|${k.firstPage}`, i);
  });
  const seen = new Set<number>();
  const pairs: DuplicatePair[] = [];
  const n = records.length;
  const compare = (a: number, b: number) => {
    if (b < o.from && a < o.from) return;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const id = lo * n + hi;
    if (seen.has(id)) return;
    seen.add(id);
    const pair = judge(keys[lo] as DedupKeys, keys[hi] as DedupKeys, o);
    if (pair) pairs.push({ a: lo, b: hi, ...pair });
  };
  for (const [key, members] of blocks) {
    if (members.length < 2) continue;
    if (members.length > o.maxBlock && !key.startsWith("d:")) {
      // A large block (a common title start): sorted neighbourhood on the full title instead of all pairs.
      const sorted = [...members].sort((x, y) =>
        (keys[x] as DedupKeys).title < (keys[y] as DedupKeys).title ? -1 : 1,
      );
      for (let x = 0; x < sorted.length; x++) {
        for (let y = x + 1; y < Math.min(sorted.length, x + 1 + WINDOW); y++)
          compare(sorted[x] as number, sorted[y] as number);
      }
      continue;
    }
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) compare(members[x] as number, members[y] as number);
    }
  }
  pairs.sort((p, q) => p.a - q.a || p.b - q.b);
  // Union-find over duplicate pairs; the smallest index becomes the root (canonical).
  const parent = new Int32Array(n).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (const p of pairs) {
    if (p.verdict !== "duplicate") continue;
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra === rb) continue;
    // Guard against chains (A~C and B~C, but A and B have different DOIs, years, volumes or pages):
    // clusters do not merge when their canonical records conflict.
    if (ra !== p.a || rb !== p.b) {
      const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
      if (hardConflict(keys[lo] as DedupKeys, keys[hi] as DedupKeys)) continue;
    }
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (r === i && !groups.has(i)) continue;
    const list = groups.get(r) ?? [r];
    if (r !== i) list.push(i);
    groups.set(r, list);
  }
  const clusters = [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort((p, q) => p - q));
  clusters.sort((p, q) => (p[0] as number) - (q[0] as number));
  return { clusters, pairs };
}

function judge(
  a: DedupKeys,
  b: DedupKeys,
  o: Required<FindDuplicatesOptions>,
): Omit<DuplicatePair, "a" | "b"> | undefined {
  const evidence: string[] = [];
  const bothTitles = a.title !== "" && b.title !== "";
  const full = bothTitles ? similarity(a.title, b.title) : 0;
  // One title may carry an appended translation, erratum note or group name: compare the shorter
  // title with the same-length start of the longer one.
  const [short, long] = a.title.length <= b.title.length ? [a.title, b.title] : [b.title, a.title];
  const contained =
    bothTitles && short.length >= 30 && similarity(short, long.slice(0, short.length)) >= o.titleThreshold;
  const score = full;
  const doiSame = a.doi !== "" && a.doi === b.doi;
  const doiConflict = a.doi !== "" && b.doi !== "" && !doiSame;
  const yearSame = a.year !== 0 && a.year === b.year;
  const yearConflict = a.year !== 0 && b.year !== 0 && Math.abs(a.year - b.year) > 1;
  const pagesSame = a.firstPage !== "" && a.firstPage === b.firstPage;
  const pageConflict = a.firstPage !== "" && b.firstPage !== "" && !pagesSame;
  const volumeSame = a.volume !== "" && a.volume === b.volume;
  const volumeConflict = a.volume !== "" && b.volume !== "" && !volumeSame;
  const [fewer, more] =
    a.titleDigits.length <= b.titleDigits.length ? [a.titleDigits, b.titleDigits] : [b.titleDigits, a.titleDigits];
  const digitsConflict = contained ? !more.startsWith(fewer) : a.titleDigits !== b.titleDigits;
  const authorSame = a.firstAuthor !== "" && b.firstAuthor !== "" && a.firstAuthor === b.firstAuthor;
  const authorConflict =
    a.firstAuthor !== "" && b.firstAuthor !== "" && !authorSame && !looselySame(a.firstAuthor, b.firstAuthor);
  const journalSame = journalsMatch(a.journal, b.journal);
  if (doiSame) evidence.push("doi");
  if (score >= o.maybeThreshold || contained) evidence.push("title");
  if (authorSame) evidence.push("author");
  if (yearSame) evidence.push("year");
  if (journalSame) evidence.push("journal");
  if (volumeSame) evidence.push("volume");
  if (pagesSame) evidence.push("pages");
  const support = [yearSame, journalSame, volumeSame, pagesSame].filter(Boolean).length;
  // A correction, retraction or reply is not a duplicate of the article it is about.
  const noticeConflict = a.notice !== b.notice;
  const otherConflict = yearConflict || pageConflict || volumeConflict || doiConflict || noticeConflict;
  // Short, generic titles ("Letter to the editor", "Editorial") need more than the title.
  const shortTitle = Math.min(a.title.length, b.title.length) < 30;

  if (doiSame) {
    if (!noticeConflict && (!bothTitles || score >= 0.8 || contained)) return { verdict: "duplicate", score, evidence };
    return { verdict: "maybe", score, evidence };
  }
  // Same first author, year, volume and full page range: the same article, even under a translated
  // title. (A single page is not enough: conference abstracts share pages.)
  const rangeSame = pagesSame && a.lastPage !== "" && a.lastPage === b.lastPage && a.lastPage !== a.firstPage;
  const citationSame =
    authorSame && yearSame && volumeSame && pagesSame && !doiConflict && !digitsConflict && !noticeConflict;
  if (citationSame && (rangeSame ? journalSame || score >= 0.5 : score >= 0.8))
    return { verdict: "duplicate", score, evidence };
  if (!bothTitles || (score < o.maybeThreshold && !contained && !citationSame)) return undefined;
  const titleOk = score >= o.titleThreshold || contained;
  if (titleOk && !otherConflict && !digitsConflict) {
    if (shortTitle) {
      if (authorSame && support >= 2) return { verdict: "duplicate", score, evidence };
      return { verdict: "maybe", score, evidence };
    }
    if (!authorConflict && support >= 1) return { verdict: "duplicate", score, evidence };
    // A spelling variant of the first author, but every bibliographic field agrees.
    if (yearSame && pagesSame && (volumeSame || journalSame)) return { verdict: "duplicate", score, evidence };
  }
  if (!otherConflict && !digitsConflict && score >= 0.8 && authorSame && support >= 3) {
    return { verdict: "duplicate", score, evidence };
  }
  return { verdict: "maybe", score, evidence };
}

/** Two records that cannot be the same: different DOIs, years more than one apart, volumes, first pages, or notice words. */
function hardConflict(a: DedupKeys, b: DedupKeys): boolean {
  return (
    (a.doi !== "" && b.doi !== "" && a.doi !== b.doi) ||
    (a.year !== 0 && b.year !== 0 && Math.abs(a.year - b.year) > 1) ||
    (a.volume !== "" && b.volume !== "" && a.volume !== b.volume) ||
    (a.firstPage !== "" && b.firstPage !== "" && a.firstPage !== b.firstPage) ||
    a.notice !== b.notice
  );
}

/** Family names that differ only by a particle or hyphenation (`el-kholy` / `elkholy`, `vandenberg`). */
function looselySame(a: string, b: string): boolean {
  return a.length >= 4 && b.length >= 4 && (a.endsWith(b) || b.endsWith(a));
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
