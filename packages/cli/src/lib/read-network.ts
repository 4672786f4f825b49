import { jsonErrorOffset, readNetwork as readNetworkCore, type SerializedNetwork } from "@verlicht/core";
import { fromSerializedNetwork, type QnaNetwork } from "@verlicht/qna";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";
import { readTextFile } from "./io.js";

/** Where in a JSON text the first syntax error is (line and column from 1). */
function jsonErrorPlace(text: string): { line: number; column: number } {
  const found = jsonErrorOffset(text);
  const before = text.slice(0, found < 0 ? text.length : found).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * Read a JSON file; a syntax error becomes a {@link CliError} with the file, line and column.
 */
export function readJsonFile(ctx: CliContext, file: string): unknown {
  const text = readTextFile(file, ctx.t);
  try {
    return JSON.parse(text);
  } catch {
    const place = jsonErrorPlace(text);
    throw new CliError(ctx.t(`${file} is geen geldige JSON`, `${file} is not valid JSON`), {
      file,
      line: place.line,
      column: place.column,
      fix: ctx.t("herstel de JSON-syntaxis op die plek", "fix the JSON syntax at that place"),
      code: "invalid-json",
    });
  }
}

/**
 * Read a network file written by `verlicht network build` (graphology's serialisation) with core's
 * `readNetwork` (schema, unique keys, known nodes) and rebuild it as a qna network. Problems name the file
 * and the field.
 */
export function readNetwork(ctx: CliContext, file: string): { serialized: SerializedNetwork; graph: QnaNetwork } {
  const data = readJsonFile(ctx, file);
  const { value, messages } = readNetworkCore(data, { source: "cli", file, locale: ctx.lang });
  const graph = value ? fromSerializedNetwork(value) : undefined;
  if (!value || !graph?.value) {
    throw new CliError(ctx.t(`${file} is geen VERLICHT-netwerk`, `${file} is not a VERLICHT network`), {
      file,
      messages: [...messages, ...(graph?.messages ?? [])].slice(0, 10).map((m) => ({ ...m, file })),
      fix: ctx.t("maak het bestand met `verlicht network build`", "create the file with `verlicht network build`"),
      code: "invalid-network",
    });
  }
  return { serialized: value, graph: graph.value };
}
