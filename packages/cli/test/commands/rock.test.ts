import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/lib/run-cli.js";
import { capture } from "../helpers/capture.js";

const here = fileURLToPath(new URL("../fixtures/rock/", import.meta.url));
const project = fileURLToPath(new URL("../../../rock/test/fixtures/project-two-coders/", import.meta.url));
const a = join(here, "a.rock");
const b = join(here, "nested", "deeper", "b.rock");

async function cli(...args: string[]) {
  const io = capture();
  const code = await runCli(["--lang", "en", ...args], io);
  return { code, out: io.out, err: io.err };
}

const temps: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), "verlicht-rock-"));
  temps.push(d);
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("verlicht rock: warnings are printed and give exit 1 in every command that reads sources", () => {
  it("should report a uid shared by two files with both places (rock validate)", async () => {
    const r = await cli("rock", "validate", a, b);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/b\.rock:2:1: warning .*7zs2xy01.*a\.rock.*line 3.*\[rock:duplicate-uid-across-sources\]/);
  });

  for (const command of [
    ["rock", "stats"],
    ["rock", "export"],
    ["rock", "freq"],
    ["network", "build", "--out"],
  ]) {
    it(`should print the unread token [[werk-thuis]] with its place in \`${command.join(" ")}\``, async () => {
      const args = command.at(-1) === "--out" ? [...command, join(temp(), "n.json"), b] : [...command, b];
      const r = await cli(...args);
      expect(r.err).toMatch(/b\.rock:2:\d+: warning .*\[\[werk-thuis\]\].*\[rock:invalid-code\]/);
      expect(r.code).toBe(1);
    });
  }

  it("should count [[ci--understanding]] as a code and [[uiid:…]] as a class", async () => {
    const r = await cli("--json", "rock", "stats", a);
    const json = JSON.parse(r.out);
    expect(json.codes["ci--understanding"]).toBe(1);
    expect(json.sources[0].classes.uiid).toEqual(["familySize_7djdy62d"]);
  });

  it("should read folders recursively (nested/deeper/b.rock is found)", async () => {
    const r = await cli("--json", "rock", "validate", here);
    expect(JSON.parse(r.out).files.map((f: { file: string }) => f.file.slice(here.length))).toEqual([
      "a.rock",
      "empty.rock",
      join("nested", "deeper", "b.rock"),
    ]);
  });

  it("should never overwrite an output with the result of an empty source", async () => {
    const dir = temp();
    for (const [command, out] of [
      [["rock", "export"], "t.csv"],
      [["network", "build"], "n.json"],
    ] as const) {
      const path = join(dir, out);
      writeFileSync(path, "keep me");
      const r = await cli(
        ...command,
        join(here, "empty.rock"),
        "--out",
        path,
        ...(command[0] === "rock" ? ["--force"] : []),
      );
      expect(r.code).toBe(2);
      expect(readFileSync(path, "utf8")).toBe("keep me");
    }
  });
});

describe("verlicht rock export", () => {
  it("should join ROCK_attributes per case and write no blank lines as rows", async () => {
    const dir = temp();
    const out = join(dir, "qdt.csv");
    const r = await cli("rock", "export", join(project, "data"), "--out", out);
    expect(r.code).toBe(0);
    const rows = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(rows[0]).toContain("rol");
    expect(rows[0]).toContain("wijk");
    expect(rows.some((row) => /^[^,]*gesprek2[^,]*,7zs2xy10,.*professional/.test(row))).toBe(true);
    // No blank lines as rows: every row has a uid or text.
    expect(rows.filter((row) => /^[^,]*,,[^,]*,,/.test(row))).toEqual([]);
    expect(rows[0]).toContain("mantelzorg->stress||causal_pos");
    expect(rows).toHaveLength(1 + 4 + 4 + 2 + 1);
    expect((await cli("rock", "export", join(project, "data"), "--out", out)).code).toBe(2);
  });
});

describe("verlicht rock analyses by rock's names", () => {
  it("should collect coded fragments (collect_coded_fragments) with context", async () => {
    const r = await cli("rock", "fragments", join(project, "data"), "--code", "zorg", "--context", "1");
    expect(r.out).toContain("## zorg (2)");
    expect(r.out).toContain("> **Ik zorg voor mijn moeder, elke dag.**");
  });

  it("should write one escaped HTML overview (inspect_coded_sources)", async () => {
    const r = await cli("rock", "inspect", join(project, "data"));
    expect(r.out).toContain("<!DOCTYPE html>");
    expect(r.out).not.toContain("<script>");
  });

  it("should merge a secondary coder into the primary source (merge_sources)", async () => {
    const out = join(temp(), "merged.rock");
    const r = await cli(
      "rock",
      "merge",
      join(project, "data", "gesprek1-a.rock"),
      join(project, "data", "gesprek1-b.rock"),
      "--out",
      out,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/\[\[kosten\]\].*\[\[geld\]\]/);
  });

  it("should count codes per attribute and co-occurrence per case", async () => {
    const freq = await cli("rock", "freq", join(project, "data"), "--by", "attribute:rol");
    expect(freq.out).toContain("professional,eenzaamheid,1");
    const co = await cli("rock", "cooccurrence", join(project, "data"), "--unit", "case");
    expect(co.out.split("\n")[0]).toMatch(/^code,/);
    expect((await cli("rock", "freq", a, "--by", "nonsense")).code).toBe(2);
  });
});

describe("verlicht rock projects and REFI-QDA", () => {
  it("should read a project folder, write a .ROCKproject and read that back", async () => {
    const dir = temp();
    const zip = join(dir, "p.ROCKproject");
    expect((await cli("rock", "project", project)).out).toContain("Buurtgesprekken (fictief): 4 sources");
    expect((await cli("rock", "export-project", project, "--out", zip)).code).toBe(0);
    expect((await cli("rock", "project", zip)).out).toContain("4 sources");
    expect((await cli("rock", "export-project", project, "--out", zip)).code).toBe(2);
  });

  it("should export a project to .qdpx and import it back as ROCK sources", async () => {
    const dir = temp();
    const qdpx = join(dir, "p.qdpx");
    expect((await cli("rock", "export-qdpx", project, "--out", qdpx)).code).toBe(0);
    const imported = join(dir, "imported");
    const r = await cli("rock", "import-qdpx", qdpx, "--out", imported);
    expect(r.code).toBe(0);
    expect(readdirSync(imported).sort()).toEqual([
      "codebook.rock",
      "data--gesprek1-a.rock",
      "data--gesprek1-b.rock",
      "data--sub--gesprek2.rock",
    ]);
    expect(readFileSync(join(imported, "data--gesprek1-a.rock"), "utf8")).toContain(
      "[[mantelzorg->stress||causal_pos||2]]",
    );
    expect((await cli("rock", "import-qdpx", qdpx, "--out", imported)).code).toBe(2);
    expect((await cli("rock", "import-qdpx", join(here, "a.rock"), "--out", join(dir, "x"))).code).toBe(2);
    expect(existsSync(join(dir, "x"))).toBe(false);
  });

  it("should export and import a .qdc codebook", async () => {
    const dir = temp();
    const qdc = join(dir, "c.qdc");
    expect((await cli("rock", "export-qdc", join(project, "data", "codebook.rock"), "--out", qdc)).code).toBe(0);
    const r = await cli("rock", "import-qdc", qdc);
    expect(r.out).toContain("ROCK_codebook:");
    expect(r.out).toContain("parentId: zorg");
  });
});
