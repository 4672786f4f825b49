// Random fictional sources: buildNetwork's typed-array counting against a plain, obviously correct count.
import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/index.js";
import { createRng } from "../../src/lib/detect-communities.js";
import { type LineSpec, makeSource } from "../helpers/make-source.js";

describe("buildNetwork on random sources", () => {
  it("should match a naive count of weights, codings, sources, cases and utterances", () => {
    const rng = createRng("random-build");
    const pick = (n: number) => Math.floor(rng() * n);
    const types = ["causal_pos", "causal_neg", "structural"];
    const sources = Array.from({ length: 12 }, (_, s) => {
      const lines: LineSpec[] = Array.from({ length: 15 }, () => ({
        ...(rng() < 0.3 ? { ci: { cid: `p${pick(6)}` } } : {}),
        ...(rng() < 0.2 ? { uid: `shared${pick(5)}` } : rng() < 0.1 ? { uid: null } : {}),
        codes: Array.from({ length: pick(3) }, () => {
          const w = rng() < 0.4 ? `||${1 + pick(3)}` : "";
          return `n${pick(7)}->n${pick(7)}||${types[pick(3)]}${w}`;
        }),
      }));
      return makeSource(`s${s}`, lines);
    });
    // Documents, naively: merge sources that share an utterance (same uid and text) until nothing changes.
    const doc = new Map(sources.map((s) => [s.sourceId, s.sourceId]));
    for (let changed = true; changed; ) {
      changed = false;
      for (const a of sources)
        for (const b of sources) {
          const shared = a.utterances.some((u) =>
            b.utterances.some((v) => u.uid !== null && u.uid === v.uid && u.text === v.text),
          );
          const [da, db] = [doc.get(a.sourceId)!, doc.get(b.sourceId)!];
          if (shared && da !== db) {
            const keep = [da, db].sort()[0]!;
            for (const [k, v] of doc) if (v === da || v === db) doc.set(k, keep);
            changed = true;
          }
        }
    }
    const expected = new Map<string, { weight: number; u: Set<string>; s: Set<string>; c: Set<string>; n: number }>();
    for (const src of sources) {
      for (const u of src.utterances) {
        for (const code of u.networkCodes) {
          const key = `${code.from}->${code.to}||${code.type}`;
          const e = expected.get(key) ?? { weight: 0, u: new Set(), s: new Set(), c: new Set(), n: 0 };
          e.weight += code.weight ?? 1;
          e.n++;
          const d = doc.get(src.sourceId)!;
          e.u.add(u.uid !== null ? `${u.uid}:${u.text}` : `${d}:${u.line}`);
          e.s.add(d);
          e.c.add(u.caseId !== undefined ? `case:${u.caseId}` : `source:${d}`);
          expected.set(key, e);
        }
      }
    }
    const net = buildNetwork(sources);
    expect(net.size).toBe(expected.size);
    for (const [key, e] of expected) {
      const a = net.getEdgeAttributes(key);
      expect([key, a.weight, a.citations.length, a.support]).toEqual([
        key,
        e.weight,
        e.n,
        { citations: e.u.size, sources: e.s.size, cases: e.c.size },
      ]);
    }
  });
});
