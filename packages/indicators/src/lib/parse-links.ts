import type { Locale, Message, ParseResult } from "@verlicht/core";
import { normaliseHeader, readCsv } from "./csv.js";
import { indicatorsMessages } from "./messages.js";
import { issuesWithPlaces, readStructured } from "./read-structured.js";
import { type IndicatorLink, IndicatorLinkSchema } from "./schemas.js";

/** Options of {@link parseLinks}. */
export interface ParseLinksOptions {
  /** `csv`, `yaml` (also JSON) or `auto` (default: CSV when the first line names a `construct` column). */
  format?: "csv" | "yaml" | "auto" | undefined;
  /** The file name, for messages. */
  file?: string | undefined;
  /** Language of the messages (default English). */
  locale?: Locale | undefined;
}

/**
 * Read construct → indicator links, from CSV (`construct,indicatorId,sign,role,note`; `sign` is `1`
 * or `-1`, default 1; `role` is `measures` or `proxy`) or YAML/JSON (a list of `{construct,
 * indicatorId, sign?, role?, note?}` or `{links: [...]}`). Invalid rows are left out with an error
 * message that names the field and place; duplicates are reported as warnings and kept once.
 *
 * @param text The file's text.
 * @param options See {@link ParseLinksOptions}.
 * @returns The links and messages.
 */
export function parseLinks(text: string, options?: ParseLinksOptions | null): ParseResult<IndicatorLink[]> {
  const file = options?.file;
  const locale = options?.locale;
  const format = options?.format ?? "auto";
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const csv =
    format === "csv" ||
    (format === "auto" && /construct/i.test(firstLine) && /[,;\t]/.test(firstLine) && !/^\s*[[{-]/.test(firstLine));
  const messages: Message[] = [];
  const value: IndicatorLink[] = [];
  const seen = new Set<string>();
  const add = (link: IndicatorLink, place: Message["place"]) => {
    const key = `${link.construct}\u0000${link.indicatorId}`;
    if (seen.has(key)) {
      messages.push(
        indicatorsMessages.create("duplicate-link", {
          severity: "warning",
          params: { construct: link.construct, indicatorId: link.indicatorId },
          place,
          file,
          locale,
        }),
      );
      return;
    }
    seen.add(key);
    value.push(link);
  };
  if (csv) {
    const table = readCsv(text).value;
    const [header, ...rows] = table.rows;
    const names = header?.cells.map((c) => normaliseHeader(c.text)) ?? [];
    const col = (n: string) => names.indexOf(n);
    if (col("construct") === -1 || (col("indicatorid") === -1 && col("indicator") === -1)) {
      messages.push(
        indicatorsMessages.create("missing-column", {
          severity: "error",
          params: { columns: "construct, indicatorId" },
          place: header?.cells[0]?.position,
          file,
          locale,
        }),
      );
      return { value, messages };
    }
    const ind = col("indicatorid") === -1 ? col("indicator") : col("indicatorid");
    for (const row of rows) {
      const get = (i: number) => (i === -1 ? undefined : row.cells[i]?.text.trim() || undefined);
      const raw: Record<string, unknown> = { construct: get(col("construct")), indicatorId: get(ind) };
      const sign = get(col("sign"));
      if (sign !== undefined) raw["sign"] = Number(sign.replace("+", ""));
      const role = get(col("role"));
      if (role !== undefined) raw["role"] = role;
      const note = get(col("note"));
      if (note !== undefined) raw["note"] = note;
      const parsed = IndicatorLinkSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "");
          const cellIndex = field === "indicatorId" ? ind : col(field.toLowerCase());
          messages.push(
            indicatorsMessages.create("invalid-link", {
              severity: "error",
              params: { field: `line ${row.line}, ${field || "row"}`, detail: issue.message },
              place: row.cells[cellIndex]?.position ?? row.cells[0]?.position,
              file,
              locale,
            }),
          );
        }
        continue;
      }
      add(parsed.data, row.cells[0]?.position);
    }
    return { value, messages };
  }
  const read = readStructured(text, file, locale);
  messages.push(...read.messages);
  if (read.data === undefined) return { value, messages };
  const list = Array.isArray(read.data) ? read.data : (read.data as { links?: unknown })?.links;
  const prefixPath = Array.isArray(read.data) ? [] : ["links"];
  if (!Array.isArray(list)) {
    messages.push(indicatorsMessages.create("not-a-list", { severity: "error", file, locale }));
    return { value, messages };
  }
  list.forEach((entry, i) => {
    const parsed = IndicatorLinkSchema.safeParse(entry);
    if (!parsed.success)
      messages.push(...issuesWithPlaces(parsed.error.issues, read, "invalid-link", file, [...prefixPath, i], locale));
    else add(parsed.data, read.placeOf([...prefixPath, i]));
  });
  return { value, messages };
}
