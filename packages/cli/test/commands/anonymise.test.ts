// `verlicht anonymise` end to end on fictional transcripts: key first, skipped non-transcripts, spans beside
// the key, keep list and decisions in the key, review queue, reidentify.
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
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/lib/run-cli.js";
import { capture } from "../helpers/capture.js";

let dir = "";
const pass = () => join(dir, "pass.txt");
const T1 =
  "I: Wie ben je?\nR: Ik ben Gonnie Vleugels, ik woon al twintig jaar in Hoensbroek bij de Buurtkamer Zonnewijzer.\n";
const T2 =
  "I: Can you tell me who you are?\nR: I'm Bliss Carrow, I run the food bank on Tuesday 4 February and every week.\n";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "verlicht-anon-"));
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "t1.txt"), T1);
  writeFileSync(join(dir, "in", "t2.txt"), T2);
  writeFileSync(join(dir, "in", "keep.txt"), "Buurtkamer Zonnewijzer\n");
  writeFileSync(pass(), "correct horse battery staple\n");
});
afterEach(() => {
  try {
    chmodSync(join(dir, "ro"), 0o755);
  } catch {}
  rmSync(dir, { recursive: true, force: true });
});

const base = (out: string, key: string) => [
  "--lang",
  "en",
  "anonymise",
  join(dir, "in"),
  "--out",
  out,
  "--key",
  key,
  "--passphrase-file",
  pass(),
];

describe("verlicht anonymise", () => {
  it("should skip the keep list in the input folder, guess the language per transcript, keep spans beside the key", async () => {
    const io = capture();
    const code = await runCli(
      [...base(join(dir, "share"), join(dir, "k", "key.json")), "--keep", join(dir, "in", "keep.txt"), "--spans"],
      io,
    );
    expect(code).toBe(0);
    expect(readdirSync(join(dir, "share")).sort()).toEqual(["t1.txt", "t2.txt"]);
    const t1 = readFileSync(join(dir, "share", "t1.txt"), "utf8");
    expect(t1).not.toMatch(/Gonnie|Vleugels/);
    expect(t1).toContain("Buurtkamer Zonnewijzer");
    expect(readFileSync(join(dir, "share", "t2.txt"), "utf8")).not.toMatch(/Bliss|Carrow|4 February/);
    expect(existsSync(join(dir, "k", "key.spans", "t1.txt.spans.json"))).toBe(true);
    expect(io.err).toContain("keep.txt");
  }, 60_000);

  it("should give the same output on a rerun without the keep list (it is in the key)", async () => {
    const key = join(dir, "k", "key.json");
    expect(await runCli([...base(join(dir, "a"), key), "--keep", join(dir, "in", "keep.txt")], capture())).toBe(0);
    expect(await runCli(base(join(dir, "b"), key), capture())).toBe(0);
    expect(readFileSync(join(dir, "b", "t1.txt"), "utf8")).toBe(readFileSync(join(dir, "a", "t1.txt"), "utf8"));
  }, 60_000);

  it("should write nothing when the key cannot be written, and exit 2 naming the key", async () => {
    mkdirSync(join(dir, "ro"));
    chmodSync(join(dir, "ro"), 0o555);
    // root ignores folder permissions; a key path under a regular file fails for everyone
    const blocked = process.getuid?.() === 0 ? join(dir, "in", "t1.txt", "key.json") : join(dir, "ro", "key.json");
    const io = capture();
    expect(await runCli(base(join(dir, "share"), blocked), io)).toBe(2);
    expect(io.err).toContain("key.json");
    expect(existsSync(join(dir, "share")) && readdirSync(join(dir, "share")).length > 0).toBe(false);
  }, 60_000);

  it("should refuse to overwrite an existing output without --force", async () => {
    const key = join(dir, "k", "key.json");
    expect(await runCli(base(join(dir, "share"), key), capture())).toBe(0);
    const io = capture();
    expect(await runCli(base(join(dir, "share"), key), io)).toBe(2);
    expect(io.err).toContain("share");
    expect(await runCli([...base(join(dir, "share"), key), "--force"], capture())).toBe(0);
  }, 60_000);

  it("should list the review queue, store decisions in the key, and reidentify a person", async () => {
    const key = join(dir, "k", "key.json");
    writeFileSync(
      join(dir, "in", "t3.txt"),
      "R: Toen kwam ploont langs, die woont al jaren hier in de straat en helpt.\n",
    );
    expect(await runCli(base(join(dir, "share"), key), capture())).toBe(0);
    expect(readFileSync(join(dir, "share", "t3.txt"), "utf8")).toContain("ploont");
    writeFileSync(join(dir, "decisions.txt"), "# reviewer\nreplace ploont\n");
    const review = capture();
    const args = ["--lang", "en", "anonymise", "review", join(dir, "in"), "--key", key, "--passphrase-file", pass()];
    expect(await runCli([...args, "--decisions", join(dir, "decisions.txt")], review)).toBe(0);
    expect(review.out).toContain("1 decision(s) stored");
    expect(await runCli([...base(join(dir, "share"), key), "--force"], capture())).toBe(0);
    expect(readFileSync(join(dir, "share", "t3.txt"), "utf8")).not.toContain("ploont");
    const pseudonym = /Ik ben ([^,]+),/.exec(readFileSync(join(dir, "share", "t1.txt"), "utf8"))![1]!;
    const who = capture();
    expect(
      await runCli(
        ["--lang", "en", "anonymise", "reidentify", pseudonym, "--key", key, "--passphrase-file", pass()],
        who,
      ),
    ).toBe(0);
    expect(who.out).toContain("Gonnie Vleugels");
  }, 90_000);

  it("should exit 2 with the line of a bad decisions file", async () => {
    const key = join(dir, "k", "key.json");
    expect(await runCli(base(join(dir, "share"), key), capture())).toBe(0);
    writeFileSync(join(dir, "d.txt"), "replace X\nmaybe Y\n");
    const io = capture();
    const args = ["--lang", "en", "anonymise", "review", join(dir, "in"), "--key", key, "--passphrase-file", pass()];
    expect(await runCli([...args, "--decisions", join(dir, "d.txt")], io)).toBe(2);
    expect(io.err).toContain("d.txt:2");
  }, 60_000);
});
