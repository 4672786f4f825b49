// Runs every folder under test/fixtures/ (fictional sources): the parse, projected to the fields that
// matter, must equal expected.json, and writing the parse back must give the input byte for byte.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseSource, serializeSource } from "../../src/index.js";
import type { RockSource } from "../../src/lib/types.js";

const root = fileURLToPath(new URL("../fixtures/", import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, "input.rock")))
  .map((d) => d.name)
  .sort();

function project(value: RockSource, messages: ReturnType<typeof parseSource>["messages"]) {
  const line = (p: unknown) =>
    p && typeof p === "object" && "start" in p
      ? (p as { start: { line: number } }).start.line
      : (p as { line?: number } | undefined)?.line;
  const tree = (nodes: RockSource["codeTrees"]["merged"]): unknown =>
    nodes.map((n) =>
      n.children.length > 0 ? { [`${n.id} (${n.origin})`]: tree(n.children) } : `${n.id} (${n.origin})`,
    );
  return {
    utterances: value.utterances.map((u) => ({
      line: u.line,
      uid: u.uid,
      text: u.text,
      ...(u.codes.length ? { codes: u.codes } : {}),
      ...(u.ciCodes.length ? { ciCodes: u.ciCodes } : {}),
      ...(Object.keys(u.codeValues).length ? { codeValues: u.codeValues } : {}),
      ...(u.networkCodes.length
        ? {
            networkCodes: u.networkCodes.map(
              (n) => `${n.from}->${n.to} ${n.type} ${n.weight ?? "-"} @${n.position.start.column}`,
            ),
          }
        : {}),
      ...(Object.keys(u.classInstances).length ? { classInstances: u.classInstances } : {}),
      ...(u.nestingLevel ? { nestingLevel: u.nestingLevel, parentUid: u.parentUid } : {}),
      ...(Object.keys(u.sectionCounters).length ? { sectionCounters: u.sectionCounters } : {}),
      ...(u.anchors.length ? { anchors: u.anchors.map((a) => a.value) } : {}),
      ...(u.inDataTable ? {} : { inDataTable: false }),
    })),
    sectionBreaks: value.sectionBreaks.map((s) => `${s.name}@${s.line}`),
    comments: value.comments.map((c) => c.line),
    attributes: value.attributes,
    yaml: value.yaml.map((y) => ({ containers: y.containers, lines: [y.position.start.line, y.position.end.line] })),
    codeTrees: { deductive: tree(value.codeTrees.deductive), merged: tree(value.codeTrees.merged) },
    messages: messages.map(
      (m) => `${m.severity} ${m.ruleId} @${line(m.place) ?? "-"}${m.actual ? ` ${m.actual}` : ""}`,
    ),
  };
}

describe("fixtures", () => {
  it.each(cases)("should parse %s as expected and write it back byte for byte", async (name) => {
    const text = readFileSync(join(root, name, "input.rock"), "utf8");
    const { value, messages } = parseSource(text, { sourceId: name });
    await expect(`${JSON.stringify(project(value, messages), null, 2)}\n`).toMatchFileSnapshot(
      join(root, name, "expected.json"),
    );
    expect(serializeSource(value)).toBe(text);
  });
});
