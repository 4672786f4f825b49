import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/lib/run-cli.js";
import { capture } from "../helpers/capture.js";

// Every write path of the CLI: an existing target is refused (exit 2, named) unless --force, a folder is
// written as a whole, a missing or read-only folder is exit 2 naming the user's path, and CSV exports are
// guarded against formula injection unless --no-csv-guard.

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/write-paths/${name}`, import.meta.url));
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "verlicht-write-"));
  dirs.push(dir);
  return dir;
};
const locked: string[] = [];
afterAll(() => {
  for (const dir of locked) unlock(dir);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]) {
  const io = capture();
  const code = await runCli(["--lang", "en", "--no-progress", ...args], io);
  return { code, out: io.out, err: io.err };
}

/** Make a folder read-only, also for root (chattr +i); false when this machine cannot. */
function lock(dir: string): boolean {
  chmodSync(dir, 0o555);
  try {
    writeFileSync(join(dir, ".probe"), "x");
    rmSync(join(dir, ".probe"));
  } catch {
    locked.push(dir);
    return true;
  }
  try {
    execFileSync("chattr", ["+i", dir], { stdio: "ignore" });
    locked.push(dir);
    return true;
  } catch {
    return false;
  }
}
function unlock(dir: string): void {
  try {
    execFileSync("chattr", ["-i", dir], { stdio: "ignore" });
  } catch {
    // not locked with chattr
  }
  chmodSync(dir, 0o755);
}

const OLD = "the user's own file\n";

/** Run `args(target)` against an existing file: refused and untouched; then with --force: replaced. */
async function refusesExistingFile(args: (out: string) => string[]) {
  const dir = tempDir();
  const out = join(dir, "existing.out");
  writeFileSync(out, OLD);
  const refused = await cli(args(out));
  expect(refused.code, refused.err).toBe(2);
  expect(refused.err).toContain(out);
  expect(refused.err).toContain("--force");
  expect(readFileSync(out, "utf8")).toBe(OLD);
  const forced = await cli(["--force", ...args(out)]);
  expect(forced.code, forced.err).toBe(0);
  expect(readFileSync(out, "utf8")).not.toBe(OLD);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  return readFileSync(out, "utf8");
}

async function newReview(): Promise<string> {
  const file = join(tempDir(), "review.sqlite");
  expect((await cli(["review", "init", file])).code).toBe(0);
  const imported = await cli(["review", "import", file, fixture("records.csv"), "--round", "1"]);
  expect(imported.code, imported.err).toBe(0);
  return file;
}

// CLI runs in-process; pseudonymising and building a dashboard take seconds on a loaded machine.
describe("no silent overwrite", { timeout: 60_000 }, () => {
  it("rock export --out", async () => {
    const csv = await refusesExistingFile((out) => ["rock", "export", fixture("formula.rock"), "--out", out]);
    expect(csv).toContain("'=SOM(A1:A9)");
  });

  it("rock uids --out writes the folder as a whole, refuses an existing one", async () => {
    const dir = tempDir();
    const out = join(dir, "uids");
    mkdirSync(out);
    writeFileSync(join(out, "mine.txt"), OLD);
    const refused = await cli(["rock", "uids", fixture("transcript.txt"), fixture("formula.rock"), "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(out);
    expect(readdirSync(out)).toEqual(["mine.txt"]);
    const fresh = join(dir, "fresh");
    const ok = await cli(["rock", "uids", fixture("transcript.txt"), fixture("formula.rock"), "--out", fresh]);
    expect(ok.code, ok.err).toBe(0);
    expect(readdirSync(fresh).sort()).toEqual(["formula.rock", "transcript.txt"]);
    expect(readdirSync(dir).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("review export --out (csv and asreview)", async () => {
    const review = await newReview();
    const csv = await refusesExistingFile((out) => ["review", "export", review, "--format", "csv", "--out", out]);
    expect(csv).toContain(`"'=HYPERLINK(`);
    const asreview = await refusesExistingFile((out) => [
      "review",
      "export",
      review,
      "--format",
      "asreview",
      "--out",
      out,
    ]);
    expect(asreview).toContain(`"'=HYPERLINK(`);
  });

  it("indicators import --out", async () => {
    const csv = await refusesExistingFile((out) => ["indicators", "import", fixture("observations.csv"), "--out", out]);
    expect(csv).toContain(",'=Wijk een,");
    // A number is not a formula: -1.5 stays a number.
    expect(csv).toContain(",-1.5,");
  });

  it("indicators aggregate --out, and never when it exits 1", async () => {
    const members = ["--members", "WK091701,WK091702", "--code", "HLN"];
    const text = await refusesExistingFile((out) => [
      "indicators",
      "aggregate",
      fixture("aggregate.csv"),
      ...members,
      "--out",
      out,
    ]);
    expect(text).toContain("HLN");
    const dir = tempDir();
    const partial = join(dir, "observations.csv");
    // 2023 has one of the two districts only: the aggregate is incomplete.
    writeFileSync(
      partial,
      `${readFileSync(fixture("aggregate.csv"), "utf8")}ind_debt,WK091701,WK,x,2023,3,percent,definitive,fictief,3,100\n`,
    );
    const out = join(dir, "aggregate.csv");
    const incomplete = await cli(["indicators", "aggregate", partial, ...members, "--out", out]);
    expect(incomplete.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("network build --out, the group networks included", async () => {
    await refusesExistingFile((out) => ["network", "build", fixture("formula.rock"), "--out", out]);
    const dir = tempDir();
    const out = join(dir, "net.json");
    const rock = join(dir, "g.rock");
    writeFileSync(
      rock,
      "---\nROCK_attributes:\n  - caseId: 1\n    rol: bewoner\n---\n[[cid=1]] zin [[a->b||causal_pos]]\n",
    );
    writeFileSync(join(dir, "net.bewoner.json"), OLD);
    const refused = await cli(["network", "build", rock, "--group-by", "rol", "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("net.bewoner.json");
    expect(existsSync(out)).toBe(false);
  });

  it("network export --out (csv guarded, valence -1 kept as a number)", async () => {
    const dir = tempDir();
    const net = join(dir, "net.json");
    expect((await cli(["network", "build", fixture("formula.rock"), "--out", net])).code).toBe(0);
    const csv = await refusesExistingFile((out) => ["network", "export", net, "--format", "csv", "--out", out]);
    expect(csv).toContain(`'=SOM(A1:A9)`);
    expect(csv).toContain("'- ik weet het niet");
    expect(csv).toMatch(/,-1,/);
    const plain = await cli(["--no-csv-guard", "network", "export", net, "--format", "csv"]);
    expect(plain.out).toContain("=SOM(A1:A9)");
    expect(plain.out).not.toContain("'=SOM");
  });

  it("anonymise --out refuses to replace a transcript, and a key it cannot write leaves no output", async () => {
    const dir = tempDir();
    const out = join(dir, "shared");
    mkdirSync(out);
    writeFileSync(join(out, "transcript.txt"), OLD);
    const env = process.env["VERLICHT_PASSPHRASE"];
    process.env["VERLICHT_PASSPHRASE"] = "fictief-wachtwoord";
    try {
      const key = join(dir, "key.json");
      const refused = await cli(["anonymise", fixture("transcript.txt"), "--out", out, "--key", key]);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(out);
      expect(readFileSync(join(out, "transcript.txt"), "utf8")).toBe(OLD);
      expect(existsSync(key)).toBe(false);
      const ro = join(dir, "ro");
      mkdirSync(ro);
      if (!lock(ro)) {
        console.warn("skipped: this machine cannot make a read-only folder");
        return;
      }
      const fresh = join(dir, "fresh");
      const noKey = await cli(["anonymise", fixture("transcript.txt"), "--out", fresh, "--key", join(ro, "k.json")]);
      expect(noKey.code, noKey.err).toBe(2);
      expect(noKey.err).toContain(join(ro, "k.json"));
      expect(noKey.err).not.toMatch(/\.tmp\b/);
      expect(existsSync(fresh)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.startsWith("."))).toEqual([]);
    } finally {
      if (env === undefined) delete process.env["VERLICHT_PASSPHRASE"];
      else process.env["VERLICHT_PASSPHRASE"] = env;
    }
  });

  it("dashboard --out refuses an existing folder and leaves it as it was", async () => {
    const dir = tempDir();
    const project = join(dir, "project");
    mkdirSync(join(project, "coded"), { recursive: true });
    writeFileSync(join(project, "coded", "a.rock"), readFileSync(fixture("formula.rock")));
    writeFileSync(join(project, "verlicht.project.json"), JSON.stringify({ name: "fictief", sources: "coded" }));
    const out = join(dir, "dash");
    mkdirSync(out);
    writeFileSync(join(out, "mine.txt"), OLD);
    const refused = await cli(["dashboard", project, "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(out);
    expect(readdirSync(out)).toEqual(["mine.txt"]);
    expect(existsSync(`${out}-work`)).toBe(false);
    const forced = await cli(["--force", "dashboard", project, "--out", out]);
    expect(forced.code, forced.err).toBe(0);
    expect(readdirSync(out)).toEqual(["index.html"]);
    expect(readdirSync(dir).filter((f) => f.startsWith("."))).toEqual([]);
  });
});

describe("folders that are missing or read-only", () => {
  it("should exit 2 naming the user's path when the folder does not exist", async () => {
    const out = join(tempDir(), "missing", "out.csv");
    const r = await cli(["rock", "export", fixture("formula.rock"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(out);
    expect(r.err).toContain("mkdir -p");
  });

  it("should exit 2 naming the user's path, never the temporary file, when the folder is read-only", async () => {
    const ro = join(tempDir(), "ro");
    mkdirSync(ro);
    if (!lock(ro)) {
      console.warn("skipped: this machine cannot make a read-only folder");
      return;
    }
    const out = join(ro, "out.csv");
    const r = await cli(["rock", "export", fixture("formula.rock"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(out);
    expect(r.err).not.toMatch(/\.tmp\b/);
    expect(r.err).not.toContain("internal error");
  });
});

describe("review commands on something that is not a review", () => {
  it.each([
    ["a missing file", (dir: string) => join(dir, "none", "r.sqlite")],
    [
      "a folder",
      (dir: string) => {
        mkdirSync(join(dir, "folder"));
        return join(dir, "folder");
      },
    ],
    [
      "a binary file",
      (dir: string) => {
        writeFileSync(join(dir, "bin.sqlite"), Buffer.from([0, 1, 2, 255, 254, 0, 7]));
        return join(dir, "bin.sqlite");
      },
    ],
  ])("should exit 2 naming the path for %s", async (_what, make) => {
    const path = make(tempDir());
    const r = await cli(["review", "prisma", path]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(path);
    expect(r.err).not.toContain("internal error");
  });
});
