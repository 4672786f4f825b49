import { type Citation, errorPrefix, InvalidArgumentsError, NotFoundError } from "@verlicht/core";
import { caseKeyOf } from "./compute-support.js";
import type { QnaNetwork } from "./types.js";

const PREFIX = errorPrefix("qna", "traceThreads");

/** Whose claims a thread follows: one document (`source`, coders' copies count as one) or one case. */
export type ThreadHolder = "source" | "case";

/** One step of a traced chain. */
export interface ThreadStep {
  /** Cause. */
  from: string;
  /** Effect. */
  to: string;
  /** The edges from `from` to `to` (all types). */
  edges: string[];
  /** Who states this step (sorted). */
  holders: string[];
}

/** What {@link traceThreads} finds for one chain. */
export interface ThreadTrace {
  /** The steps of the chain, in order. */
  steps: ThreadStep[];
  /** Holders who state every step themselves: the chain is continuous in their account. */
  continuous: string[];
  /** True when nobody states the whole chain: it is stitched together from different accounts. */
  stitched: boolean;
  /** Per holder who states at least one step, how many of the steps they state. */
  coverage: Record<string, number>;
}

/** The holder key of a citation: its document (or source) id, or its case key. */
export function holderOf(citation: Citation, by: ThreadHolder, fallback: "source" | "none"): string | undefined {
  if (by === "source") return citation.documentId ?? citation.sourceId;
  const key = caseKeyOf(citation, fallback);
  return key?.slice(key.indexOf("\u0000") + 1);
}

/**
 * Trace the threads of a chain `a → b → … → z` (Causal Map's guard against the transitivity trap): for
 * each step, who states it, and whether any one source (or case) states the whole chain. "Stitched"
 * means every step is said by someone, but no one says them all: the chain is the analyst's
 * inference, not anybody's account.
 *
 * @param network The network.
 * @param nodes The chain as node keys, at least two.
 * @param options `by` (default `source`).
 * @returns The trace.
 */
export function traceThreads(
  network: QnaNetwork,
  nodes: ReadonlyArray<string>,
  options?: { by?: ThreadHolder | undefined } | null,
): ThreadTrace {
  if (!Array.isArray(nodes) || nodes.length < 2) {
    throw new InvalidArgumentsError(`${PREFIX}expected a chain of at least two node keys`);
  }
  for (const n of nodes)
    if (!network.hasNode(n)) throw new NotFoundError(`${PREFIX}no construct "${n}" in the network`);
  const by = options?.by ?? "source";
  const fallback = network.getAttribute("caseFallback") ?? "source";
  const steps: ThreadStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const edges = network
      .outEdges(from)
      .filter((e) => network.target(e) === to)
      .sort();
    const holders = new Set<string>();
    for (const e of edges)
      for (const c of network.getEdgeAttribute(e, "citations")) {
        const h = holderOf(c, by, fallback);
        if (h !== undefined) holders.add(h);
      }
    steps.push({ from, to, edges, holders: [...holders].sort() });
  }
  const coverage: Record<string, number> = {};
  for (const s of steps) for (const h of s.holders) coverage[h] = (coverage[h] ?? 0) + 1;
  const continuous = Object.keys(coverage)
    .filter((h) => coverage[h] === steps.length)
    .sort();
  const stated = steps.every((s) => s.holders.length > 0);
  return { steps, continuous, stitched: stated && continuous.length === 0, coverage };
}
