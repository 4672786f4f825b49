// Fixtures under test/fixtures/dialects are FICTIONAL records written for these tests (10.5555 is a test DOI prefix).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText, detectFormat, parseRecords, type ReviewRecord, ReviewRecordSchema } from "../../src/index.js";

const read = (name: string) => decodeText(readFileSync(new URL(`../fixtures/dialects/${name}`, import.meta.url))).text;
const parse = (name: string) => parseRecords(read(name));
const tags = (r: ReviewRecord, tag: string) => r.raw.filter((t) => t.tag === tag).map((t) => t.value);

describe("parseRecords", () => {
  it.each([
    ["pubmed.ris", "ris", 1],
    ["ovid.ris", "ris", 1],
    ["ebsco.ris", "ris", 1],
    ["scopus.ris", "ris", 1],
    ["wos.ris", "ris", 1],
    ["zotero.ris", "ris", 1],
    ["endnote.ris", "ris", 1],
    ["pubmed.nbib", "medline", 2],
    ["savedrecs.txt", "wos", 2],
    ["library.bib", "bibtex", 2],
    ["asreview.csv", "csv", 2],
    ["records.tsv", "csv", 1],
    ["library.xml", "endnote-xml", 2],
    ["endnote-tagged.txt", "endnote-tagged", 2],
  ])("should detect %s as %s and read %i record(s) with title, authors and year", (name, format, count) => {
    const text = read(name);
    expect(detectFormat(text)).toBe(format);
    const { value } = parseRecords(text);
    expect(value).toHaveLength(count);
    for (const record of value) {
      expect(record.title).toBeTruthy();
      expect(record.authors.length).toBeGreaterThan(0);
      expect(record.year).toBeGreaterThan(1900);
      expect(record.format).toBe(format);
      expect(ReviewRecordSchema.safeParse(JSON.parse(JSON.stringify(record))).success).toBe(true);
    }
  });

  it("should map each RIS dialect's DOI, year and journal", () => {
    expect(parse("pubmed.ris").value[0]).toMatchObject({
      doi: "10.5555/jih.2021.0101",
      year: 2021,
      pages: "101-109",
      journal: "Journal of Invented Health",
    });
    expect(parse("ovid.ris").value[0]).toMatchObject({
      doi: "10.5555/FPH.2019.33",
      year: 2019,
      journal: "Fictional Public Health",
      authors: ["Peters, C.", "Smeets, D."],
    });
    expect(parse("ebsco.ris").value[0]).toMatchObject({
      doi: "10.5555/isr.44.847",
      year: 2020,
      issn: ["1234-5678", "8765-4321"],
    });
    expect(parse("scopus.ris").value[0]).toMatchObject({
      doi: "10.5555/fel15010003",
      year: 2025,
      pmid: "39999999",
      journalAbbreviation: "Fict. Econ. Lett.",
    });
    expect(parse("wos.ris").value[0]).toMatchObject({ doi: "10.5555/jie.1999.134", year: 1999 });
    expect(parse("zotero.ris").value[0]).toMatchObject({ doi: "10.5555/spfho.2018", year: 2018 });
  });

  it("should keep the year from PY when WoS puts only a month in DA", () => {
    const record = parse("wos.ris").value[0] as ReviewRecord;
    expect(tags(record, "DA")).toEqual(["AUG"]);
    expect(record.year).toBe(1999);
  });

  it("should split tags glued to the end of the previous value and report them", () => {
    const { value, messages } = parse("wos.ris");
    const record = value[0] as ReviewRecord;
    expect(tags(record, "AD")).toEqual([
      "Invented Univ, Dept Educ, Heerlen, Netherlands",
      "Other Invented Univ, Maastricht, Netherlands",
    ]);
    expect(tags(record, "C3")).toEqual(["Invented University"]);
    expect(tags(record, "AN")).toEqual(["WOS:000000000000001"]);
    expect(messages.filter((m) => m.ruleId === "ris-glued-tag")).toHaveLength(3);
  });

  it("should keep every raw tag with its line and column, counting a BOM as a character", () => {
    const withBom = readFileSync(new URL("../fixtures/dialects/scopus.ris", import.meta.url), "utf8");
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    const record = parseRecords(withBom).value[0] as ReviewRecord;
    expect(record.raw[0]).toMatchObject({
      tag: "TY",
      value: "JOUR",
      position: { start: { line: 1, column: 2, offset: 1 } },
    });
    const doi = record.raw.find((t) => t.tag === "DO");
    expect(doi?.position.start).toMatchObject({ line: 11, column: 1 });
    expect(record.raw.at(-1)?.tag).toBe("ER");
  });

  it("should append continuation lines, including bare line feeds inside CRLF files", () => {
    const zotero = parse("zotero.ris").value[0] as ReviewRecord;
    expect(zotero.abstract).toBe("Paragraph one of an invented abstract. Paragraph two after a bare line feed.");
    const wos = parse("wos.ris").value[0] as ReviewRecord;
    expect(tags(wos, "AB")[0]).toBe("First line of an invented abstract\ncontinued on an indented line.");
    expect(tags(wos, "N1")[0]).toContain("\nTotal Times Cited:  1");
  });

  it("should read multi-line keywords and semicolon-separated authors of EndNote RIS", () => {
    const record = parse("endnote.ris").value[0] as ReviewRecord;
    expect(record.keywords).toEqual(["keyword one", "keyword two", "keyword three"]);
    expect(record.authors).toEqual(["de Boer, M.", "Kramer, N.", "Meijer, O."]);
  });

  it("should read MEDLINE continuation lines, full author names and the [doi] identifier", () => {
    const [first, second] = parse("pubmed.nbib").value as [ReviewRecord, ReviewRecord];
    expect(first).toMatchObject({
      title: "A fictional study of invented biomarkers in an imaginary population.",
      authors: ["Lambrecht, Piet", "Hoekstra, Roos"],
      year: 2021,
      doi: "10.5555/ijfs22052761",
      pmid: "39999998",
      journal: "International journal of fictional science",
    });
    expect(second.doi).toBeUndefined();
    expect(second.position.start.line).toBe(24);
  });

  it("should split Web of Science records on PT even without ER, one author per continuation line", () => {
    const [first, second] = parse("savedrecs.txt").value as [ReviewRecord, ReviewRecord];
    expect(first).toMatchObject({
      authors: ["Tim Vos", "Uma Prins"],
      year: 2022,
      doi: "10.5555/jmp.2022.10",
      pages: "10-19",
    });
    expect(second).toMatchObject({ authors: ["Wim Kok"], year: 2023 });
  });

  it("should expand BibTeX macros and LaTeX, keep corporate authors whole and keep raw values", () => {
    const [first, second] = parse("library.bib").value as [ReviewRecord, ReviewRecord];
    expect(first).toMatchObject({
      title: "Fictional Playgrounds and Invented Müller Outcomes",
      authors: ["Vos, Tim", "Prins, Uma", "Invented Research Group"],
      journal: "Journal of Fictional Studies",
      pages: "10-19",
      doi: "10.5555/jfs.2022.10",
    });
    expect(tags(first, "title")[0]).toContain("{Playgrounds}");
    expect(tags(first, "month")).toEqual(["August"]);
    expect(second).toMatchObject({ type: "inproceedings", journal: "Proceedings of Nothing", year: 2023 });
  });

  it("should read ASReview CSV columns, quoted multi-line cells and labels", () => {
    const [first, second] = parse("asreview.csv").value as [ReviewRecord, ReviewRecord];
    expect(first).toMatchObject({
      title: "Invented trial, with a comma",
      authors: ["Vos, T", "Prins, U"],
      label: 1,
      year: 2020,
      doi: "10.5555/x.1",
    });
    expect(tags(first, "abstract")[0]).toBe("An abstract\nover two lines");
    expect(second).toMatchObject({ label: 0 });
    expect(second.position.start.line).toBe(4);
    expect(parse("records.tsv").value[0]).toMatchObject({ doi: "10.5555/TSV.1", year: 2024 });
  });

  it("should read EndNote XML fields, entities and captions as raw tags", () => {
    const [first] = parse("library.xml").value as [ReviewRecord];
    expect(first).toMatchObject({
      title: "Fictional playgrounds & invented outcomes",
      authors: ["Vos, T.", "Prins, U."],
      journal: "Journal of Made-up Playgrounds",
      doi: "10.5555/jmp.2022.10",
      type: "Journal Article",
    });
    expect(tags(first, "caption")).toEqual(["Duplicate"]);
  });

  it("should read EndNote's tagged export that users send instead of RIS", () => {
    const [first] = parse("endnote-tagged.txt").value as [ReviewRecord];
    expect(first).toMatchObject({
      authors: ["Vos, Tim", "Prins, Uma"],
      year: 2022,
      doi: "10.5555/jmp.2022.10",
      keywords: ["playgrounds", "outcomes"],
      abstract: "An invented abstract on two lines.",
    });
    expect(first.raw.find((t) => t.tag === "%X")?.position.end.line).toBe(13);
  });

  it("should report, not throw, on a broken RIS file", () => {
    const { value, messages } = parseRecords("TI  - no TY first\nAU  - Someone\n", { format: "ris" });
    expect(value).toHaveLength(1);
    expect(messages.map((m) => m.ruleId)).toEqual(["ris-missing-ty", "ris-missing-er"]);
    expect(parseRecords("").messages[0]?.ruleId).toBe("empty-input");
  });

  it("should throw a typed error for an unknown format", () => {
    expect(() => parseRecords("x", { format: "docx" as never })).toThrow(/@verlicht\/review\/parseRecords: /);
  });

  it("should decode Windows-1252 bytes when the file is not UTF-8", () => {
    const bytes = Uint8Array.from([
      0x54, 0x59, 0x20, 0x20, 0x2d, 0x20, 0x4a, 0x0a, 0x54, 0x49, 0x20, 0x20, 0x2d, 0x20, 0x53, 0xdf, 0x0a,
    ]);
    expect(decodeText(bytes)).toMatchObject({ encoding: "windows-1252", text: "TY  - J\nTI  - Sß\n" });
  });
});
