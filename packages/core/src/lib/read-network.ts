import { jsonErrorOffset } from "./json-error-offset.js";
import type { Locale } from "./locale.js";
import type { Message, ParseResult } from "./message.js";
import { coreMessages } from "./messages.js";
import { type SerializedNetwork, SerializedNetworkSchema } from "./schemas.js";
import { validate } from "./validate.js";

/** Options of {@link readNetwork}. */
export interface ReadNetworkOptions {
  /** The file the network came from, put on every message. */
  file?: string | undefined;
  /** The `source` of schema messages (default `core`), e.g. the package that reads the network. */
  source?: string | undefined;
  /** The language of the messages (default English). */
  locale?: Locale | null | undefined;
}

/**
 * Read and check a serialised assumption network (an object, or its JSON text) against
 * {@link SerializedNetworkSchema}, then check that node keys and edge keys are unique and that every
 * edge refers to a listed node. The one reader of network files: the CLI, the viewer and the indicators
 * use it. Never throws on bad input: problems come back as messages (`invalid-json`, `invalid-network`,
 * `duplicate-node`, `duplicate-edge`, `unknown-node`) and `value` is then `undefined`.
 *
 * @param data The network as an object or JSON text.
 * @param options File name, message source and language.
 * @returns The network (edge keys filled in as `e<index>` where absent) and the problems found.
 * @example
 * ```ts
 * import { readNetwork } from "@verlicht/core";
 * const { value, messages } = readNetwork('{"attributes":{},"options":{"type":"directed","multi":true,"allowSelfLoops":true},"nodes":[],"edges":[]}');
 * console.log(value?.nodes.length, messages.length); // 0 0
 * ```
 */
export function readNetwork(
  data: unknown,
  options?: ReadNetworkOptions | null,
): ParseResult<SerializedNetwork | undefined> {
  const file = options?.file;
  const locale = options?.locale;
  let input = data;
  if (typeof data === "string") {
    try {
      input = JSON.parse(data);
    } catch (error) {
      const detail = (error as Error).message;
      const place = jsonErrorPlace(data);
      return {
        value: undefined,
        messages: [coreMessages.create("invalid-json", { severity: "error", file, place, params: { detail }, locale })],
      };
    }
  }
  const checked = validate(SerializedNetworkSchema, input, {
    source: options?.source ?? "core",
    ruleId: "invalid-network",
    file,
  });
  if (!checked.value) return { value: undefined, messages: checked.messages };
  const value = checked.value;
  const problems: Message[] = [];
  const error = (
    ruleId: "duplicate-node" | "duplicate-edge" | "unknown-node",
    params: Record<string, string | number>,
  ) => problems.push(coreMessages.create(ruleId, { severity: "error", file, params, locale }));
  const nodes = new Set<string>();
  for (const node of value.nodes) {
    if (nodes.has(node.key)) error("duplicate-node", { node: node.key });
    nodes.add(node.key);
  }
  const edgeKeys = new Set<string>();
  const edges = value.edges.map((edge, index) => {
    const key = edge.key ?? `e${index}`;
    if (edgeKeys.has(key)) error("duplicate-edge", { edge: key });
    edgeKeys.add(key);
    for (const end of [edge.source, edge.target]) {
      if (!nodes.has(end)) error("unknown-node", { edge: key, index, node: end });
    }
    return { ...edge, key };
  });
  if (problems.length > 0) return { value: undefined, messages: problems };
  return { value: { ...value, edges }, messages: [] };
}

/** Line and column (from 1) and offset of a JSON syntax error. */
function jsonErrorPlace(text: string): { line: number; column: number; offset: number } {
  const found = jsonErrorOffset(text);
  const offset = found < 0 ? text.length : found;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1, offset };
}
