import { describe, expect, it } from "vitest";
import { addCode, parseSource, readTokens } from "../../src/index.js";

/** CPU time of `f` in ms, the least of three runs (the machine is shared). */
function cpu(f: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

const sp = (n: number) => " ".repeat(n);

/** Lines built to make a backtracking pattern try every split of a run (each was slow before). */
const FAMILIES: Array<[string, (n: number) => string]> = [
  ["anchor with a run of spaces", (n) => `--+-{${sp(n)}\t`],
  ["anchor starts without end", (n) => `${"--+-{".repeat(n / 5)}}`],
  ["code with spaces, fast path", (n) => `[[a${sp(n)}x]]`],
  ["code with spaces around a dash, exact path", (n) => `[ [[a${sp(n)}-${sp(n)}x]]`],
  ["code with a digit run", (n) => `[ [[a${"1".repeat(n)}x]]`],
  ["ci code with spaces", (n) => `[ [[ci--a${sp(n)}-${sp(n)}x]]`],
  ["network code with spaces", (n) => `[ [[a->b||t${sp(n)}||1${sp(n)}-${sp(n)}x]]`],
  ["network code with spaces, fast path", (n) => `[[a->b||t${sp(n)}||1${sp(n)}-${sp(n)}x]]`],
  ["class instance with spaces", (n) => `[ [[a${sp(n)}=${sp(n)}x y]]`],
  ["code value starts without end", (n) => `${"[[a||".repeat(n / 5)}]`],
  ["code value with spaces", (n) => `[ [[a||${sp(n)}x${sp(n)}] ]`],
  ["many openings", (n) => "[[".repeat(n)],
  ["many closings", (n) => `[${"]]".repeat(n)}`],
  ["section break with spaces", (n) => `---<<${sp(n)}a`],
  ["comment-like run", (n) => `${sp(n)}x`],
];

/** The time at 2n may be at most 3× the time at n (linear, with room for noise), plus a small floor. */
function expectLinear(f: (n: number) => void, n: number): void {
  f(n); // warm up
  const t1 = cpu(() => f(n));
  const t2 = cpu(() => f(2 * n));
  expect(t2, `t(n)=${t1.toFixed(2)} ms, t(2n)=${t2.toFixed(2)} ms`).toBeLessThan(3 * t1 + 25);
}

describe("parsing time is linear in the line's length", () => {
  for (const [name, make] of FAMILIES) {
    it(`should read "${name}" in linear time`, () => {
      expectLinear((n) => parseSource(make(n)), 4000);
      expectLinear((n) => readTokens(make(n)), 4000);
    });
  }

  it("should read a 3 kB line of spaces inside a token in well under a second", () => {
    const t = cpu(() => parseSource(`[ [[a${sp(1500)}-${sp(1500)}x]]`));
    expect(t).toBeLessThan(200);
  });

  it("should add a code to a line with a long inner run of spaces in linear time", () => {
    expectLinear((n) => {
      const { value } = parseSource(`a${sp(n)}b\n`);
      addCode(value, 0, "zorg");
    }, 20000);
  });
});
