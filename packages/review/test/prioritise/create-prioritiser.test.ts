import { describe, expect, it } from "vitest";
import { createPrioritiser, rank } from "../../src/lib/prioritise/create-prioritiser.js";
import { fictionalSet } from "./fictional-records.js";

describe("createPrioritiser", () => {
  const { records, labels } = fictionalSet(200, 20);
  const partial = labels.map((l, i) => (i < 60 ? l : null));

  it("should rank only the unlabelled records, the relevant-looking ones first", () => {
    const prioritiser = createPrioritiser(records);
    const { order, scores } = prioritiser.rank(partial);
    expect(order).toHaveLength(140);
    expect(order.every((i) => i >= 60)).toBe(true);
    expect(scores).toHaveLength(200);
    const top = order.slice(0, 14);
    expect(top.filter((i) => labels[i] === 1).length).toBeGreaterThanOrEqual(12);
  });

  it("should give the same top of the ranking after warm retrains as a fresh prioritiser", () => {
    const warm = createPrioritiser(records);
    for (const k of [10, 30, 50, 60]) warm.rank(labels.map((l, i) => (i < k ? l : null)));
    const fresh = createPrioritiser(records).rank(partial);
    const again = warm.rank(partial);
    expect(new Set(again.order.slice(0, 10))).toEqual(new Set(fresh.order.slice(0, 10)));
  });

  it("should handle a changed label and a withdrawn label", () => {
    const prioritiser = createPrioritiser(records);
    prioritiser.rank(partial);
    const changed = partial.map((l, i) => (i === 0 ? (l === 1 ? 0 : 1) : i === 1 ? null : l));
    const fresh = createPrioritiser(records).rank(changed);
    const warm = prioritiser.rank(changed);
    expect(warm.order).toContain(1);
    expect(new Set(warm.order.slice(0, 10))).toEqual(new Set(fresh.order.slice(0, 10)));
  });

  it("should return a seeded random order until both classes are labelled", () => {
    const only = labels.map((l, i) => (i < 3 && l === 0 ? 0 : null));
    const a = rank(records, only, { seed: 1 });
    const b = rank(records, only, { seed: 1 });
    const c = rank(records, only, { seed: 2 });
    expect(a.order).toEqual(b.order);
    expect(a.order).not.toEqual(c.order);
  });

  it("should throw an InvalidArgumentsError for a label array of the wrong length or a bad model", () => {
    const prioritiser = createPrioritiser(records);
    expect(() => prioritiser.rank([1, 0])).toThrow(expect.objectContaining({ name: "InvalidArgumentsError" }));
    // @ts-expect-error testing a wrong model on purpose
    expect(() => createPrioritiser(records, { model: "forest" })).toThrow(/@verlicht\/review\/createPrioritiser: /);
  });
});
