import { describe, expect, it } from "vitest";
import { simulate } from "../../src/lib/prioritise/simulate.js";
import { fictionalSet } from "./fictional-records.js";

describe("simulate", () => {
  const { records, labels } = fictionalSet(300, 20);

  it("should find the relevant records far sooner than random order", () => {
    const result = simulate(records, labels, { seed: 1 });
    expect(result.wss95).toBeGreaterThan(0.6);
    expect(result.rrf10).toBeGreaterThan(0.5);
    expect(result.atd).toBeLessThan(0.15);
  });

  it("should leave the priors out of the metrics and the order", () => {
    const result = simulate(records, labels, { seed: 2 });
    expect(result.n).toBe(298);
    expect(result.relevant).toBe(19);
    expect(labels[result.priors[0]]).toBe(1);
    expect(labels[result.priors[1]]).toBe(0);
    expect(result.order).toHaveLength(298);
    expect(result.order).not.toContain(result.priors[0]);
    expect(new Set(result.order).size).toBe(298);
    expect(result.recall.at(-1)).toBe(1);
  });

  it("should be reproducible for a seed and draw other priors for another seed", () => {
    const a = simulate(records, labels, { seed: 3 });
    const b = simulate(records, labels, { seed: 3 });
    expect(b.order).toEqual(a.order);
    const others = [4, 5, 6, 7].map((seed) => simulate(records, labels, { seed }).priors.join());
    expect(new Set([a.priors.join(), ...others]).size).toBeGreaterThan(1);
  });

  it("should also run with naive Bayes and with less frequent retraining", () => {
    expect(simulate(records, labels, { seed: 1, model: "naive-bayes" }).wss95).toBeGreaterThan(0.5);
    expect(simulate(records, labels, { seed: 1, retrainEvery: 5 }).wss95).toBeGreaterThan(0.5);
  });

  it("should throw an InvalidArgumentsError without two relevant records or with mismatched lengths", () => {
    expect(() => simulate(["a", "b"], [1, 0])).toThrow(expect.objectContaining({ name: "InvalidArgumentsError" }));
    expect(() => simulate(["a"], [1, 0])).toThrow(/@verlicht\/review\/simulate: /);
  });
});
