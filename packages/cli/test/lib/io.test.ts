import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/lib/cli-error.js";
import { expandInputs, isInside, readTextFile, writeFileAtomic } from "../../src/lib/io.js";
import { createTranslate } from "../../src/lib/translate.js";

const t = createTranslate("en");
const dir = () => mkdtempSync(join(tmpdir(), "verlicht-cli-io-"));

describe("readTextFile", () => {
  it("should drop a byte-order mark", () => {
    const file = join(dir(), "bom.txt");
    writeFileSync(file, "\uFEFFhallo");
    expect(readTextFile(file, t)).toBe("hallo");
  });

  it("should name the file and the line of the first byte that is not UTF-8", () => {
    const file = join(dir(), "latin1.txt");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from("ok\nok\n"), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from("\n")]),
    );
    const error = (() => {
      try {
        readTextFile(file, t);
      } catch (e) {
        return e;
      }
    })() as CliError;
    expect(error).toBeInstanceOf(CliError);
    expect(error.code).toBe("not-utf8");
    expect(error.file).toBe(file);
    expect(error.line).toBe(3);
    expect(error.exitCode).toBe(2);
  });

  it("should turn a missing file into a not-found error with exit code 2", () => {
    expect(() => readTextFile(join(dir(), "nope.txt"), t)).toThrow(
      expect.objectContaining({ code: "not-found", exitCode: 2 }),
    );
  });
});

describe("writeFileAtomic", () => {
  it("should create folders, replace the file and leave no temporary file", () => {
    const root = dir();
    const file = join(root, "a", "b", "out.txt");
    writeFileAtomic(file, "one");
    writeFileAtomic(file, "two");
    expect(readFileSync(file, "utf8")).toBe("two");
    expect(readdirSync(join(root, "a", "b"))).toEqual(["out.txt"]);
  });
});

describe("expandInputs and isInside", () => {
  it("should replace a folder by its files with the extensions, sorted", () => {
    const root = dir();
    for (const f of ["b.rock", "a.rock", "c.txt"]) writeFileSync(join(root, f), "");
    expect(expandInputs([root], [".rock"], t)).toEqual([join(root, "a.rock"), join(root, "b.rock")]);
  });

  it("should tell whether a path lies inside a folder", () => {
    expect(isInside("/x/out/key", "/x/out")).toBe(true);
    expect(isInside("/x/key", "/x/out")).toBe(false);
    expect(isInside("/x/outside/key", "/x/out")).toBe(false);
  });
});
