// Review queue, decisions and keep list stored in the key, language guess, KDF range (fictional names).
import { describe, expect, it } from "vitest";
import {
  anonymiseCorpus,
  createKey,
  detectLanguage,
  openKey,
  PBKDF2_ITERATION_RANGE,
  reviewQueue,
  sealKey,
} from "../../src/index.js";

describe("reviewQueue", () => {
  it("should list name-like tokens left unreplaced, uncertain spans and cross-transcript inconsistencies", () => {
    const items = reviewQueue(
      [
        {
          id: "x.txt",
          text: "R: Ik sprak Zwierdina gisteren in Heerlen.",
          spans: [{ start: 0, end: 1, text: "R", confidence: 0.5 }],
        },
      ],
      { keep: ["Heerlen"] },
    );
    expect(items.map((i) => [i.kind, i.text, i.line, i.column])).toEqual([
      ["uncertain", "R", 1, 1],
      ["unreplaced", "Zwierdina", 1, 13],
    ]);
    const inconsistent = reviewQueue([
      { id: "a.txt", text: "R: Fientje belde.", spans: [{ start: 3, end: 10, text: "Fientje", confidence: 0.9 }] },
      { id: "b.txt", text: "R: ik zag fientje niet.", spans: [] },
    ]);
    expect(inconsistent).toMatchObject([{ kind: "inconsistent", file: "b.txt", line: 1, text: "fientje" }]);
  });
});

describe("key-stored keep list and decisions", () => {
  it("should give the same output on a rerun without the keep list and apply review decisions", () => {
    const docs = [{ id: "a.txt", text: "R: Ik werk bij Buurtkamer Zonnewijzer met Quirijntje, en Ploont kwam ook." }];
    const first = anonymiseCorpus(docs, {
      keep: ["Buurtkamer Zonnewijzer"],
      decisions: [{ text: "Ploont", action: "replace" }],
    });
    expect(first.documents[0]!.text).toContain("Buurtkamer Zonnewijzer");
    expect(first.documents[0]!.text).not.toContain("Ploont");
    expect(first.key.keep).toEqual(["Buurtkamer Zonnewijzer"]);
    const again = anonymiseCorpus(docs, { key: first.key });
    expect(again.documents[0]!.text).toBe(first.documents[0]!.text);
  });

  it("should record the real forms behind each person's pseudonym", () => {
    const r = anonymiseCorpus([{ id: "a.txt", text: "R: Ik ben Gonnie Vleugels. Gonnie woont hier." }]);
    const people = r.key.people ?? {};
    expect(Object.values(people).flat()).toEqual(expect.arrayContaining(["Gonnie Vleugels", "Gonnie"]));
  });

  it("should guess the language per transcript", () => {
    expect(detectLanguage("I: Can you tell me what you do and where you live?")).toBe("en");
    expect(detectLanguage("I: Kun je vertellen wat je doet en waar je woont?")).toBe("nl");
    const r = anonymiseCorpus(
      [
        { id: "en.txt", text: "R: We met on Tuesday 4 March with the council and it was fine." },
        { id: "nl.txt", text: "R: We spraken op dinsdag 4 maart met de gemeente en dat was goed." },
      ],
      { language: "auto" },
    );
    expect(r.documents.map((d) => d.spans.filter((s) => s.category === "DATE").map((s) => s.text))).toEqual([
      ["Tuesday 4 March"],
      ["dinsdag 4 maart"],
    ]);
  });
});

describe("surrogates and the key", () => {
  it("should never pick a surrogate that is a real name part recorded in the key", async () => {
    const { getLexicon, normaliseWord } = await import("../../src/lib/lexicon.js");
    const pool = [...getLexicon().surrogateSurnames];
    const free = pool.slice(-2);
    const key = createKey();
    // every other pool surname is the real surname of someone pseudonymised earlier
    pool.slice(0, -2).forEach((n, i) => {
      key.mappings[`last:${normaliseWord(n)}`] = `Xq${i}`;
    });
    const r = anonymiseCorpus([{ id: "a.txt", text: "R: Toen belde meneer Quaedvlieg-Oyen." }], { key });
    const replacement = r.documents[0]!.spans[0]!.replacement;
    for (const part of replacement.split("-")) expect(free.map((f) => surnameCoreOf(f))).toContain(surnameCoreOf(part));
  });
});

function surnameCoreOf(s: string): string {
  return s.split(" ").pop()!.toLowerCase();
}

describe("openKey", () => {
  it("should refuse a sealed key whose iteration count is outside the documented range", async () => {
    const sealed = await sealKey(createKey(), "correct horse battery");
    await expect(
      openKey(
        { ...sealed, kdf: { ...sealed.kdf, iterations: PBKDF2_ITERATION_RANGE.max + 1 } },
        "correct horse battery",
      ),
    ).rejects.toThrow();
    await expect(
      openKey({ ...sealed, kdf: { ...sealed.kdf, iterations: 600_000_000 } }, "correct horse battery"),
    ).rejects.toThrow();
  }, 20_000);
});

describe("anonymiseMessages", () => {
  it("should word a low-confidence span in the asked language under a stable ruleId", async () => {
    const { anonymiseMessages, createAnonymiser, DEFAULT_RECOGNISERS } = await import("../../src/index.js");
    const a = createAnonymiser({ recognisers: DEFAULT_RECOGNISERS });
    const text = "R: Dat heb ik toen via marieke geregeld.";
    const en = a.detect(text, { locale: "en" }).messages;
    const nl = a.detect(text, { locale: "nl" }).messages;
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((m) => m.ruleId === "review-span")).toBe(true);
    expect(nl.map((m) => m.ruleId)).toEqual(en.map((m) => m.ruleId));
    expect(nl[0]!.reason).not.toBe(en[0]!.reason);
    for (const id of anonymiseMessages.ruleIds) {
      expect(anonymiseMessages.tables.nl[id]).toBeDefined();
      expect(anonymiseMessages.tables.en[id]).toBeDefined();
    }
  });
});
