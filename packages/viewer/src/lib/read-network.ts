import {
  createMessage,
  type Message,
  type ParseResult,
  type SerializedNetwork,
  SerializedNetworkSchema,
  validate,
} from "@verlicht/core";

/**
 * Read and check the viewer's input: a serialised network (an object, or its JSON text).
 * Never throws on bad input: problems come back as messages (`ruleId` `invalid-json`,
 * `invalid-network`, `duplicate-node`, `duplicate-edge` or `unknown-node`) and `value` is then `undefined`.
 *
 * @param data The network as an object or JSON text.
 * @returns The validated network (edge keys filled in as `e<index>` where absent) and the problems found.
 * @example
 * ```ts
 * const {value, messages} = readNetwork(json);
 * if (!value) console.error(messages.map((m) => m.reason).join("\n"));
 * ```
 */
export function readNetwork(data: unknown): ParseResult<SerializedNetwork | undefined> {
  let input = data;
  if (typeof data === "string") {
    try {
      input = JSON.parse(data);
    } catch (error) {
      const reason = `The network is not valid JSON: ${(error as Error).message}`;
      return {
        value: undefined,
        messages: [createMessage({ ruleId: "invalid-json", source: "viewer", severity: "error", reason })],
      };
    }
  }
  const { value, messages } = validate(SerializedNetworkSchema, input, { source: "viewer", ruleId: "invalid-network" });
  if (!value) return { value: undefined, messages };
  const problems: Message[] = [];
  const nodes = new Set<string>();
  for (const node of value.nodes) {
    if (nodes.has(node.key)) problems.push(error("duplicate-node", `Node "${node.key}" appears more than once.`));
    nodes.add(node.key);
  }
  const edgeKeys = new Set<string>();
  const edges = value.edges.map((edge, index) => {
    const key = edge.key ?? `e${index}`;
    if (edgeKeys.has(key)) problems.push(error("duplicate-edge", `Edge "${key}" appears more than once.`));
    edgeKeys.add(key);
    for (const end of [edge.source, edge.target]) {
      if (!nodes.has(end)) {
        problems.push(
          error(
            "unknown-node",
            `Edge "${key}" (edges[${index}]) refers to node "${end}", which is not in the nodes list.`,
          ),
        );
      }
    }
    return { ...edge, key };
  });
  if (problems.length > 0) return { value: undefined, messages: problems };
  return { value: { ...value, edges }, messages: [] };
}

function error(ruleId: string, reason: string): Message {
  return createMessage({ ruleId, source: "viewer", severity: "error", reason });
}
