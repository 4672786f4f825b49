// House rule: no source file in packages/*/src is over 400 lines; split by concern. Data files (tables
// written as code, not logic) are the exception, each listed here with the reason.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./cli-run.js";

const LIMIT = 400;

/** Data files allowed over the limit, by path from the repository root, each with its reason. */
const DATA_FILES: Readonly<Record<string, string>> = {
  "packages/indicators/src/model/indicators.ts":
    "the programme's indicator catalogue: one declarative entry per indicator (ids, Dutch and English names, sources), no logic",
  "packages/indicators/src/model/bijlage1.ts":
    "the report's appendix 1 (items 5-35) as a table: goals, item numbers, breakdowns and sources per indicator, no logic",
};

function lineCount(file: string): number {
  const text = readFileSync(file, "utf8");
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

function sourceFiles(): string[] {
  const files: string[] = [];
  for (const pkg of readdirSync(join(root, "packages"))) {
    const src = join(root, "packages", pkg, "src");
    try {
      if (!statSync(src).isDirectory()) continue;
    } catch {
      continue;
    }
    for (const entry of readdirSync(src, { withFileTypes: true, recursive: true }))
      if (entry.isFile()) files.push(relative(root, join(entry.parentPath, entry.name)));
  }
  return files.sort();
}

describe("source file size", () => {
  const files = sourceFiles();

  it("should find the sources", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it(`should keep every file in packages/*/src at ${LIMIT} lines or fewer, data files excepted`, () => {
    const over = files
      .filter((file) => !(file in DATA_FILES))
      .map((file) => ({ file, lines: lineCount(join(root, file)) }))
      .filter(({ lines }) => lines > LIMIT)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(over, `split these files by concern (limit ${LIMIT} lines)`).toEqual([]);
  });

  it("should list only data files that exist", () => {
    for (const file of Object.keys(DATA_FILES)) expect(files, `stale entry in DATA_FILES`).toContain(file);
  });
});
