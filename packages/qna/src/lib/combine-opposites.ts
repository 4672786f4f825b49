import { type Citation, errorPrefix, InvalidArgumentsError, type Valence } from "@verlicht/core";
import { MultiDirectedGraph } from "graphology";
import { computeSupport, countCoders } from "./compute-support.js";
import { edgeKeyOf } from "./edge-key-of.js";
import { recomputeNodeSupport } from "./filter-by-support.js";
import type { QnaEdgeAttributes, QnaGraphAttributes, QnaNetwork, QnaNodeAttributes } from "./types.js";

const PREFIX = errorPrefix("qna", "combineOpposites");

/** Options of {@link combineOpposites}. */
export interface CombineOppositesOptions {
  /**
   * Declared opposites, `[factor, opposite]`: `["employment", "unemployment"]` folds `unemployment` into
   * `employment`. A node attribute `opposite` (from a codebook) declares the same.
   */
  opposites?: ReadonlyArray<readonly [string, string]> | null | undefined;
  /** Prefix that marks an opposite in a construct id, as Causal Map's `~` (default `~`; null: none). */
  marker?: string | null | undefined;
}

/** Relation types that swap when a link's sign is flipped (and back). */
const SWAPS: ReadonlyArray<readonly [string, string]> = [
  ["_pos", "_neg"],
  ["_positive", "_negative"],
  ["positive", "negative"],
  ["pos", "neg"],
];

/** The relation type with the opposite sign: `causal_pos` ↔ `causal_neg`; others get ` (flipped)`. */
export function flipType(type: string): string {
  for (const [a, b] of SWAPS) {
    if (type.endsWith(a)) return type.slice(0, -a.length) + b;
    if (type.endsWith(b)) return type.slice(0, -b.length) + a;
  }
  return type.endsWith(" (flipped)") ? type.slice(0, -" (flipped)".length) : `${type} (flipped)`;
}

function flipValence(v: Valence): Valence {
  return v === 1 ? -1 : v === -1 ? 1 : v;
}

/**
 * Combine opposites (Causal Map's "combine opposites"): a factor and its opposite (`~stress` and `stress`,
 * or a declared pair) become one factor, and every link into or out of the opposite has its sign flipped
 * ("more ~stress" is "less stress"): `a -> ~b (+)` becomes `a -> b (−)`, `~a -> b (+)` becomes
 * `a -> b (−)`, and a link between two opposites keeps its sign. Non-causal links keep a null valence.
 * Flipped links merge with existing links of the same (from, to, type); `flipped` counts the codings
 * that were flipped. The original network is not changed.
 *
 * @param network The network.
 * @param options See {@link CombineOppositesOptions}.
 * @returns A new network, with graph attribute `opposites` listing the folded pairs.
 */
export function combineOpposites(network: QnaNetwork, options?: CombineOppositesOptions | null): QnaNetwork {
  const marker = options?.marker === undefined ? "~" : options.marker;
  const into = new Map<string, string>();
  for (const pair of options?.opposites ?? []) {
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((p) => typeof p !== "string")) {
      throw new InvalidArgumentsError(
        `${PREFIX}expected opposites as [factor, opposite] pairs, got ${JSON.stringify(pair)}`,
      );
    }
    into.set(pair[1], pair[0]);
  }
  network.forEachNode((node, attrs) => {
    const declared = attrs["opposite"];
    if (typeof declared === "string" && declared !== node && !into.has(node)) into.set(declared, node);
    if (marker && node.startsWith(marker) && node.length > marker.length) into.set(node, node.slice(marker.length));
  });
  const target = (node: string) => into.get(node) ?? node;
  const out: QnaNetwork = new MultiDirectedGraph<QnaNodeAttributes, QnaEdgeAttributes, QnaGraphAttributes>({
    allowSelfLoops: true,
  });
  const folded = [...into].filter(([from]) => network.hasNode(from)).map(([from, to]) => [to, from]);
  out.replaceAttributes({ ...network.getAttributes(), opposites: folded });
  network.forEachNode((node, attrs) => {
    const key = target(node);
    if (out.hasNode(key)) return;
    const own = network.hasNode(key) ? network.getNodeAttributes(key) : attrs;
    out.addNode(key, { ...own, label: own === attrs && key !== node ? key : own.label, codePath: own.codePath });
  });
  const fallback = network.getAttribute("caseFallback") ?? "source";
  const evidence = network.getAttribute("evidence");
  network.forEachEdge((_e, attrs, from, to) => {
    const flips = (into.has(from) ? 1 : 0) + (into.has(to) ? 1 : 0);
    const flipped = flips === 1;
    const type = flipped ? flipType(attrs.type) : attrs.type;
    const a = target(from);
    const b = target(to);
    const key = edgeKeyOf(a, b, type);
    const citations: Citation[] = [...attrs.citations];
    if (!out.hasEdge(key)) {
      const next: QnaEdgeAttributes = {
        ...attrs,
        type,
        valence: flipped ? flipValence(attrs.valence) : attrs.valence,
        citations,
        flipped: flipped ? attrs.citations.length : 0,
      };
      out.addDirectedEdgeWithKey(key, a, b, next);
      return;
    }
    const hit = out.getEdgeAttributes(key);
    hit.weight += attrs.weight;
    hit.citations.push(...citations);
    hit["flipped"] = (hit["flipped"] as number) + (flipped ? attrs.citations.length : 0);
  });
  out.forEachEdge((_e, attrs) => {
    attrs.support = computeSupport(attrs.citations, fallback, evidence);
    if (attrs.coders !== undefined) attrs.coders = countCoders(attrs.citations);
  });
  recomputeNodeSupport(out);
  return out;
}
