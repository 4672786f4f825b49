import { SPAN_CATEGORIES, type SpanCategory } from "@verlicht/core";
import { keepRegions } from "./protect.js";

/** A gold or predicted span for evaluation. */
export interface EvaluationSpan {
  /** First offset (UTF-16). */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** Category. */
  category: SpanCategory;
  /** Entity id linking the mentions of one person or thing (gold only, optional). */
  entity?: string | undefined;
}

/** One document to evaluate: its text, the gold spans and the predicted spans. */
export interface EvaluationDocument {
  /** Document id (file name). */
  id: string;
  /** The original text. */
  text: string;
  /** Gold spans. */
  gold: readonly EvaluationSpan[];
  /** Predicted spans. */
  predicted: readonly EvaluationSpan[];
}

/** Precision, recall and F2 with the counts behind them. */
export interface Scores {
  /** True positives. */
  tp: number;
  /** False positives. */
  fp: number;
  /** False negatives. */
  fn: number;
  /** tp / (tp + fp), or 1 when nothing was predicted. */
  precision: number;
  /** tp / (tp + fn), or 1 when nothing was expected. */
  recall: number;
  /** F-beta with beta = 2 (recall weighs four times as much as precision). */
  f2: number;
}

/** All figures of an evaluation. */
export interface EvaluationReport {
  /** Mention recall per category: a gold mention counts as caught when every non-space character lies in some
   * predicted span of any category (the corpus guideline's measure). */
  mentionRecall: Partial<Record<SpanCategory, Scores>>;
  /** Strict entity-level scores per category: exact (start, end, category) match. */
  strict: Partial<Record<SpanCategory, Scores>> & { all?: Scores };
  /** Token-level scores per category (a word token is labelled with the category of the span it overlaps). */
  token: Partial<Record<SpanCategory, Scores>>;
  /** Type-agnostic ("blind") token scores: was the token redacted at all? */
  tokenBlind: Scores;
  /** Per document: gold mentions left completely untouched (no predicted span overlaps them). */
  leaks: Array<{ id: string; leaked: number; mentions: number; texts: string[] }>;
  /** Share of documents with at least one leaked mention. */
  documentLeakRate: number;
  /** Occurrences of keep-list terms (outside gold EMAIL/URL spans) that a predicted span touches. */
  keepRemoved: Array<{ id: string; term: string; start: number }>;
  /** Predicted tokens outside any gold span, for error analysis. */
  falsePositiveTokens: Array<{ id: string; text: string; start: number }>;
}

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
  return { tp, fp, fn, precision, recall, f2 };
}

const WORD = /[\p{L}\p{M}\d]+/gu;

function labelAt(spans: readonly EvaluationSpan[], start: number, end: number): SpanCategory | null {
  for (const s of spans) if (s.start < end && start < s.end) return s.category;
  return null;
}

/**
 * Evaluate predicted spans against gold spans: mention recall per category, strict entity P/R/F2, token-level
 * typed and blind P/R/F2, leaks per document and keep-list over-redaction.
 */
export function evaluateAnonymisation(
  documents: readonly EvaluationDocument[],
  options?: { keep?: readonly string[] | null } | null,
): EvaluationReport {
  const keep = options?.keep ?? [];
  const mention = new Map<SpanCategory, { caught: number; total: number }>();
  const strictCounts = new Map<SpanCategory | "all", { tp: number; fp: number; fn: number }>();
  const tokenCounts = new Map<SpanCategory, { tp: number; fp: number; fn: number }>();
  const blind = { tp: 0, fp: 0, fn: 0 };
  const leaks: EvaluationReport["leaks"] = [];
  const keepRemoved: EvaluationReport["keepRemoved"] = [];
  const falsePositiveTokens: EvaluationReport["falsePositiveTokens"] = [];
  const bump = (
    map: Map<SpanCategory | "all", { tp: number; fp: number; fn: number }>,
    key: SpanCategory | "all",
    field: "tp" | "fp" | "fn",
  ) => {
    const entry = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    entry[field]++;
    map.set(key, entry);
  };
  for (const doc of documents) {
    const covered = new Uint8Array(doc.text.length);
    for (const p of doc.predicted) covered.fill(1, p.start, p.end);
    const leaked: string[] = [];
    for (const g of doc.gold) {
      const m = mention.get(g.category) ?? { caught: 0, total: 0 };
      m.total++;
      let ok = true;
      let touched = false;
      for (let i = g.start; i < g.end; i++) {
        if (covered[i]) touched = true;
        else if (!/\s/.test(doc.text[i]!)) ok = false;
      }
      if (ok) m.caught++;
      if (!touched) leaked.push(doc.text.slice(g.start, g.end));
      mention.set(g.category, m);
    }
    leaks.push({ id: doc.id, leaked: leaked.length, mentions: doc.gold.length, texts: leaked });
    const goldKeys = new Set(doc.gold.map((g) => `${g.start}:${g.end}:${g.category}`));
    const predKeys = new Set(doc.predicted.map((p) => `${p.start}:${p.end}:${p.category}`));
    for (const g of doc.gold) {
      const hit = predKeys.has(`${g.start}:${g.end}:${g.category}`);
      bump(strictCounts, g.category, hit ? "tp" : "fn");
      bump(strictCounts, "all", hit ? "tp" : "fn");
    }
    for (const p of doc.predicted) {
      if (!goldKeys.has(`${p.start}:${p.end}:${p.category}`)) {
        bump(strictCounts, p.category, "fp");
        bump(strictCounts, "all", "fp");
      }
    }
    for (const w of doc.text.matchAll(WORD)) {
      const s = w.index!;
      const e = s + w[0].length;
      const gold = labelAt(doc.gold, s, e);
      const pred = labelAt(doc.predicted, s, e);
      if (gold && pred) blind.tp++;
      else if (pred) {
        blind.fp++;
        falsePositiveTokens.push({ id: doc.id, text: w[0], start: s });
      } else if (gold) blind.fn++;
      if (gold && pred === gold) bump(tokenCounts as never, gold, "tp");
      else {
        if (gold) bump(tokenCounts as never, gold, "fn");
        if (pred) bump(tokenCounts as never, pred, "fp");
      }
    }
    const exempt = doc.gold.filter((g) => g.category === "EMAIL" || g.category === "URL");
    for (const k of keepRegions(doc.text, keep)) {
      if (exempt.some((g) => g.start <= k.start && k.end <= g.end)) continue;
      if (doc.predicted.some((p) => p.start < k.end && k.start < p.end)) {
        keepRemoved.push({ id: doc.id, term: doc.text.slice(k.start, k.end), start: k.start });
      }
    }
  }
  const mentionRecall: EvaluationReport["mentionRecall"] = {};
  const strict: EvaluationReport["strict"] = {};
  const token: EvaluationReport["token"] = {};
  for (const c of SPAN_CATEGORIES) {
    const m = mention.get(c);
    if (m) mentionRecall[c] = scores(m.caught, 0, m.total - m.caught);
    const s = strictCounts.get(c);
    if (s) strict[c] = scores(s.tp, s.fp, s.fn);
    const t = tokenCounts.get(c);
    if (t) token[c] = scores(t.tp, t.fp, t.fn);
  }
  const all = strictCounts.get("all");
  if (all) strict.all = scores(all.tp, all.fp, all.fn);
  return {
    mentionRecall,
    strict,
    token,
    tokenBlind: scores(blind.tp, blind.fp, blind.fn),
    leaks,
    documentLeakRate: documents.length === 0 ? 0 : leaks.filter((l) => l.leaked > 0).length / documents.length,
    keepRemoved,
    falsePositiveTokens,
  };
}
