import { describe, expect, it } from "vitest";
import { InvalidArgumentsError } from "../../src/lib/errors.js";
import { decodeUid, encodeUid, generateUids, isUid, SQUID_ALPHABET } from "../../src/lib/squid.js";

describe("SQUIDs", () => {
  // Reference values from the squids R package documentation and rock-format.md (decoded with the same alphabet).
  it.each([
    ["73xk6950", "2019-06-02T10:13:22.500Z"],
    ["7zs2xyfy", "2025-05-25T09:35:46.180Z"],
    ["zzzzzzzz", "2177-11-28T11:59:59.990Z"],
  ])("should decode %s to %s", (uid, iso) => {
    expect(decodeUid(uid).date.toISOString()).toBe(iso);
  });

  it("should use the 30-character alphabet without vowels and without v", () => {
    expect(SQUID_ALPHABET).toHaveLength(30);
    expect(SQUID_ALPHABET).not.toMatch(/[aeiouv]/);
  });

  it("should encode and decode as inverse functions", () => {
    for (const cs of [0, 1, 29, 30, 123_456_789, 30 ** 8 - 1]) {
      expect(decodeUid(encodeUid(cs)).centiseconds).toBe(cs);
    }
    expect(encodeUid(0)).toBe("00000000");
  });

  it("should generate consecutive identifiers from an origin, rounding to centiseconds", () => {
    const uids = generateUids(3, { origin: new Date("2019-06-02T10:13:22.504Z") });
    expect(uids).toEqual(["73xk6950", "73xk6951", "73xk6952"]);
  });

  it("should accept an origin in milliseconds", () => {
    expect(generateUids(1, { origin: Date.parse("2019-06-02T10:13:22.500Z") })).toEqual(["73xk6950"]);
  });

  it("should continue after the highest followed identifier, ignoring the origin", () => {
    expect(generateUids(2, { follow: ["73xk6951", "73xk6950"], origin: 0 })).toEqual(["73xk6952", "73xk6953"]);
    expect(generateUids(1, { follow: "73xk6950", followBy: 30 })).toEqual(["73xk6960"]);
  });

  it("should produce sortable identifiers that sort in time order", () => {
    const early = generateUids(1, { origin: new Date("2020-01-01T00:00:00Z") })[0]!;
    const late = generateUids(1, { origin: new Date("2024-01-01T00:00:00Z") })[0]!;
    expect(early < late).toBe(true);
  });

  it("should default the origin to now", () => {
    const before = Math.round(Date.now() / 10);
    const [uid] = generateUids(1);
    const after = Math.round(Date.now() / 10);
    const cs = decodeUid(uid!).centiseconds;
    expect(cs).toBeGreaterThanOrEqual(before);
    expect(cs).toBeLessThanOrEqual(after);
  });

  it("should return an empty list for zero identifiers", () => {
    expect(generateUids(0)).toEqual([]);
  });

  it.each([[-1], [1.5], [Number.NaN]])("should throw a typed error for the count %s", (n) => {
    expect(() => generateUids(n)).toThrow(InvalidArgumentsError);
  });

  it("should refuse a sequence that runs past zzzzzzzz", () => {
    expect(() => generateUids(2, { follow: "zzzzzzzy" })).toThrow(/zzzzzzzz/);
  });

  it("should refuse invalid followBy and origin values", () => {
    expect(() => generateUids(1, { follow: "73xk6950", followBy: 0 })).toThrow(InvalidArgumentsError);
    expect(() => generateUids(1, { origin: new Date("nonsense") })).toThrow(InvalidArgumentsError);
  });

  it.each([["73xk695"], ["73xk695a"], ["73XK6950"], ["73xk6950 "], [""]])("should reject %j as a SQUID", (value) => {
    expect(isUid(value)).toBe(false);
    expect(() => decodeUid(value)).toThrow(InvalidArgumentsError);
  });

  it("should refuse to encode negative or fractional centiseconds", () => {
    expect(() => encodeUid(-1)).toThrow(InvalidArgumentsError);
    expect(() => encodeUid(1.5)).toThrow(InvalidArgumentsError);
    expect(() => encodeUid(30 ** 8)).toThrow(InvalidArgumentsError);
  });
});
