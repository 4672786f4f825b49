import {
  type Locale,
  type ParseResult,
  SCHEMA_VERSIONS,
  type SerializedNetwork,
  SerializedNetworkSchema,
  validate,
} from "@verlicht/core";
import { MultiDirectedGraph } from "graphology";
import { emptyAesthetics } from "./collect-aesthetics.js";
import { qnaMessages } from "./messages.js";
import type { QnaEdgeAttributes, QnaGraphAttributes, QnaNetwork, QnaNodeAttributes } from "./types.js";

/**
 * Serialise a network to the exchange format (graphology's `{attributes, options, nodes, edges}` with
 * VERLICHT attributes, `format: "verlicht-network"`, `version: 1`), which `SerializedNetworkSchema`
 * of `@verlicht/core` validates and the viewer, indicators and dashboard read. Plain JSON data.
 *
 * @param network The network.
 * @returns The serialised network (a deep copy).
 */
export function toSerializedNetwork(network: QnaNetwork): SerializedNetwork {
  const data = network.export();
  const out = JSON.parse(JSON.stringify(data)) as SerializedNetwork;
  out.attributes = { ...out.attributes, format: "verlicht-network", version: SCHEMA_VERSIONS.network };
  for (const edge of out.edges) delete edge.undirected;
  return out;
}

/**
 * Serialise a network as graphology JSON text.
 *
 * @param network The network.
 * @param options `pretty` to indent with two spaces.
 * @returns JSON text.
 */
export function toGraphologyJson(network: QnaNetwork, options?: { pretty?: boolean | undefined } | null): string {
  return JSON.stringify(toSerializedNetwork(network), null, options?.pretty ? 2 : undefined);
}

/**
 * Read a serialised network (an object, or JSON text) back into a network. Never throws on bad
 * input: returns `{value: undefined, messages}` with one `invalid-data` message per schema problem,
 * `invalid-json` when the text does not parse, `unsupported-graph` for undirected edges, or
 * `invalid-network` when graphology refuses it (e.g. two edges with one key).
 *
 * @param json The serialised network or its JSON text.
 * @param options `locale` of the messages (default English).
 * @returns The network, or undefined with messages.
 */
export function fromSerializedNetwork(
  json: unknown,
  options?: { locale?: Locale | null | undefined } | null,
): ParseResult<QnaNetwork | undefined> {
  let data = json;
  if (typeof json === "string") {
    try {
      data = JSON.parse(json);
    } catch (error) {
      return {
        value: undefined,
        messages: [
          qnaMessages.create("invalid-json", {
            severity: "error",
            params: { detail: (error as Error).message },
            locale: options?.locale,
          }),
        ],
      };
    }
  }
  const checked = validate(SerializedNetworkSchema, data, { source: "qna" });
  if (!checked.value) return { value: undefined, messages: checked.messages };
  const value = checked.value;
  if (value.options.type === "undirected" || value.edges.some((e) => e.undirected)) {
    return {
      value: undefined,
      messages: [qnaMessages.create("unsupported-graph", { severity: "error", locale: options?.locale })],
    };
  }
  const graph: QnaNetwork = new MultiDirectedGraph<QnaNodeAttributes, QnaEdgeAttributes, QnaGraphAttributes>({
    allowSelfLoops: true,
  });
  graph.replaceAttributes({
    caseFallback: "source",
    aesthetics: emptyAesthetics(),
    ...(value.attributes as Partial<QnaGraphAttributes>),
    format: "verlicht-network",
    version: 1,
  });
  try {
    fill(graph, value);
  } catch (error) {
    return {
      value: undefined,
      messages: [
        qnaMessages.create("invalid-network", {
          severity: "error",
          params: { detail: (error as Error).message },
          locale: options?.locale,
        }),
      ],
    };
  }
  return { value: graph, messages: [] };
}

function fill(graph: QnaNetwork, value: SerializedNetwork): void {
  for (const n of value.nodes) {
    graph.addNode(n.key, {
      kind: null,
      codePath: [n.key],
      support: { citations: 0, sources: 0, cases: 0 },
      ...n.attributes,
    } as QnaNodeAttributes);
  }
  for (const e of value.edges) {
    const attrs = e.attributes as QnaEdgeAttributes;
    if (!graph.hasNode(e.source)) graph.addNode(e.source, placeholder(e.source));
    if (!graph.hasNode(e.target)) graph.addNode(e.target, placeholder(e.target));
    if (e.key !== undefined) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, attrs);
    else graph.addDirectedEdge(e.source, e.target, attrs);
  }
}

function placeholder(key: string): QnaNodeAttributes {
  return { label: key, kind: null, codePath: [key], support: { citations: 0, sources: 0, cases: 0 } };
}
