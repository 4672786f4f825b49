/** Quote one CSV field when needed (RFC 4180). */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows to CSV text with a final newline. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return `${rows.map((r) => r.map(csvField).join(",")).join("\n")}\n`;
}

/** A parsed CSV row with the line it started on. */
export interface CsvRow {
  /** Field values. */
  fields: string[];
  /** 1-based line number of the row's start. */
  line: number;
}

/**
 * Parse CSV text (RFC 4180: quoted fields, doubled quotes, newlines inside quotes). Returns the rows with
 * their line numbers, or the line of an unterminated quote.
 */
export function parseCsv(text: string): { rows: CsvRow[]; unterminatedAt?: number } {
  const rows: CsvRow[] = [];
  let field = "";
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== "") rows.push({ fields, line: rowLine });
      fields = [];
      field = "";
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) return { rows, unterminatedAt: quoteLine };
  if (field !== "" || fields.length) {
    fields.push(field);
    rows.push({ fields, line: rowLine });
  }
  return { rows };
}
