import type { Citation, Valence } from "@verlicht/core";
import { MultiDirectedGraph } from "graphology";
import type { Coding } from "./build-network.js";
import { edgeKeyOf } from "./edge-key-of.js";
import { groupOf } from "./group-of.js";
import type { EvidenceCounting } from "./identify-documents.js";
import type { ResolvedConstruct } from "./resolve-construct.js";
import type { QnaAesthetics, QnaEdgeAttributes, QnaGraphAttributes, QnaNetwork, QnaNodeAttributes } from "./types.js";

/** Meta data of an assembled network. */
export interface AssembleMeta {
  /** How cases were counted. */
  caseFallback: "source" | "none";
  /** Styling for DOT. */
  aesthetics: QnaAesthetics;
  /** Optional name. */
  name?: string | null | undefined;
  /** Attribute whose values are listed on edges as `groups`. */
  groupBy?: string | null | undefined;
  /** How evidence was counted. */
  evidence?: EvidenceCounting | undefined;
}

/** Give each distinct string a small number; consecutive repeats hit a one-entry cache. */
function createInterner() {
  const ids = new Map<string, number>();
  let last: string | undefined;
  let lastId = -1;
  return {
    id(value: string): number {
      if (value === last) return lastId;
      let id = ids.get(value);
      if (id === undefined) {
        id = ids.size;
        ids.set(value, id);
      }
      last = value;
      lastId = id;
      return id;
    },
    get size() {
      return ids.size;
    },
  };
}

/**
 * Count, for each group of codings (an edge or a node), the distinct values of one coding property,
 * with a stamp array instead of one Set per group (this is the hot loop of a corpus-wide build).
 */
function countDistinct(
  groups: number,
  start: Int32Array,
  members: Int32Array,
  values: Int32Array,
  universe: number,
): Int32Array {
  const stamp = new Int32Array(universe).fill(-1);
  const out = new Int32Array(groups);
  for (let g = 0; g < groups; g++) {
    let count = 0;
    for (let k = start[g]!; k < start[g + 1]!; k++) {
      const v = values[members[k]!]!;
      if (v >= 0 && stamp[v] !== g) {
        stamp[v] = g;
        count++;
      }
    }
    out[g] = count;
  }
  return out;
}

/** Bucket coding indices by group (counting sort): `start[g]..start[g+1]` in `members`. */
function bucket(groups: number, keysPerCoding: ReadonlyArray<Int32Array>, n: number) {
  const start = new Int32Array(groups + 1);
  for (const keys of keysPerCoding) for (let c = 0; c < n; c++) if (keys[c]! >= 0) start[keys[c]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const members = new Int32Array(start[groups]!);
  for (const keys of keysPerCoding) for (let c = 0; c < n; c++) if (keys[c]! >= 0) members[fill[keys[c]!]!++] = c;
  return { start, members };
}

/** Assemble codings into a network (no filtering): one node per construct, one edge per (from, to, type). */
export function assembleNetwork(
  codings: ReadonlyArray<Coding>,
  valenceOf: (type: string) => Valence,
  meta: AssembleMeta,
): QnaNetwork {
  const graph: QnaNetwork = new MultiDirectedGraph<QnaNodeAttributes, QnaEdgeAttributes, QnaGraphAttributes>({
    allowSelfLoops: true,
  });
  const attributes: QnaGraphAttributes = {
    format: "verlicht-network",
    version: 1,
    caseFallback: meta.caseFallback,
    aesthetics: meta.aesthetics,
  };
  if (meta.name) attributes.name = meta.name;
  if (meta.groupBy) attributes["groupBy"] = meta.groupBy;
  if (meta.evidence && meta.evidence !== "distinct-utterances") attributes["evidence"] = meta.evidence;
  graph.replaceAttributes(attributes);

  const n = codings.length;
  const nodeIds = new Map<string, number>();
  const nodes: ResolvedConstruct[] = [];
  const nodeOf = (c: ResolvedConstruct) => {
    let id = nodeIds.get(c.key);
    if (id === undefined) {
      id = nodes.length;
      nodeIds.set(c.key, id);
      nodes.push(c);
    }
    return id;
  };
  // Edges are found by type, then by (from, to) as one number: no string is built per coding.
  const byType = new Map<string, Map<number, number>>();
  const edges: Array<{ from: number; to: number; type: string; weight: number; citations: Citation[] }> = [];
  const groups: Array<Set<string>> = [];
  const utterances = createInterner();
  const sources = createInterner();
  const cases = createInterner();
  const coders = createInterner();
  const cEdge = new Int32Array(n);
  const cFrom = new Int32Array(n);
  const cTo = new Int32Array(n);
  const cUtt = new Int32Array(n);
  const cSrc = new Int32Array(n);
  const cCase = new Int32Array(n);
  const cCoder = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const coding = codings[i]!;
    const from = nodeOf(coding.from);
    const to = nodeOf(coding.to);
    let pairs = byType.get(coding.type);
    if (!pairs) {
      pairs = new Map();
      byType.set(coding.type, pairs);
    }
    const pair = from * 2097152 + to;
    let e = pairs.get(pair);
    if (e === undefined) {
      e = edges.length;
      pairs.set(pair, e);
      edges.push({ from, to, type: coding.type, weight: 0, citations: [] });
      if (meta.groupBy) groups.push(new Set());
    }
    const edge = edges[e]!;
    edge.weight += coding.weight;
    edge.citations.push(coding.citation);
    if (meta.groupBy) {
      const g = groupOf(coding.citation, meta.groupBy);
      if (g !== undefined) groups[e]!.add(g);
    }
    cEdge[i] = e;
    cFrom[i] = from;
    cTo[i] = to === from ? -1 : to;
    cUtt[i] = utterances.id(coding.utteranceKey);
    cSrc[i] = sources.id(coding.sourceKey);
    cCase[i] = coding.caseKey === undefined ? -1 : cases.id(coding.caseKey);
    cCoder[i] = coders.id(coding.coderKey);
  }

  const byEdge = bucket(edges.length, [cEdge], n);
  const byNode = bucket(nodes.length, [cFrom, cTo], n);
  const count = (b: { start: Int32Array; members: Int32Array }, size: number) => ({
    utterances: countDistinct(size, b.start, b.members, cUtt, utterances.size),
    sources: countDistinct(size, b.start, b.members, cSrc, sources.size),
    cases: countDistinct(size, b.start, b.members, cCase, cases.size),
    coders: countDistinct(size, b.start, b.members, cCoder, coders.size),
  });
  const edgeCounts = count(byEdge, edges.length);
  const nodeCounts = count(byNode, nodes.length);

  nodes.forEach((c, i) => {
    graph.addNode(c.key, {
      label: c.label,
      kind: c.kind,
      codePath: c.codePath,
      support: {
        citations: nodeCounts.utterances[i]!,
        sources: nodeCounts.sources[i]!,
        cases: nodeCounts.cases[i]!,
      },
    });
  });
  edges.forEach((e, i) => {
    const from = nodes[e.from]!.key;
    const to = nodes[e.to]!.key;
    const attrs: QnaEdgeAttributes = {
      type: e.type,
      valence: valenceOf(e.type),
      weight: e.weight,
      support: {
        citations: edgeCounts.utterances[i]!,
        sources: edgeCounts.sources[i]!,
        cases: edgeCounts.cases[i]!,
      },
      coders: edgeCounts.coders[i]!,
      citations: e.citations,
    };
    if (meta.groupBy) attrs.groups = [...groups[i]!].sort();
    graph.addDirectedEdgeWithKey(edgeKeyOf(from, to, e.type), from, to, attrs);
  });
  return graph;
}
