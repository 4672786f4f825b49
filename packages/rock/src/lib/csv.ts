/** Quote one CSV field when it needs it (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Write rows as CSV text with `\n` line endings. */
export function toCsv(
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
): string {
  const lines = [header.map(csvField).join(",")];
  for (const row of rows) lines.push(row.map(csvField).join(","));
  return `${lines.join("\n")}\n`;
}

/** A parsed CSV table, with the line of each row (for messages). */
export interface CsvTable {
  /** Column names from the first record. */
  header: string[];
  /** Records after the header, as objects keyed by column name. */
  rows: Array<{ values: Record<string, string>; line: number }>;
  /** Problems found (e.g. an unclosed quote). */
  errors: Array<{ line: number; reason: string }>;
}

/**
 * Parse CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). The delimiter is
 * `,` or, when the header has more `;` than `,`, `;` (spreadsheets in Dutch locales).
 */
export function parseCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const records: Array<{ fields: string[]; line: number }> = [];
  const errors: CsvTable["errors"] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ fields, line: recordLine });
    fields = [];
    field = "";
  };
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
    i++;
  }
  if (quoted) errors.push({ line: recordLine, reason: "a quoted field is never closed" });
  if (field !== "" || fields.length > 0) endRecord();
  const header = (records.shift()?.fields ?? []).map((h) => h.trim());
  const rows = records.map((r) => ({
    values: Object.fromEntries(header.map((h, k) => [h, r.fields[k] ?? ""])),
    line: r.line,
  }));
  return { header, rows, errors };
}
