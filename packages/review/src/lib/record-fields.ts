/** Helpers that turn raw field values into canonical record fields. */

// `<`, `>` and `;` are legal in DOIs (SICI DOIs such as `10.1002/(SICI)1097-4571(1994)45:5<…>3.0.CO;2-#`);
// an unbalanced `>` at the end (a DOI written as `<doi>`) is cut below, like an unbalanced `)`.
const DOI_PATTERN = /10\.\d{4,9}\/[^\s"]+/i;

/** Find a DOI in a value (`doi:…`, `https://doi.org/…`, `10.1000/x [doi]`), trailing punctuation removed. */
export function extractDoi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let text = value;
  if (/%2f/i.test(text) && /doi\.org|doi=/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // keep the value as it was
    }
  }
  const match = DOI_PATTERN.exec(text);
  if (!match) return undefined;
  let doi = match[0];
  doi = doi.replace(/\[doi\]$/i, "");
  // Strip trailing punctuation that is not part of a DOI, and unbalanced closing brackets.
  for (;;) {
    const last = doi.at(-1);
    if (last === undefined) break;
    if (".,;:'".includes(last)) {
      doi = doi.slice(0, -1);
      continue;
    }
    if (last === ")" && count(doi, "(") < count(doi, ")")) {
      doi = doi.slice(0, -1);
      continue;
    }
    if (last === ">" && count(doi, "<") < count(doi, ">")) {
      doi = doi.slice(0, -1);
      continue;
    }
    if (last === "]" && count(doi, "[") < count(doi, "]")) {
      doi = doi.slice(0, -1);
      continue;
    }
    break;
  }
  return doi.length > 7 ? doi : undefined;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** The first plausible four-digit year (1500–2099) in a value such as `2024/07//`, `2019 Sep 18` or `1999`. */
export function extractYear(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const match = /(?:^|[^0-9])(1[5-9]\d\d|20\d\d)(?![0-9])/.exec(value);
  return match ? Number(match[1]) : undefined;
}

/** Collapse whitespace (including line breaks) to single spaces and trim. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** Join first and last page as `first-last`, keeping what is there. */
export function joinPages(first: string | undefined, last: string | undefined): string | undefined {
  const a = first?.trim();
  const b = last?.trim();
  if (a && b && a !== b) return `${a}-${b}`;
  return a || b || undefined;
}

/** Set a field only when it is still empty and the value is non-empty. */
export function setOnce<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined || value === null || value === "") return;
  if (target[key] === undefined) target[key] = value;
}

/** Split one author line that holds several authors (`Smith, J.; Doe, K.`). */
export function splitAuthors(value: string): string[] {
  const text = oneLine(value);
  if (!text) return [];
  if (text.includes(";")) return text.split(/\s*;\s*/).filter(Boolean);
  return [text];
}
