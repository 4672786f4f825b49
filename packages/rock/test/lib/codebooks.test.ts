// All codebooks in this file are fictional, written for these tests.
import { describe, expect, it } from "vitest";
import { readCodebook, readDct, readSpreadsheetCodebook } from "../../src/index.js";

describe("readCodebook", () => {
  it("should read a ROCK_codebook with child_to_parent relationships into a tree", () => {
    const { value, messages } = readCodebook(
      [
        "ROCK_codebook:",
        "  metadata:",
        "    title: Wijkonderzoek",
        "  codes:",
        "  - id: leefbaarheid",
        "    label: Leefbaarheid",
        "    description: Hoe prettig het wonen is.",
        "  - id: veiligheid",
        "    relationships:",
        "    - to_code_id: leefbaarheid",
        "      relationship_type: child_to_parent",
      ].join("\n"),
    );
    expect(messages).toEqual([]);
    expect(value.metadata).toEqual({ title: "Wijkonderzoek" });
    expect(value.trees.map((t) => [t.id, t.description, t.children.map((c) => c.path.join(">"))])).toEqual([
      ["leefbaarheid", "Hoe prettig het wonen is.", ["leefbaarheid>veiligheid"]],
    ]);
  });

  it("should report a code without an id with the fragment's line", () => {
    const { messages } = readCodebook("Tekst\n---\ncodes:\n  - label: zonder id\n---\n", { file: "cb.rock" });
    expect(messages.map((m) => [m.ruleId, m.file, m.place && "start" in m.place ? m.place.start.line : 0])).toEqual([
      ["invalid-codebook", "cb.rock", 2],
    ]);
  });

  it("should report YAML that does not parse with its line", () => {
    const { messages } = readCodebook("codes:\n  - id: a\n   - id: b\n");
    expect(messages[0]?.ruleId).toBe("invalid-yaml");
    expect(messages[0]?.place && "line" in messages[0].place ? messages[0].place.line : 0).toBeGreaterThanOrEqual(2);
  });
});

describe("readDct", () => {
  it("should read the psyverse dialect and ignore nested ids", () => {
    const { value, messages } = readDct(
      [
        "---",
        "dct:",
        "  version: 0.1.0",
        "  id: gewoonte_7zs2xz00",
        "  label: Gewoonte",
        "  source:",
        "    id: boek_2020",
        "  definition:",
        "    definition: Automatisch gedrag.",
        "  aspect_code:",
        "    instruction: Uitingen over automatisme.",
        "  measure_dev: Vragenlijst.",
        "  rel:",
        "    - id: gedrag_7zs2xz01",
        "      type: causal_influences_positive",
        "---",
      ].join("\n"),
    );
    expect(messages).toEqual([]);
    const [d] = value.dcts;
    expect(d?.dialect).toBe("psyverse");
    expect(d?.definition).toBe("Automatisch gedrag.");
    expect(d?.instructions).toEqual({ aspect_code: "Uitingen over automatisme.", measure_dev: "Vragenlijst." });
    expect(d?.relations).toEqual([{ to: "gedrag_7zs2xz01", type: "causal_influences_positive" }]);
    expect(value.codes.map((c) => c.id)).toEqual(["gewoonte_7zs2xz00"]);
  });

  it("should read the legacy dialect with def, instr and parentId", () => {
    const { value } = readDct(
      [
        "---",
        "dct:",
        "  -",
        "    id: houding_x1",
        "    def:",
        "      def: Een neiging.",
        "      id: pp. 12",
        "    measure_code:",
        "      instr: Vragen over houding.",
        "    parentId: intentie_x2",
        "  -",
        "    id: intentie_x2",
        "---",
      ].join("\n"),
    );
    expect(value.dcts.map((d) => [d.id, d.dialect, d.definition, d.instructions.measure_code ?? ""])).toEqual([
      ["houding_x1", "legacy", "Een neiging.", "Vragen over houding."],
      ["intentie_x2", "psyverse", "", ""],
    ]);
    expect(value.trees.map((t) => [t.id, t.children.map((c) => c.id)])).toEqual([["intentie_x2", ["houding_x1"]]]);
  });
});

describe("readSpreadsheetCodebook", () => {
  it("should read the codes, relationships, examples and metadata sheets", () => {
    const { value, messages } = readSpreadsheetCodebook({
      codes:
        'code_id,code_label,code_description,code_instruction\nzorg,Zorg,"Zorg, breed",Codeer zorg\nmantelzorg,Mantelzorg,,\n',
      relationships: "from_code_id;to_code_id;relationship_type\nzorg;mantelzorg;parent_to_child\n",
      examples: "code_id,example_fragment,hit_or_miss,core_or_edge\nmantelzorg,Ik help mijn moeder,hit,core\n",
      metadata: "field,content\ntitle,Testboek\n",
    });
    expect(messages).toEqual([]);
    expect(value.metadata).toEqual({ title: "Testboek" });
    expect(value.trees.map((t) => [t.id, t.label, t.description, t.children.map((c) => c.id)])).toEqual([
      ["zorg", "Zorg", "Zorg, breed", ["mantelzorg"]],
    ]);
    expect(value.codes[1]?.data.examples).toEqual([
      { example_fragment: "Ik help mijn moeder", hit_or_miss: "hit", core_or_edge: "core" },
    ]);
  });

  it("should report a missing column and an unknown code with their CSV lines", () => {
    const { messages } = readSpreadsheetCodebook({
      codes: "code_id\nzorg\n",
      relationships: "from_code_id,to_code_id,relationship_type\nzorg,onbekend,parent_to_child\n",
      examples: "code\nzorg\n",
    });
    expect(messages.map((m) => [m.ruleId, m.place && "line" in m.place ? m.place.line : 0])).toEqual([
      ["unknown-parent-code", 2],
      ["invalid-csv", 1],
    ]);
  });
});
