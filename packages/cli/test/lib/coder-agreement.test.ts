import { parseSource, type RockSource } from "@verlicht/rock";
import { expect, it } from "vitest";
import { coderAgreement } from "../../src/lib/coder-agreement.js";

// Two fictional coders on three utterances: they agree on `a->b`, disagree on `c->d`. Each source is a real
// ROCK text (uids, a coderId class instance and network codes), parsed by @verlicht/rock.
const source = (coder: string, codes: Array<Array<[string, string]>>): RockSource => {
  const lines = codes.map(
    (c, i) =>
      `[[uid=u${i}]] [[coderId=${coder}]] fictief ${c.map(([from, to]) => `[[${from}->${to}||causal_pos]]`).join(" ")}`,
  );
  const { value, messages } = parseSource(`${lines.join("\n")}\n`, { sourceId: coder });
  expect(messages.filter((m) => m.severity === "error")).toEqual([]);
  return value;
};

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
