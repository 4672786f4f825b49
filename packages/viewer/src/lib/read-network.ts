import { type ParseResult, readNetwork as readNetworkCore, type SerializedNetwork } from "@verlicht/core";

/**
 * Read and check the viewer's input: a serialised network (an object, or its JSON text), with
 * `readNetwork` of `@verlicht/core` (the one reader of networks).
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
  return readNetworkCore(data, { source: "viewer" });
}
