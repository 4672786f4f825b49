// All sources in this file are fictional, written for these tests.
import { describe, expect, it } from "vitest";
import { joinAttributes, parseSources } from "../../src/index.js";

describe("parseSources", () => {
  it("should report uids used in two sources with the line in the second", () => {
    const { messages } = parseSources([
      { sourceId: "a", text: "[[uid=7zs2xyfy]] Een.\n" },
      { sourceId: "b", text: "Hallo.\n[[uid=7zs2xyfy]] Twee.\n" },
    ]);
    expect(messages.map((m) => [m.ruleId, m.file, m.place && "start" in m.place ? m.place.start.line : 0])).toEqual([
      ["duplicate-uid-across-sources", "b", 2],
    ]);
  });

  it("should join attributes over sources and resolve parents defined in another file", () => {
    const { value, messages } = parseSources({
      "codebook.rock": "---\ncodes:\n  - id: zorg\n---\n",
      "extra.dct":
        "---\ndct:\n  - id: mantelzorg_73dnt5z5\n    label: Mantelzorg\n    parentId: zorg\n    source:\n      id: ISBN\n---\n",
      "attr.rock": "---\nROCK_attributes:\n  - caseId: p1\n    rol: bewoner\n  - caseId: p1\n    rol: ambtenaar\n---\n",
      "int.rock": "[[cid=p1]] Ik zorg voor mijn moeder. [[mantelzorg_73dnt5z5>moeder]]\n",
    });
    expect(messages.map((m) => m.ruleId)).toEqual(["attribute-conflict"]);
    expect(value.attributes).toEqual([{ caseId: "p1", rol: "bewoner" }]);
    const u = value.sources[3]!.utterances[0]!;
    expect(joinAttributes(u.classInstances, value.attributes)).toEqual({ rol: "bewoner" });
    const zorg = value.codeTrees.merged.find((n) => n.id === "zorg")!;
    expect(zorg.children.map((c) => c.id)).toEqual(["mantelzorg_73dnt5z5"]);
    expect(zorg.children[0]!.children.map((c) => c.id)).toEqual(["moeder"]);
    expect(value.codeTrees.deductive.flatMap((n) => [n.id, ...n.children.map((c) => c.id)])).not.toContain("ISBN");
  });
});
