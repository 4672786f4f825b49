import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { makeRockProjectConfig, readRockProject, readRockProjectZip, writeRockProject } from "../../src/index.js";
import { fixture, readTree } from "./helpers.js";

describe("ROCK projects", () => {
  it("should read a _ROCKproject.yml folder: validated config, sources chosen by its patterns, recursively", () => {
    const { value, messages } = readRockProject(readTree(fixture("project-two-coders")));
    expect(messages.filter((m) => m.severity === "error")).toEqual([]);
    expect(value.config?._ROCKproject.project.title).toBe("Buurtgesprekken (fictief)");
    expect(value.sourceFiles).toEqual([
      "data/codebook.rock",
      "data/gesprek1-a.rock",
      "data/gesprek1-b.rock",
      "data/sub/gesprek2.rock",
    ]);
    expect(value.sources.attributes.map((a) => a.caseId)).toEqual(["p01", "p02"]);
  });

  it("should write a .ROCKproject ZIP and read the same project back", () => {
    const tree = readTree(fixture("project-two-coders"));
    const { value } = readRockProject(tree);
    const files = Object.fromEntries(Object.entries(tree).filter(([k]) => k !== "_ROCKproject.yml"));
    const zip = writeRockProject({ config: value.config!, files });
    expect(Object.keys(unzipSync(zip))).toContain("_ROCKproject.yml");
    expect(writeRockProject({ config: value.config!, files })).toEqual(zip);
    const back = readRockProjectZip(zip);
    expect(back.value.sourceFiles).toEqual(value.sourceFiles);
    expect(back.value.config).toEqual(value.config);
  });

  it("should report an invalid _ROCKproject.yml, a missing one, a bad pattern and a file that is not a ZIP", () => {
    const bad = readRockProject({
      "_ROCKproject.yml": "_ROCKproject:\n  project:\n    authorIds:\n      - orcid: 12-34\n",
      "a.rock": "x\n",
    });
    expect(bad.messages.map((m) => m.ruleId)).toContain("invalid-project");
    expect(readRockProject({ "a.rock": "x\n" }).messages.map((m) => m.ruleId)).toEqual(["invalid-project"]);
    const pattern = readRockProject({
      "_ROCKproject.yml": "_ROCKproject:\n  project: {title: x}\n  sources:\n    regex: '('\n",
      "a.rock": "x\n",
    });
    expect(pattern.messages.map((m) => m.ruleId)).toEqual(["invalid-project"]);
    expect(readRockProjectZip(strToU8("PK no zip")).messages.map((m) => m.ruleId)).toEqual(["invalid-project"]);
    const yamlBomb = zipSync({ "_ROCKproject.yml": strToU8("a: *nothing\n") });
    expect(readRockProjectZip(yamlBomb).messages.map((m) => m.ruleId)).toEqual(["invalid-yaml", "invalid-project"]);
  });

  it("should make a new configuration that validates", () => {
    const config = makeRockProjectConfig({ title: "Nieuw", date: "2026-01-01 00:00:00 UTC" });
    const zip = writeRockProject({ config, files: { "data/a.rock": "Hallo [[groet]]\n" } });
    expect(readRockProjectZip(zip).value.sourceFiles).toEqual(["data/a.rock"]);
  });

  const shared = join(process.env.VERLICHT_SHARED ?? "/work/shared", "data", "rock-examples", "ROCKprojects");
  it.skipIf(!existsSync(shared))("should read rock's own example project, as a ZIP and as a folder", () => {
    const zip = readRockProjectZip(new Uint8Array(readFileSync(join(shared, "example1.ROCKproject"))));
    expect(zip.value.sourceFiles).toHaveLength(34);
    expect(zip.value.config?._ROCKproject.project.ROCK_version).toBe("1");
    const folder = readRockProject(readTree(join(shared, "exportable-ROCKproject-1")));
    expect(folder.value.sourceFiles).toHaveLength(34);
    expect(folder.messages.filter((m) => m.ruleId === "invalid-project")).toEqual([]);
  });
});
