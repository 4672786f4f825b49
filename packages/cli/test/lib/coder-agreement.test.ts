import { expect, it } from "vitest";
import { coderAgreement } from "../../src/lib/coder-agreement.js";
import type { RockSourceLike } from "../../src/lib/libs.js";

// Two fictional coders on three utterances: they agree on `a->b`, disagree on `c->d`.
const utterance = (uid: string, coderId: string, codes: Array<[string, string]>) => ({
  uid,
  text: "fictief",
  line: 1,
  codes: [],
  networkCodes: codes.map(([from, to]) => ({ from, to, type: "causal_pos" })),
  classInstances: { coderId },
  coderId,
});
const source = (coder: string, codes: Array<Array<[string, string]>>): RockSourceLike => ({
  sourceId: coder,
  attributes: [],
  utterances: codes.map((c, i) => utterance(`u${i}`, coder, c)),
});

it("should compute kappa per code on the utterances both coders coded, and alpha over all units", () => {
  const result = coderAgreement([
    source("A", [[["a", "b"]], [["c", "d"]], []]),
    source("B", [[["a", "b"]], [], [["c", "d"]]]),
  ]);
  expect(result?.coders).toEqual(["A", "B"]);
  expect(result?.utterances).toBe(3);
  const byCode = Object.fromEntries(result?.kappa.map((k) => [k.code, k.kappa]) ?? []);
  expect(byCode["a->b||causal_pos"]).toBe(1);
  expect(byCode["c->d||causal_pos"]).toBeCloseTo(-0.5, 10);
  expect(result?.alpha).not.toBeNull();
});

it("should return undefined with fewer than two coders", () => {
  expect(coderAgreement([source("A", [[["a", "b"]]])])).toBeUndefined();
});
