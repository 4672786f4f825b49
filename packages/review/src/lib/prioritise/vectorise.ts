import { ENGLISH_STOPWORDS } from "./english-stopwords.js";

/** A text to screen: a plain string, or a record's title, abstract and keywords. */
export type ScreeningText =
  | string
  | {
      /** The title. */
      title?: string | null | undefined;
      /** The abstract. */
      abstract?: string | null | undefined;
      /** Keywords, as one string or a list. */
      keywords?: string | ReadonlyArray<string> | null | undefined;
    };

/** Settings of the TF-IDF features. */
export interface VectoriseOptions {
  /** Longest n-gram of words (1 = words only, 2 = words and word pairs). */
  ngrams: 1 | 2 | 3;
  /** Keep a feature only when it occurs in at least this many records. */
  minDf: number;
  /** Use `1 + ln(tf)` instead of the raw term frequency. */
  sublinearTf: boolean;
  /** Drop English function words (the package's own short list, `ENGLISH_STOPWORDS`) before n-grams are formed. */
  stopwords: boolean;
  /** Drop a feature that occurs in more than this share of the records (default 1: keep all). */
  maxDf?: number | undefined;
  /** Count the title this many times (default 1), so its words weigh more than the abstract's. */
  titleWeight?: number | undefined;
}

/** Sparse rows (CSR) of L2-normalised TF-IDF weights. */
export interface SparseMatrix {
  /** Number of rows (records). */
  rows: number;
  /** Number of columns (features). */
  columns: number;
  /** Row `r` occupies `indices/values[indptr[r] .. indptr[r+1])`. */
  indptr: Int32Array;
  /** Feature index of each stored value. */
  indices: Int32Array;
  /** The stored weights. */
  values: Float64Array;
}

const STOP = new Set(ENGLISH_STOPWORDS);
const TOKEN = /[\p{L}\p{N}_]{2,}/gu;

/** Join a record's fields into one text. */
export function textOf(record: ScreeningText): string {
  if (typeof record === "string") return record;
  if (record === null || typeof record !== "object") return "";
  const keywords = Array.isArray(record.keywords) ? record.keywords.join(" ") : (record.keywords ?? "");
  return `${record.title ?? ""}\n${record.abstract ?? ""}\n${keywords}`;
}

/** Interns words and n-grams as numbers, so counting needs no string concatenation per n-gram. */
class TermIds {
  private readonly words = new Map<string, number>();
  private readonly children = new Map<number, Map<number, number>>();
  size = 0;

  word(t: string): number {
    let id = this.words.get(t);
    if (id === undefined) {
      id = this.size++;
      this.words.set(t, id);
    }
    return id;
  }

  /** Id of the n-gram made of the (n−1)-gram `prefix` followed by word `word`. */
  extend(prefix: number, word: number): number {
    // A map per prefix keyed by the next word: small-integer keys hash fast in V8, and no string is built.
    let next = this.children.get(prefix);
    if (next === undefined) {
      next = new Map();
      this.children.set(prefix, next);
    }
    let id = next.get(word);
    if (id === undefined) {
      id = this.size++;
      next.set(word, id);
    }
    return id;
  }
}

function terms(text: string, options: VectoriseOptions, ids: TermIds): number[] {
  const words: number[] = [];
  for (const t of text.toLowerCase().match(TOKEN) ?? [])
    if (!(options.stopwords && STOP.has(t))) words.push(ids.word(t));
  const out = words.slice();
  let level = words;
  for (let n = 2; n <= options.ngrams; n++) {
    const next: number[] = [];
    for (let i = 0; i + n <= words.length; i++) next.push(ids.extend(level[i] as number, words[i + n - 1] as number));
    out.push(...next);
    level = next;
  }
  return out;
}

/**
 * TF-IDF features of the records (smoothed idf `ln((1 + N)/(1 + df)) + 1`, rows scaled to unit length),
 * as scikit-learn's `TfidfVectorizer` computes them. The vocabulary is built from the records'
 * own text only (no labels), so it can be computed once before screening starts.
 */
export function vectorise(records: ReadonlyArray<ScreeningText>, options: VectoriseOptions): SparseMatrix {
  const ids = new TermIds();
  const docs: Array<Map<number, number>> = [];
  let df = new Int32Array(1024);
  for (const record of records) {
    const tf = new Map<number, number>();
    for (const t of terms(textOf(record), options, ids)) tf.set(t, (tf.get(t) ?? 0) + 1);
    const repeat = (options.titleWeight ?? 1) - 1;
    if (repeat > 0 && typeof record === "object" && record?.title) {
      for (const t of terms(record.title, options, ids)) tf.set(t, (tf.get(t) ?? 0) + repeat);
    }
    if (ids.size > df.length) {
      const grown = new Int32Array(Math.max(ids.size, df.length * 2));
      grown.set(df);
      df = grown;
    }
    for (const t of tf.keys()) df[t] = (df[t] as number) + 1;
    docs.push(tf);
  }
  const maxDf = (options.maxDf ?? 1) * records.length;
  // Column of each kept term (-1: dropped by minDf), numbered in order of first appearance.
  const column = new Int32Array(ids.size).fill(-1);
  const idf: number[] = [];
  for (let t = 0; t < ids.size; t++) {
    if ((df[t] as number) < options.minDf || (df[t] as number) > maxDf) continue;
    column[t] = idf.length;
    idf.push(Math.log((1 + records.length) / (1 + (df[t] as number))) + 1);
  }
  const indptr = new Int32Array(records.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  docs.forEach((tf, r) => {
    const start = indices.length;
    let norm = 0;
    const entries: Array<[number, number]> = [];
    for (const [t, count] of tf) {
      const j = column[t] as number;
      if (j < 0) continue;
      const w = (options.sublinearTf ? 1 + Math.log(count) : count) * (idf[j] as number);
      entries.push([j, w]);
      norm += w * w;
    }
    entries.sort((x, y) => x[0] - y[0]);
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [j, w] of entries) {
      indices.push(j);
      values.push(w * scale);
    }
    indptr[r + 1] = start + entries.length;
  });
  return {
    rows: records.length,
    columns: idf.length,
    indptr,
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
  };
}
