// Benchmark / evaluation: every record of every real export in ../shared/data/review-formats/ must come in
// with title, authors, year, and DOI where the record has one. Skips when ../shared is absent.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeText, parseRecords } from "@verlicht/review";
import { reportFigure, skipBench, timeMs } from "./report.js";

const root = fileURLToPath(new URL("../../../shared/data/review-formats/", import.meta.url));
if (!existsSync(root)) {
  skipBench("review/import-formats", `${root} is absent`);
} else {
  let files = 0;
  let expectedTotal = 0;
  let parsedTotal = 0;
  let complete = 0;
  let doiExpected = 0;
  let doiFound = 0;
  let failures = 0;
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(`${root}${dir.name}`).sort()) {
      const bytes = readFileSync(`${root}${dir.name}/${name}`);
      const { text, encoding } = decodeText(bytes);
      // The counting rules of SOURCES.md, independent of our parser.
      const expected =
        (text.match(/^ER {2}-/gm) ?? []).length ||
        (text.match(/^PMID-/gm) ?? []).length ||
        (text.match(/^\s*@\w+\{/gm) ?? []).length ||
        (text.match(/^PT /gm) ?? []).length;
      const { result, ms } = await timeMs(() => parseRecords(text));
      const records = result.value;
      // Year counts where the record has a year-bearing tag with a four-digit year (3 Zotero records have none).
      const hasYear = (r: (typeof records)[number]) =>
        r.raw.some((t) => /^(PY|Y1|Y2|DA|DP|PD|year|date|dates\/year)$/.test(t.tag) && /(1[5-9]|20)\d\d/.test(t.value));
      const ok = records.filter((r) => r.title && r.authors.length > 0 && (r.year || !hasYear(r)));
      const noYear = records.filter((r) => !hasYear(r)).length;
      // A record "has" a DOI when its raw text holds a DOI-shaped string in a DOI-bearing tag.
      let withDoi = 0;
      let gotDoi = 0;
      for (const r of records) {
        const has = r.raw.some(
          (t) => /^(DO|DI|doi|LID|AID|L3|electronic-resource-num)$/.test(t.tag) && /10\.\d{4,9}\//.test(t.value),
        );
        if (has) {
          withDoi++;
          if (r.doi) gotDoi++;
        }
      }
      files++;
      expectedTotal += expected;
      parsedTotal += records.length;
      complete += ok.length;
      doiExpected += withDoi;
      doiFound += gotDoi;
      if (records.length !== expected || ok.length !== records.length || gotDoi !== withDoi) failures++;
      console.log(
        `  ${dir.name}/${name} [${encoding}] records ${records.length}/${expected}, title+authors+year ${ok.length} (${noYear} without a year in the file), DOI ${gotDoi}/${withDoi}, ${ms.toFixed(1)} ms`,
      );
    }
  }
  reportFigure("review/import-formats-files", files, "files");
  reportFigure("review/import-formats-records", parsedTotal, `records of ${expectedTotal}`, {
    value: expectedTotal,
    label: "ER/PMID/@/PT count",
  });
  reportFigure(
    "review/import-formats-complete",
    complete / parsedTotal,
    "share with title+authors+year (year where the file has one)",
    { value: 1, label: "bar" },
  );
  reportFigure("review/import-formats-doi", doiFound / doiExpected, "share of DOIs recovered", {
    value: 1,
    label: "bar",
  });
  reportFigure("review/import-formats-failing-files", failures, "files", { value: 0, label: "bar" });
}
