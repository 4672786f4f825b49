import { cohensKappa, krippendorffAlpha } from "@verlicht/core";
import type { RockSource, Utterance } from "@verlicht/rock";

/** Agreement between two coders on the same utterances. */
export interface CoderAgreement {
  /** The two coders compared. */
  coders: [string, string];
  /** Utterances (by uid) both coded. */
  utterances: number;
  /** Krippendorff's alpha (nominal) over every (utterance, code) unit; null when undefined. */
  alpha: number | null;
  /** Cohen's kappa per code (plain code or `from->to||type`), presence vs absence on the shared utterances. */
  kappa: Array<{ code: string; kappa: number | null; a: number; b: number }>;
}

function codesOf(u: Utterance): string[] {
  return [...u.codes, ...u.networkCodes.map((n) => `${n.from}->${n.to}||${n.type}`)];
}

/**
 * Agreement between the first two coders (`coderId`) on the utterances both coded (matched by uid): Cohen's
 * kappa per code on presence/absence, and Krippendorff's alpha over all (utterance, code) units. Used when
 * `@verlicht/rock` offers no `mergeCoders`.
 */
export function coderAgreement(sources: ReadonlyArray<RockSource>): CoderAgreement | undefined {
  const byCoder = new Map<string, Map<string, string[]>>();
  for (const s of sources) {
    for (const u of s.utterances) {
      const coder = u.coderId ?? u.classInstances["coderId"];
      if (!coder || !u.uid) continue;
      if (!byCoder.has(coder)) byCoder.set(coder, new Map());
      byCoder.get(coder)?.set(u.uid, codesOf(u));
    }
  }
  const coders = [...byCoder.keys()].sort();
  if (coders.length < 2) return undefined;
  const [c1 = "", c2 = ""] = coders;
  const a = byCoder.get(c1) as Map<string, string[]>;
  const b = byCoder.get(c2) as Map<string, string[]>;
  const shared = [...a.keys()].filter((uid) => b.has(uid));
  const codes = [...new Set(shared.flatMap((uid) => [...(a.get(uid) ?? []), ...(b.get(uid) ?? [])]))].sort();
  const units: Array<Array<number | null>> = [];
  const kappa = codes.map((code) => {
    const ra: number[] = shared.map((uid) => (a.get(uid)?.includes(code) ? 1 : 0));
    const rb: number[] = shared.map((uid) => (b.get(uid)?.includes(code) ? 1 : 0));
    for (const [i, x] of ra.entries()) units.push([x, rb[i] ?? null]);
    const k = cohensKappa(ra, rb).value;
    return {
      code,
      kappa: Number.isFinite(k) ? k : null,
      a: ra.reduce((n, x) => n + x, 0),
      b: rb.reduce((n, x) => n + x, 0),
    };
  });
  const alpha = units.length ? krippendorffAlpha(units, { level: "nominal" }).value : Number.NaN;
  return { coders: [c1, c2], utterances: shared.length, alpha: Number.isFinite(alpha) ? alpha : null, kappa };
}
