// Runs the whole pipeline on a fictional interview (test/fixtures/interview-fictional) with hand-marked gold
// spans, the way the benchmark does on the development corpus.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anonymiseCorpus, evaluateAnonymisation } from "../../src/index.js";

const dir = new URL("../fixtures/interview-fictional/", import.meta.url);
const text = readFileSync(new URL("transcript.txt", dir), "utf8");
const gold = JSON.parse(readFileSync(new URL("gold.json", dir), "utf8"));

describe("fictional interview fixture", () => {
  const { documents } = anonymiseCorpus([{ id: "fictional", text }], { keep: gold.keep });
  const report = evaluateAnonymisation([{ id: "fictional", text, gold: gold.spans, predicted: documents[0]!.spans }], {
    keep: gold.keep,
  });

  it("should catch every marked mention of every category", () => {
    for (const [category, scores] of Object.entries(report.mentionRecall)) {
      expect([category, scores.fn]).toEqual([category, 0]);
    }
    expect(report.leaks[0]!.leaked).toBe(0);
  });

  it("should replace few words that are not personal data and no keep-list term", () => {
    expect(report.tokenBlind.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.keepRemoved).toEqual([]);
  });

  it("should leave no marked text in the output", () => {
    for (const span of gold.spans as Array<{ text: string; category: string }>) {
      if (span.text.length > 3) expect(documents[0]!.text).not.toContain(span.text);
    }
  });
});
