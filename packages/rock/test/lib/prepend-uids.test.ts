// All sources in this file are fictional, written for these tests.
import { describe, expect, it } from "vitest";
import { parseSource, prependUids } from "../../src/index.js";

const origin = new Date("2019-06-02T10:13:22.50Z");

describe("prependUids", () => {
  it("should give only utterance lines a SQUID, leaving comments, YAML, breaks and blank lines alone", () => {
    const text = "---\nROCK_attributes:\n  - caseId: 1\n---\nHallo.\n# notitie\n\n---<<b>>---\n~Dag. [[groet]]\r\n";
    expect(prependUids(text, { origin })).toBe(
      "---\nROCK_attributes:\n  - caseId: 1\n---\n[[uid=73xk6950]] Hallo.\n# notitie\n\n---<<b>>---\n[[uid=73xk6951]] ~Dag. [[groet]]\r\n",
    );
  });

  it("should keep existing uids and continue after the highest one", () => {
    const out = prependUids("[[uid=73xk6950]] Een.\nTwee.\n");
    expect(out).toBe("[[uid=73xk6950]] Een.\n[[uid=73xk6951]] Twee.\n");
    const parsed = parseSource(out);
    expect(parsed.messages).toEqual([]);
    expect(parsed.value.utterances.map((u) => u.uid)).toEqual(["73xk6950", "73xk6951"]);
  });

  it("should follow the uids of another file when asked", () => {
    expect(prependUids("Een.\n", { follow: ["73xk6950", "73xk6959"] })).toBe("[[uid=73xk695b]] Een.\n");
  });

  it("should copy rock's behaviour in rock mode (comments and blank lines get uids too)", () => {
    expect(prependUids("---\na: 1\n---\n# c\n\n", { origin, mode: "rock" })).toBe(
      "---\na: 1\n---\n[[uid=73xk6950]] # c\n[[uid=73xk6951]] \n",
    );
  });
});
