// Bad input of every kind must give exit code 2 and a message that names the file (and the line where
// there is one), never a stack trace. All inputs are small FICTIONAL files written to temporary folders.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasStackTrace, tempDir, verlicht } from "./cli-run.js";

function write(dir: string, name: string, content: string | Buffer): string {
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, content);
  return file;
}

async function expectUsageError(args: string[], cwd: string, needles: string[]): Promise<string> {
  const run = await verlicht(args, { cwd });
  expect(run.code, run.stderr).toBe(2);
  for (const needle of needles) expect(run.stderr).toContain(needle);
  expect(hasStackTrace(run.stderr)).toBe(false);
  return run.stderr;
}

describe("verlicht on bad input", () => {
  it("should name a missing input file", async () => {
    const dir = tempDir();
    await expectUsageError(["rock", "validate", "nope.rock"], dir, ["nope.rock", "not found"]);
  });

  it("should name the file and line of bytes that are not UTF-8", async () => {
    const dir = tempDir();
    write(
      dir,
      "latin1.rock",
      Buffer.concat([Buffer.from("Interviewer: goedendag\n"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]),
    );
    await expectUsageError(["rock", "validate", "latin1.rock"], dir, ["latin1.rock:2:", "UTF-8"]);
  });

  it("should name the file and line of a ROCK source whose YAML does not parse", async () => {
    const dir = tempDir();
    write(
      dir,
      "broken.rock",
      "[[uid=7p6n0000]] Fictief: hallo [[cid=a1]]\n---\nROCK_attributes:\n  - caseId: [a1\n---\n",
    );
    const stderr = await expectUsageError(["rock", "validate", "broken.rock"], dir, ["broken.rock:"]);
    expect(stderr).toMatch(/broken\.rock:\d+:\d+/);
  });

  it("should name the line and column of a network file that is not JSON", async () => {
    const dir = tempDir();
    write(dir, "network.json", '{\n  "nodes": [\n    {"key": "a",}\n  ]\n}\n');
    await expectUsageError(["network", "loops", "network.json"], dir, ["network.json:3:"]);
  });

  it("should name the field of a network file with the wrong shape", async () => {
    const dir = tempDir();
    write(
      dir,
      "network.json",
      JSON.stringify({
        attributes: {},
        options: { type: "directed", multi: true, allowSelfLoops: true },
        nodes: [{ key: 1 }],
        edges: [],
      }),
    );
    await expectUsageError(["network", "loops", "network.json"], dir, ["network.json", "nodes[0]"]);
  });

  it("should refuse a construct that is not in the network", async () => {
    const dir = tempDir();
    write(
      dir,
      "network.json",
      JSON.stringify({
        attributes: {},
        options: { type: "directed", multi: true, allowSelfLoops: true },
        nodes: [{ key: "stress", attributes: { label: "Stress" } }],
        edges: [],
      }),
    );
    await expectUsageError(["network", "paths", "network.json", "--from", "stres", "--to", "stress"], dir, [
      "network.json",
      "stres",
    ]);
  });

  it("should refuse an option value that is not a whole number", async () => {
    await expectUsageError(["network", "loops", "x.json", "--max-length", "many"], tempDir(), ["--max-length"]);
  });

  it("should refuse an unknown command and a missing required option", async () => {
    await expectUsageError(["frobnicate"], tempDir(), ["frobnicate"]);
    await expectUsageError(["network", "build", "coded"], tempDir(), ["--out"]);
  });

  it("should name a project folder without a project file", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "project"));
    await expectUsageError(["dashboard", "project"], dir, ["verlicht.project.json"]);
  });

  it("should name the line of a wrong field in the project file", async () => {
    const dir = tempDir();
    write(dir, "project/verlicht.project.json", '{\n  "name": "Fictief",\n  "sources": 42\n}\n');
    await expectUsageError(["dashboard", "project"], dir, ["verlicht.project.json:3:"]);
  });

  it("should name the line of a path in the project file that does not exist", async () => {
    const dir = tempDir();
    write(
      dir,
      "project/verlicht.project.json",
      '{\n  "name": "Fictief",\n  "sources": "coded",\n  "codebook": "missing.rock"\n}\n',
    );
    mkdirSync(join(dir, "project", "coded"));
    await expectUsageError(["dashboard", "project"], dir, ["verlicht.project.json:4:", "missing.rock"]);
  });

  it("should name the line of a bad screening vote", async () => {
    const dir = tempDir();
    write(
      dir,
      "votes.csv",
      "round,doi,stage,reviewer,decision,reason\n1,10.5555/x.1,title-abstract,a,include,\n1,10.5555/x.1,title-abstract,b,perhaps,\n",
    );
    expect((await verlicht(["review", "init", "r.sqlite"], { cwd: dir })).code).toBe(0);
    await expectUsageError(["review", "screen", "r.sqlite", "votes.csv"], dir, ["votes.csv:3:", "perhaps"]);
  });

  it("should name the line of a bad observation", async () => {
    const dir = tempDir();
    write(
      dir,
      "obs.csv",
      "indicatorId,areaCode,period,value,unit\npreschool-attendance,NL01,2018,55.1,%\npreschool-attendance,NL01,2019,veel,%\n",
    );
    const stderr = await expectUsageError(["indicators", "import", "obs.csv"], dir, ["obs.csv"]);
    expect(stderr).toMatch(/obs\.csv:\d+/);
  });

  it("should refuse to write the re-identification key inside the output folder", async () => {
    const dir = tempDir();
    write(dir, "t.txt", "Interviewer: Dag mevrouw Jansen.\n");
    await expectUsageError(["anonymise", "t.txt", "--out", "anon", "--key", "anon/key.sealed"], dir, [
      "anon/key.sealed",
    ]);
  });

  it("should refuse to pseudonymise without a passphrase for the key", async () => {
    const dir = tempDir();
    write(dir, "t.txt", "Interviewer: Dag mevrouw Jansen.\n");
    await expectUsageError(["anonymise", "t.txt", "--out", "anon", "--key", "key.sealed"], dir, [
      "VERLICHT_PASSPHRASE",
    ]);
  });

  it("should answer in Dutch with --lang nl", async () => {
    const run = await verlicht(["--lang", "nl", "rock", "validate", "nope.rock"], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("bestand niet gevonden");
  });
});
