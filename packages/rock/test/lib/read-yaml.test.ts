import type { Message } from "@verlicht/core";
import { describe, expect, it } from "vitest";
import { parseSource, readCodebook, readDct, rockMessages, YAML_MAX_DEPTH } from "../../src/index.js";

const line = (m: Message | undefined) =>
  m?.place ? ("start" in m.place ? m.place.start.line : m.place.line) : undefined;

function cpu(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

const BOMB = [
  "a: &a [x, x, x, x, x, x, x, x, x]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
  "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
].join("\n");

/** YAML that made the YAML library throw or run for seconds, with the rule and line of the message. */
const BAD: Array<[string, string, string, number]> = [
  ["an alias to no anchor", "ROCK_attributes:\n  - caseId: 1\n    rol: *nergens", "invalid-yaml", 3],
  ["a merge key on a scalar", "ROCK_attributes:\n  - caseId: 1\n    <<: 5", "invalid-yaml", 3],
  ["a merge key on a list of scalars", "base: &b [1, 2]\nROCK_attributes:\n  - <<: *b", "invalid-yaml", 3],
  ["an alias bomb", BOMB, "yaml-alias-limit", 1],
  ["deeply nested complex keys", "? ".repeat(256), "yaml-too-deep", 1],
  ["deeply nested flow lists", "a: " + "[".repeat(5000), "yaml-too-deep", 1],
  [
    "deeply nested block maps",
    Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}a:`).join("\n"),
    "yaml-too-deep",
    65,
  ],
  ["a list as a key", "? [a, b]\n: 1", "invalid-yaml", 1],
];

describe("YAML fragments never throw", () => {
  for (const [name, yaml, ruleId, at] of BAD) {
    it(`should report ${name} with a position, in a source, a codebook and a DCT`, () => {
      const source = `eerste regel\n---\n${yaml}\n---\nlaatste regel [[code]]\n`;
      let parsed: ReturnType<typeof parseSource> | undefined;
      const t = cpu(() => {
        parsed = parseSource(source, { sourceId: "s" });
      });
      expect(t).toBeLessThan(500);
      const m = parsed!.messages.find((x) => x.ruleId === ruleId);
      expect(m, JSON.stringify(parsed!.messages)).toBeDefined();
      expect(m?.severity).toBe("error");
      // Line 2 is the opening ---, so fragment line k is source line k + 2.
      expect(line(m)).toBe(at + 2);
      expect(parsed!.value.utterances.at(-1)?.codes).toEqual(["code"]);
      expect(readCodebook(yaml).messages.map((x) => x.ruleId)).toContain(ruleId);
      expect(readDct(`---\n${yaml}\n---\n`).messages.map((x) => x.ruleId)).toContain(ruleId);
    });
  }

  it("should read readDct('? '.repeat(256)) in well under a second", () => {
    expect(cpu(() => readDct("? ".repeat(256)))).toBeLessThan(200);
  });

  it("should still read sane YAML, nesting included, up to the depth limit", () => {
    const nested = Array.from({ length: YAML_MAX_DEPTH - 4 }, (_, i) => `${" ".repeat(i)}a${i}:`).join("\n");
    const { value, messages } = readCodebook(`${nested} 1\n`);
    expect(messages).toEqual([]);
    expect(value).toBeDefined();
    const ok = parseSource("---\nROCK_attributes:\n  - caseId: 1\n    rol: 'it''s [[ok]]'\n    <<: {x: 1}\n---\n");
    expect(ok.messages).toEqual([]);
    expect(ok.value.attributes).toEqual([{ caseId: "1", rol: "it's [[ok]]", x: "1" }]);
  });

  it("should word the messages in Dutch when asked, with the same rule ids", () => {
    const en = parseSource("---\na: *x\n---\n");
    const nl = parseSource("---\na: *x\n---\n", { locale: "nl" });
    expect(nl.messages.map((m) => m.ruleId)).toEqual(en.messages.map((m) => m.ruleId));
    expect(nl.messages[0]?.reason).not.toBe(en.messages[0]?.reason);
    expect(nl.messages[0]?.reason).toBe(rockMessages.format("invalid-yaml", nl.messages[0]?.params, "nl"));
  });
});
