import { InvalidArgumentsError, type SerializedNetwork } from "@verlicht/core";
import type { AbstractGraph } from "graphology-types";
import { prefix } from "./constants.js";

/** An assumption network as accepted by this package: a graphology graph or its serialisation. */
export type NetworkInput =
  | AbstractGraph
  | SerializedNetwork
  | { nodes: ReadonlyArray<unknown>; edges: ReadonlyArray<unknown> };

/** A node of a {@link PlainNetwork}. */
export interface PlainNode {
  key: string;
  attributes: Record<string, unknown>;
}

/** An edge of a {@link PlainNetwork}, with its valence resolved. */
export interface PlainEdge {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  /** The relation type (`causal_pos`, `causal_neg`, `causal_unknown`, `structural`, …). */
  type: string | null;
  /** +1, −1, 0 (unknown sign) or `null` (not causal); from the `valence` attribute, else from `type`. */
  valence: 1 | -1 | 0 | null;
  attributes: Record<string, unknown>;
}

/** The network in plain arrays. Internal. */
export interface PlainNetwork {
  nodes: PlainNode[];
  edges: PlainEdge[];
}

/**
 * Read a graphology graph or a `SerializedNetwork` (`{nodes: [{key, attributes}], edges: [{key?,
 * source, target, undirected?, attributes}]}`) into plain arrays, without importing graphology.
 * Throws `InvalidArgumentsError` when it is neither.
 */
export function readNetwork(network: NetworkInput, fn: string): PlainNetwork {
  const graph = network as Partial<AbstractGraph>;
  if (network && typeof graph.forEachNode === "function" && typeof graph.forEachEdge === "function") {
    const nodes: PlainNode[] = [];
    const edges: PlainEdge[] = [];
    graph.forEachNode((key, attributes) => nodes.push({ key, attributes: { ...attributes } }));
    graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) =>
      edges.push(plainEdge(key, source, target, undirected, attributes)),
    );
    return { nodes, edges };
  }
  const data = network as { nodes?: unknown; edges?: unknown };
  if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new InvalidArgumentsError(
      `${prefix(fn)}expected a graphology Graph or a SerializedNetwork ({nodes, edges}), got ${describe(network)}`,
    );
  }
  const nodes: PlainNode[] = data.nodes.map((n: unknown, i: number) => {
    const node = n as { key?: unknown; attributes?: Record<string, unknown> };
    if (typeof node?.key !== "string") throw new InvalidArgumentsError(`${prefix(fn)}nodes[${i}] has no string key`);
    return { key: node.key, attributes: { ...(node.attributes ?? {}) } };
  });
  const keys = new Set(nodes.map((n) => n.key));
  const edges: PlainEdge[] = data.edges.map((e: unknown, i: number) => {
    const edge = e as {
      key?: unknown;
      source?: unknown;
      target?: unknown;
      undirected?: unknown;
      attributes?: Record<string, unknown>;
    };
    if (typeof edge?.source !== "string" || typeof edge.target !== "string") {
      throw new InvalidArgumentsError(`${prefix(fn)}edges[${i}] needs string source and target`);
    }
    for (const end of [edge.source, edge.target]) {
      if (!keys.has(end)) {
        keys.add(end);
        nodes.push({ key: end, attributes: {} });
      }
    }
    const key = typeof edge.key === "string" ? edge.key : `e${i}`;
    return plainEdge(key, edge.source, edge.target, edge.undirected === true, edge.attributes ?? {});
  });
  return { nodes, edges };
}

function plainEdge(
  key: string,
  source: string,
  target: string,
  undirected: boolean,
  attributes: Record<string, unknown>,
): PlainEdge {
  const type = typeof attributes["type"] === "string" ? (attributes["type"] as string) : null;
  const v = attributes["valence"];
  let valence: PlainEdge["valence"];
  if (v === 1 || v === -1 || v === 0 || v === null) valence = v;
  else valence = valenceOfType(type);
  return { key, source, target, undirected, type, valence, attributes: { ...attributes } };
}

/** The valence implied by a relation type name (`…pos…` → +1, `…neg…` → −1, `…unknown…` → 0, else `null`). */
export function valenceOfType(type: string | null): 1 | -1 | 0 | null {
  if (!type) return null;
  const t = type.toLowerCase();
  if (/(^|_)(pos|positive|plus|increases?)($|_)/.test(t)) return 1;
  if (/(^|_)(neg|negative|minus|decreases?)($|_)/.test(t)) return -1;
  if (/(^|_)(unknown|unsigned)($|_)/.test(t)) return 0;
  return null;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}
