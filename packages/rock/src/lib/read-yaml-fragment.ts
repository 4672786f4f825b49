import type { Message, Position } from "@verlicht/core";
import { parseDocument } from "yaml";
import { rockMessage } from "./messages.js";
import type { YamlFragment } from "./types.js";

/**
 * Parse the text of one YAML fragment (YAML 1.1, as R's `yaml` package reads it). Problems become
 * messages placed at the line inside the source where they occur.
 *
 * @param text The YAML between the delimiters.
 * @param position Where the fragment is (from the opening to the closing delimiter).
 * @param file Source id for messages.
 * @param messages Where problems go.
 * @param lineOffsets Source offset of each line of the fragment (for exact message places).
 * @returns The fragment, with `value` undefined when the YAML does not parse.
 */
export function readYamlFragment(
  text: string,
  position: Position,
  file: string | undefined,
  messages: Message[],
  lineOffsets?: ReadonlyArray<number>,
): YamlFragment {
  // R's yaml package reads dates as plain strings, so the YAML 1.1 timestamp type is left out.
  const doc = parseDocument(text, {
    version: "1.1",
    prettyErrors: true,
    uniqueKeys: false,
    customTags: (tags) => tags.filter((t) => typeof t === "string" || t.tag !== "tag:yaml.org,2002:timestamp"),
  });
  let value: unknown;
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const linePos = error.linePos?.[0];
      // lineOffsets[k] is the source offset of the fragment's line k + 1.
      const place = linePos
        ? {
            line: position.start.line + linePos.line,
            column: linePos.col,
            offset: (lineOffsets?.[linePos.line - 1] ?? position.start.offset) + linePos.col - 1,
          }
        : position;
      messages.push(
        rockMessage("invalid-yaml", `YAML fragment does not parse: ${error.message.split("\n")[0]}`, place, {
          severity: "error",
          file,
        }),
      );
    }
  } else {
    value = doc.toJS({ maxAliasCount: 1000 });
  }
  const containers =
    value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value as object) : [];
  return { text, value, containers, position };
}
