import { errorPrefix, InvalidArgumentsError, NotFoundError } from "@verlicht/core";
import { holderOf, type ThreadHolder } from "./trace-threads.js";
import type { QnaNetwork } from "./types.js";

const PREFIX = errorPrefix("qna", "pathRobustness");

/** Options of {@link pathRobustness}. */
export interface PathRobustnessOptions {
  /** Whose claims hold a link up: documents (`source`, default) or cases. */
  by?: ThreadHolder | undefined;
  /** Follow only edges of these types (default all). */
  types?: ReadonlyArray<string> | null | undefined;
  /** Search the exact minimum set of holders only up to this many holders on the links between (default 20). */
  exactUpTo?: number | undefined;
}

/** How robust the connection from one factor to another is. */
export interface PathRobustness {
  /** Is `to` reachable from `from` at all? */
  connected: boolean;
  /**
   * Maximum flow from `from` to `to` where each link (all its types together) has as capacity the number of
   * distinct holders who state it: Causal Map's robustness figure, the minimum over link cuts of the
   * holders summed per link. It counts a holder once per cut link, so it is an upper bound of `exact`.
   */
  flow: number;
  /** The links of the minimum cut nearest to `from`, `[from, to]`, sorted. */
  cut: Array<[string, string]>;
  /**
   * The exact answer: the fewest holders whose removal (with every link only they state) leaves no path
   * from `from` to `to`, and which holders. Null when more than `exactUpTo` holders are involved.
   */
  exact: { holders: number; removed: string[] } | null;
}

type Links = Map<string, Map<string, Set<string>>>;

function collectLinks(network: QnaNetwork, by: ThreadHolder, types: ReadonlySet<string> | null): Links {
  const fallback = network.getAttribute("caseFallback") ?? "source";
  const links: Links = new Map();
  network.forEachEdge((_e, attrs, from, to) => {
    if (from === to || (types && !types.has(attrs.type))) return;
    const out = links.get(from) ?? new Map<string, Set<string>>();
    const holders = out.get(to) ?? new Set<string>();
    for (const c of attrs.citations) {
      const h = holderOf(c, by, fallback);
      if (h !== undefined) holders.add(h);
    }
    out.set(to, holders);
    links.set(from, out);
  });
  return links;
}

function reachable(links: Links, from: string, keep: (a: string, b: string) => boolean): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const [w] of links.get(v) ?? []) {
      if (!seen.has(w) && keep(v, w)) {
        seen.add(w);
        queue.push(w);
      }
    }
  }
  return seen;
}

/** Edmonds–Karp on the holder-count capacities; returns the flow value and the source side of a min cut. */
function maxFlow(links: Links, from: string, to: string): { flow: number; side: Set<string> } {
  const residual = new Map<string, Map<string, number>>();
  const cap = (a: string, b: string) => residual.get(a)?.get(b) ?? 0;
  const add = (a: string, b: string, c: number) => {
    const m = residual.get(a) ?? new Map<string, number>();
    m.set(b, (m.get(b) ?? 0) + c);
    residual.set(a, m);
  };
  for (const [a, out] of links)
    for (const [b, holders] of out) {
      add(a, b, holders.size);
      add(b, a, 0);
    }
  let flow = 0;
  for (;;) {
    const parent = new Map<string, string>([[from, from]]);
    const queue = [from];
    while (queue.length > 0 && !parent.has(to)) {
      const v = queue.shift()!;
      for (const [w, c] of residual.get(v) ?? []) {
        if (c > 0 && !parent.has(w)) {
          parent.set(w, v);
          queue.push(w);
        }
      }
    }
    if (!parent.has(to)) return { flow, side: new Set(parent.keys()) };
    let bottleneck = Number.POSITIVE_INFINITY;
    for (let v = to; v !== from; v = parent.get(v)!) bottleneck = Math.min(bottleneck, cap(parent.get(v)!, v));
    for (let v = to; v !== from; v = parent.get(v)!) {
      const u = parent.get(v)!;
      residual.get(u)!.set(v, cap(u, v) - bottleneck);
      residual.get(v)!.set(u, cap(v, u) + bottleneck);
    }
    flow += bottleneck;
  }
}

function* combinations<T>(items: readonly T[], k: number, start = 0, prefix: T[] = []): Generator<T[]> {
  if (prefix.length === k) return yield [...prefix];
  for (let i = start; i <= items.length - (k - prefix.length); i++) {
    prefix.push(items[i]!);
    yield* combinations(items, k, i + 1, prefix);
    prefix.pop();
  }
}

/**
 * How many sources (or cases) would have to be withdrawn to cut every path from `from` to `to`
 * (Causal Map's robustness): the max-flow/min-cut over links whose capacity is the number of holders who
 * state them, and, for up to `exactUpTo` holders, the exact fewest holders whose withdrawal cuts it.
 * A path held up by one interview is fragile (1); one that several independent interviews each state
 * end to end is robust.
 *
 * @param network The network.
 * @param from Start factor.
 * @param to End factor.
 * @param options See {@link PathRobustnessOptions}.
 * @returns The robustness.
 */
export function pathRobustness(
  network: QnaNetwork,
  from: string,
  to: string,
  options?: PathRobustnessOptions | null,
): PathRobustness {
  for (const n of [from, to])
    if (!network.hasNode(n)) throw new NotFoundError(`${PREFIX}no construct "${n}" in the network`);
  if (from === to) throw new InvalidArgumentsError(`${PREFIX}expected two different factors, got "${from}" twice`);
  const exactUpTo = options?.exactUpTo ?? 20;
  const links = collectLinks(network, options?.by ?? "source", options?.types ? new Set(options.types) : null);
  const connected = reachable(links, from, () => true).has(to);
  if (!connected) return { connected, flow: 0, cut: [], exact: { holders: 0, removed: [] } };
  const { flow, side } = maxFlow(links, from, to);
  const cut: Array<[string, string]> = [];
  for (const a of side) for (const [b] of links.get(a) ?? []) if (!side.has(b)) cut.push([a, b]);
  cut.sort((x, y) => (x.join("\u0000") < y.join("\u0000") ? -1 : 1));
  // Only holders of links that lie on some from→to path matter for the exact search.
  const forward = reachable(links, from, () => true);
  const reverse: Links = new Map();
  for (const [a, out] of links)
    for (const [b, h] of out) {
      const m = reverse.get(b) ?? new Map<string, Set<string>>();
      m.set(a, h);
      reverse.set(b, m);
    }
  const backward = reachable(reverse, to, () => true);
  const involved = new Set<string>();
  for (const [a, out] of links)
    for (const [b, holders] of out) if (forward.has(a) && backward.has(b)) for (const h of holders) involved.add(h);
  const holders = [...involved].sort();
  let exact: PathRobustness["exact"] = null;
  if (holders.length <= exactUpTo) {
    for (let k = 1; k <= holders.length && !exact; k++) {
      for (const removed of combinations(holders, k)) {
        const gone = new Set(removed);
        const keep = (a: string, b: string) => [...links.get(a)!.get(b)!].some((h) => !gone.has(h));
        if (!reachable(links, from, keep).has(to)) {
          exact = { holders: k, removed };
          break;
        }
      }
    }
  }
  return { connected, flow, cut, exact };
}
