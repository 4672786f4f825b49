import { describe, expect, it } from "vitest";
import { createRng } from "../../src/lib/create-rng.js";

const take = (rng: () => number, n: number) => Array.from({ length: n }, rng);

describe("createRng", () => {
  it("should give the same sequence for the same seed, numbers and text alike", () => {
    expect(take(createRng(7), 5)).toEqual(take(createRng(7), 5));
    expect(take(createRng("7"), 5)).toEqual(take(createRng(7), 5));
    expect(take(createRng("loops"), 3)).toEqual(take(createRng("loops"), 3));
  });

  it("should give different sequences for nearby seeds", () => {
    expect(take(createRng(1), 3)).not.toEqual(take(createRng(2), 3));
    expect(createRng(0)()).not.toBe(createRng(1)());
  });

  it("should stay in [0, 1) and be roughly uniform", () => {
    const values = take(createRng(123), 20_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const buckets = new Array(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)]++;
    for (const b of buckets) expect(Math.abs(b - 2000)).toBeLessThan(200);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });
});
