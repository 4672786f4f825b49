// Every regular expression in packages/*/src is checked for super-linear backtracking (ReDoS) with recheck
// (pure JavaScript, or its native build from the npm registry; nothing is downloaded at install or run
// time). A new vulnerable pattern fails this test; see regex-known.ts for the reported backlog.
import { fileURLToPath } from "node:url";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { KNOWN_SUPERLINEAR, REVIEWED_SAFE } from "./regex-known.js";
import { collectPatterns } from "./regex-patterns.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("regular expressions in packages/*/src", () => {
  const patterns = collectPatterns(root);

  it("should find the patterns (the collector works)", () => {
    expect(patterns.length).toBeGreaterThan(100);
    expect(patterns.some((p) => p.file.endsWith("rock/src/lib/patterns.ts"))).toBe(true);
  });

  it("should have no super-linear backtracking beyond the reported list", () => {
    const vulnerable = new Map<string, string>();
    for (const p of patterns) {
      // g and y change where matching starts, not how it backtracks.
      const result = checkSync(p.source, p.flags.replace(/[gy]/g, ""), { timeout: 2000 });
      if (result.status !== "vulnerable") continue;
      const key = `${p.file}: /${p.source}/${p.flags}`;
      vulnerable.set(key, `${p.file}:${p.line} ${result.complexity.type}, attack ${result.attack.pattern}`);
    }
    const known = new Set([...KNOWN_SUPERLINEAR, ...Object.keys(REVIEWED_SAFE)]);
    const gone = KNOWN_SUPERLINEAR.filter((k) => !vulnerable.has(k));
    if (gone.length) console.warn(`regex-safety: fixed or moved, remove from regex-known.ts:\n  ${gone.join("\n  ")}`);
    const fresh = [...vulnerable].filter(([key]) => !known.has(key)).map(([, where]) => where);
    expect(fresh).toEqual([]);
  }, 300_000);

  it("should catch a catastrophic pattern (the checker works)", () => {
    expect(checkSync("^(a+)+$", "").status).toBe("vulnerable");
    expect(checkSync(".{3,}(stichting|school)$", "").status).toBe("vulnerable");
    expect(checkSync("^\\d{4}-\\d{2}$", "").status).toBe("safe");
  });
});
