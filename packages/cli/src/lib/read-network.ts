import { type SerializedNetwork, SerializedNetworkSchema, validate } from "@verlicht/core";
import Graph from "graphology";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";
import { readTextFile } from "./io.js";

/** Where in a JSON text a syntax error is: line and column from the offset in V8's message. */
function jsonErrorPlace(text: string, message: string): { line: number; column: number } {
  const m = /position (\d+)/.exec(message) ?? /line (\d+) column (\d+)/.exec(message);
  if (m && m.length === 3) return { line: Number(m[1]), column: Number(m[2]) };
  const offset = m ? Number(m[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * Read a JSON file; a syntax error becomes a {@link CliError} with the file, line and column.
 */
export function readJsonFile(ctx: CliContext, file: string): unknown {
  const text = readTextFile(file, ctx.t);
  try {
    return JSON.parse(text);
  } catch (error) {
    const place = jsonErrorPlace(text, error instanceof Error ? error.message : "");
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
 * Read a network file written by `verlicht network build` (graphology's serialisation), validate it with the
 * core schema and return it with a graphology graph. Problems name the file and the field.
 */
export function readNetwork(ctx: CliContext, file: string): { serialized: SerializedNetwork; graph: Graph } {
  const data = readJsonFile(ctx, file);
  const { value, messages } = validate(SerializedNetworkSchema, data, { source: "cli", file });
  if (!value) {
    throw new CliError(ctx.t(`${file} is geen VERLICHT-netwerk`, `${file} is not a VERLICHT network`), {
      file,
      messages: messages.slice(0, 10),
      fix: ctx.t("maak het bestand met `verlicht network build`", "create the file with `verlicht network build`"),
      code: "invalid-network",
    });
  }
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  graph.import(value as never);
  return { serialized: value, graph };
}
