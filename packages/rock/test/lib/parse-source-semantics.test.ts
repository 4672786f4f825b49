// rock 0.9.6 semantics on one small FICTIONAL source: persistence, uid handling, weights, section breaks,
// attributes, and a positioned message for every token rock would drop silently.
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/index.js";

const text = `---
ROCK_attributes:
  -
    caseId: 1
    rol: bewoner
---
# a comment
[[uid=73xk6950]] [[cid=1]] Ik ben moe. [[tired->cranky||causal_pos||1]] [[stress]]
[[uid=73xk6951]] Koffie helpt. [[coffee->tired||causal_neg]] [[a->b||causal||-1]] [[intensity||2]]
---<<part>>---
[[uid=73xk6952]] [[ uid=abc ]] [[cid=p-01]] Nog iets. [[geïrriteerd]] [[a->b||causal||0.5]]
`;
const { value, messages } = parseSource(text, { sourceId: "s1" });
const [first, second, third] = value.utterances;

describe("parseSource, rock 0.9.6 semantics", () => {
  it("should make utterances only of lines that are not YAML, comments or section breaks", () => {
    expect(value.sourceId).toBe("s1");
    expect(value.utterances.map((u) => u.line)).toEqual([8, 9, 11]);
    expect(value.sectionBreaks.map((s) => [s.name, s.line])).toEqual([["part", 10]]);
    expect(value.attributes).toEqual([{ caseId: "1", rol: "bewoner" }]);
  });

  it("should carry class instances over to later lines and fill caseId from cid", () => {
    expect(first!.classInstances).toMatchObject({ cid: "1" });
    expect(second!.caseId).toBe("1");
    expect(third!.caseId).toBe("1");
  });

  it("should read network codes with a written weight, and none when the weight is absent or negative", () => {
    expect(first!.networkCodes.map((n) => [n.from, n.to, n.type, n.weight])).toEqual([
      ["tired", "cranky", "causal_pos", 1],
    ]);
    expect(second!.networkCodes.map((n) => n.weight)).toEqual([undefined, undefined]);
    expect(messages.find((m) => m.ruleId === "negative-weight-ignored")?.place).toMatchObject({ start: { line: 9 } });
  });

  it("should read decimal weights, which rock 0.9.6 skips, and say so", () => {
    expect(third!.networkCodes[0]?.weight).toBe(0.5);
    expect(messages.some((m) => m.ruleId === "decimal-weight")).toBe(true);
  });

  it("should keep plain codes and code values apart and strip markup from the text", () => {
    expect(first!.codes).toEqual(["stress"]);
    expect(first!.text).toBe("Ik ben moe.");
    expect(second!.codeValues).toEqual({ intensity: "2" });
    expect(second!.codes).toEqual([]);
  });

  it("should take the uid from [[uid=…]] and treat [[ uid=… ]] with a leading space as a class, dropped", () => {
    expect(value.utterances.map((u) => u.uid)).toEqual(["73xk6950", "73xk6951", "73xk6952"]);
    expect(third!.classInstances).not.toHaveProperty("uid");
    expect(messages.find((m) => m.ruleId === "uid-read-as-class")?.place).toMatchObject({ start: { line: 11 } });
  });

  it("should report, with line and column, tokens rock would drop silently and leave them in the text", () => {
    const invalid = messages.filter((m) => m.ruleId === "invalid-class-instance" || m.ruleId === "invalid-code");
    expect(invalid.map((m) => m.ruleId)).toEqual(["invalid-class-instance", "invalid-code"]);
    for (const m of invalid) {
      expect(m.place).toMatchObject({ start: { line: 11 } });
      const start = m.place && "start" in m.place ? m.place.start : undefined;
      expect(text.slice(start!.offset, start!.offset + 2)).toBe("[[");
    }
    expect(third!.text).toContain("[[geïrriteerd]]");
    expect(third!.caseId).toBe("1");
  });
});
