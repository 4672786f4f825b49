import type { Message, ParseResult } from "@verlicht/core";
import {
  type AgreementResult,
  cohensKappa,
  errorPrefix,
  InvalidArgumentsError,
  krippendorffAlpha,
} from "@verlicht/core";

/** A statistic of core as this package reports it: the number, or null when it is undefined. */
const orNull = (r: AgreementResult): number | null => (Number.isFinite(r.value) ? r.value : null);

import { withRawLines } from "./edit-utterance.js";
import { rockMessage } from "./messages.js";
import type { RockSource } from "./types.js";

/** Options of {@link mergeCoders}. */
export interface MergeCodersOptions {
  /** Coder of each source, by position, for sources without `[[coderId=…]]` (default: the source id). */
  coderIds?: ReadonlyArray<string> | undefined;
  /** Index of the source whose text the merged source keeps (default 0, rock's primary source). */
  primary?: number | undefined;
}

/** Defaults of {@link MergeCodersOptions}. */
export const DEFAULT_MERGE_CODERS_OPTIONS: Readonly<{ primary: number }> = { primary: 0 };

/** One utterance (by uid) as coded by every coder. */
export interface MergedUtterance {
  /** The uid. */
  uid: string;
  /** Text of the utterance (from the first source that has it). */
  text: string;
  /** Codes per coder, as written; network codes appear as `from->to||type`. */
  codesByCoder: Record<string, string[]>;
  /** Union of all coders' codes, in first-seen order (network codes as `from->to||type`). */
  codes: string[];
  /** For each network-code key (`from->to||type`), the token as first written, used to merge it. */
  networkTokens: Record<string, string>;
}

/** Agreement on one code. */
export interface CodeAgreement {
  /** The code as written. */
  code: string;
  /** Units (uids seen by every coder) compared. */
  units: number;
  /** How many units each coder applied the code to. */
  counts: Record<string, number>;
  /** Share of units on which all coders agree (present or absent). */
  percentAgreement: number;
  /** Cohen's kappa (mean over coder pairs when there are more than two); null when undefined. */
  kappa: number | null;
  /** Cohen's kappa per coder pair. */
  pairs: Array<{ a: string; b: string; kappa: number | null }>;
  /** Krippendorff's alpha (nominal) for this code; null when undefined. */
  alpha: number | null;
}

/** Result of {@link mergeCoders}. */
export interface MergedCoders {
  /** Coder ids in first-seen order. */
  coders: string[];
  /** Every uid with each coder's codes. */
  utterances: MergedUtterance[];
  /** Per-code agreement, sorted by code. */
  agreement: CodeAgreement[];
  /** Krippendorff's alpha over all codes (each uid × code is a unit); null when undefined. */
  alpha: number | null;
  /** The primary source with the other coders' codes added to its lines (rock's `merge_sources`). */
  merged: RockSource;
}

/**
 * Merge the codings of several coders of the same transcript, matched by uid, and measure how well
 * they agree (rock's `merge_sources` merges but measures nothing). A coder is taken from
 * `[[coderId=…]]` on the lines, else from `options.coderIds`, else from the source id.
 *
 * @param sources Parsed sources (one or more per coder), or the result of `parseSources`.
 * @param options Coder ids and the primary source.
 * @returns The merge, agreement per code and overall, and messages.
 * @throws {InvalidArgumentsError} when no sources are given.
 */
export function mergeCoders(
  sources: ReadonlyArray<RockSource> | { sources: ReadonlyArray<RockSource> },
  options?: MergeCodersOptions | null,
): ParseResult<MergedCoders> {
  const list = Array.isArray(sources) ? sources : (sources as { sources: RockSource[] })?.sources;
  if (!Array.isArray(list) || list.length === 0) {
    throw new InvalidArgumentsError(`${errorPrefix("rock", "mergeCoders")}expected one or more parsed sources`);
  }
  const messages: Message[] = [];
  const coders: string[] = [];
  const seenBy = new Map<string, Set<string>>(); // coder → uids
  const byUid = new Map<string, MergedUtterance>();
  list.forEach((source, i) => {
    let missing = 0;
    for (const u of source.utterances) {
      const coder = u.coderId ?? options?.coderIds?.[i] ?? (source.sourceId || `source${i + 1}`);
      if (u.uid === null) {
        if (u.text !== "" || u.codes.length > 0) missing++;
        continue;
      }
      if (!coders.includes(coder)) coders.push(coder);
      const uids = seenBy.get(coder) ?? new Set<string>();
      seenBy.set(coder, uids);
      uids.add(u.uid);
      const m: MergedUtterance = byUid.get(u.uid) ?? {
        uid: u.uid,
        text: u.text,
        codesByCoder: {},
        codes: [],
        networkTokens: {},
      };
      byUid.set(u.uid, m);
      const own = m.codesByCoder[coder] ?? [];
      m.codesByCoder[coder] = own;
      const keys = [...u.codes];
      for (const n of u.networkCodes) {
        const key = `${n.from}->${n.to}||${n.type}`;
        keys.push(key);
        if (m.networkTokens[key] === undefined) m.networkTokens[key] = n.raw;
      }
      for (const c of keys) {
        if (!own.includes(c)) own.push(c);
        if (!m.codes.includes(c)) m.codes.push(c);
      }
    }
    if (missing > 0) {
      messages.push(
        rockMessage(
          "missing-uid",
          `${missing} coded or non-empty utterances have no uid and cannot be compared`,
          undefined,
          {
            severity: "info",
            file: source.sourceId,
          },
        ),
      );
    }
  });
  const utterances = [...byUid.values()];
  const { agreement, alpha } = measure(coders, seenBy, utterances);
  const merged = mergeIntoPrimary(list, options?.primary ?? DEFAULT_MERGE_CODERS_OPTIONS.primary, byUid);
  return { value: { coders, utterances, agreement, alpha, merged }, messages };
}

function measure(
  coders: string[],
  seenBy: Map<string, Set<string>>,
  utterances: MergedUtterance[],
): { agreement: CodeAgreement[]; alpha: number | null } {
  const shared = utterances.filter((u) => coders.every((c) => seenBy.get(c)?.has(u.uid)));
  const codes = [...new Set(utterances.flatMap((u) => u.codes))].sort();
  const pooled: number[][] = [];
  const agreement = codes.map((code) => {
    const ratings = coders.map((c) => shared.map((u) => (u.codesByCoder[c]?.includes(code) ? 1 : 0)));
    const counts = Object.fromEntries(coders.map((c, i) => [c, ratings[i]!.reduce((s: number, x) => s + x, 0)]));
    const pairs: CodeAgreement["pairs"] = [];
    for (let i = 0; i < coders.length; i++) {
      for (let j = i + 1; j < coders.length; j++) {
        pairs.push({ a: coders[i]!, b: coders[j]!, kappa: orNull(cohensKappa(ratings[i]!, ratings[j]!)) });
      }
    }
    const defined = pairs.map((p) => p.kappa).filter((k): k is number => k !== null);
    const units = utterances.map((u) =>
      coders.filter((c) => seenBy.get(c)?.has(u.uid)).map((c) => (u.codesByCoder[c]?.includes(code) ? 1 : 0)),
    );
    pooled.push(...units);
    let agree = 0;
    for (let k = 0; k < shared.length; k++) if (ratings.every((r) => r[k] === ratings[0]![k])) agree++;
    return {
      code,
      units: shared.length,
      counts,
      percentAgreement: shared.length === 0 ? 0 : agree / shared.length,
      kappa: defined.length === 0 ? null : defined.reduce((s, k) => s + k, 0) / defined.length,
      pairs,
      alpha: orNull(krippendorffAlpha(units)),
    };
  });
  return { agreement, alpha: orNull(krippendorffAlpha(pooled)) };
}

function mergeIntoPrimary(
  list: ReadonlyArray<RockSource>,
  primary: number,
  byUid: Map<string, MergedUtterance>,
): RockSource {
  const source = list[Math.min(Math.max(0, primary), list.length - 1)]!;
  const changes = new Map<number, string>();
  source.utterances.forEach((u, i) => {
    if (u.uid === null) return;
    const merged = byUid.get(u.uid);
    if (!merged) return;
    const own = new Set([...u.codes, ...u.networkCodes.map((n) => `${n.from}->${n.to}||${n.type}`)]);
    const extra = merged.codes.filter((c) => !own.has(c));
    if (extra.length === 0) return;
    const trimmed = u.raw.replace(/[ \t]+$/, "");
    const tokens = extra.map((c) => ` ${merged.networkTokens[c] ?? `[[${c}]]`}`).join("");
    changes.set(i, `${trimmed}${tokens}${u.raw.slice(trimmed.length)}`);
  });
  return withRawLines(source, changes);
}
