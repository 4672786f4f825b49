import type { Citation, Support, Valence } from "@verlicht/core";
import type { MultiDirectedGraph } from "graphology";
import type { EvidenceCounting } from "./identify-documents.js";

/** Node attributes of an assumption network (one node per construct). */
export interface QnaNodeAttributes {
  /** Human label: from the codebook (`ROCK_codes`, `ROCK_codebook`, DCT) or the `labels` option, else the id. */
  label: string;
  /** Kind of construct (`intervention`, `mechanism`, `outcome`, `goal`, `context`, …) or null when unknown. */
  kind: string | null;
  /** Path of code ids from the root of the code hierarchy to this construct, the construct included. */
  codePath: string[];
  /** Distinct support of the node: coded utterances that name it as cause or effect, their sources and cases. */
  support: Support;
  /** Other attributes written by analyses (`pagerank`, `community`, …). */
  [key: string]: unknown;
}

/** Edge attributes of an assumption network (one edge per (from, to, type)). */
export interface QnaEdgeAttributes {
  /** Relation type as coded, e.g. `causal_pos`. */
  type: string;
  /** +1, −1, 0 (causal, sign unknown) or null (not causal), from the type. */
  valence: Valence;
  /** Sum of the coded weights of the codings behind the edge; a coding without weight counts 1. */
  weight: number;
  /** Distinct support: coded utterances (by uid, else source and line), sources and cases. */
  support: Support;
  /** One citation per coding, in input order. */
  citations: Citation[];
  /**
   * How many coders coded this edge (distinct coder ids; without ids, each coder's copy of a document
   * counts as one coder): with two coders' files, 2 means both coded it, 1 that only one did.
   */
  coders?: number | undefined;
  /** With `groupBy`: the sorted distinct group values whose codings name this edge. */
  groups?: string[];
  /** Other attributes written by analyses. */
  [key: string]: unknown;
}

/** `ROCK_aesthetics` / `ROCK_network` styling collected from the sources, rock's shape. */
export interface QnaAesthetics {
  /** Edge styles: `type` is `default` or a regular expression tested against the edge type. */
  edges: Array<Record<string, unknown>>;
  /** Node styles: `type` is `default` or a regular expression tested against the node id and label. */
  nodes: Array<Record<string, unknown>>;
  /** Graph-level Graphviz attributes (`rankdir`, `layout`, …). */
  graph: Record<string, unknown>;
  /** Rank constraints: `min`, `max`, `source`, `sink`, `same`: regexes tested against node ids. */
  rank: Record<string, unknown>;
}

/** Graph attributes of an assumption network. */
export interface QnaGraphAttributes {
  /** Always `verlicht-network`. */
  format: "verlicht-network";
  /** Version of the serialised format (1). */
  version: 1;
  /** Optional name. */
  name?: string;
  /** How cases were counted: `source` counts a coding without case id as its source's case. */
  caseFallback: "source" | "none";
  /** Styling from the sources, for DOT export. */
  aesthetics: QnaAesthetics;
  /** How evidence was counted when not the default `distinct-utterances`. */
  evidence?: EvidenceCounting | undefined;
  /** Other attributes. */
  [key: string]: unknown;
}

/** An assumption network: a graphology multi directed graph with VERLICHT attributes. */
export type QnaNetwork = MultiDirectedGraph<QnaNodeAttributes, QnaEdgeAttributes, QnaGraphAttributes>;

/** Which number to use as the strength of a link in weighted analyses. */
export type EdgeWeightBy = "weight" | "citations" | "sources" | "cases" | "none";
