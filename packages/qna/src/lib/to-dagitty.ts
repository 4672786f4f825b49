import type { Locale, Message, ParseResult } from "@verlicht/core";
import { quoteDot } from "./escape-markup.js";
import { findLoops } from "./find-loops.js";
import { findStronglyConnected } from "./find-strongly-connected.js";
import { compareKeys, indexAdjacency } from "./index-adjacency.js";
import { qnaMessages } from "./messages.js";
import type { QnaNetwork } from "./types.js";

/** Options of {@link toDagitty}. */
export interface ToDagittyOptions {
  /** Nodes marked `[exposure]` (default: kind `intervention`). */
  exposures?: ReadonlyArray<string> | null | undefined;
  /** Nodes marked `[outcome]` (default: kind `goal`). */
  outcomes?: ReadonlyArray<string> | null | undefined;
  /** Nodes marked `[latent]`. */
  latent?: ReadonlyArray<string> | null | undefined;
  /** Keep only edges with a causal valence (+1, −1, 0); default false keeps every type. */
  causalOnly?: boolean | undefined;
  /**
   * What to do with a network that has feedback loops (DAGitty's `dag` must be acyclic): `refuse`
   * (default) writes nothing and lists the loops in an error message; `break` leaves out the links that
   * close the loops (found by a depth-first search in key order) and lists each in a warning.
   */
  onCycle?: "refuse" | "break" | undefined;
  /** Language of the messages. */
  locale?: Locale | null | undefined;
}

/** How many loops a `cyclic-network` message lists at most. */
const LISTED_LOOPS = 10;

/** Arrows (from, to) in key order, with the types behind each, after the `causalOnly` filter. */
function arrowsOf(
  network: QnaNetwork,
  causalOnly: boolean,
): Map<string, { from: string; to: string; types: string[]; signs: Set<number> }> {
  const arrows = new Map<string, { from: string; to: string; types: string[]; signs: Set<number> }>();
  network.forEachEdge((_e, attrs, from, to) => {
    if (causalOnly && attrs.valence === null) return;
    const key = `${from}\u0000${to}`;
    const arrow = arrows.get(key) ?? { from, to, types: [], signs: new Set<number>() };
    arrow.types.push(attrs.type);
    if (attrs.valence === 1 || attrs.valence === -1) arrow.signs.add(attrs.valence);
    arrows.set(key, arrow);
  });
  return arrows;
}

/** Links that close a loop in a depth-first search over nodes in key order (back edges and self-loops). */
function backEdges(nodes: string[], arrows: Iterable<{ from: string; to: string }>): Set<string> {
  const out = new Map<string, string[]>();
  for (const a of arrows) out.set(a.from, [...(out.get(a.from) ?? []), a.to]);
  for (const list of out.values()) list.sort(compareKeys);
  const state = new Map<string, 1 | 2>();
  const back = new Set<string>();
  for (const root of nodes) {
    if (state.has(root)) continue;
    const stack: Array<[string, number]> = [[root, 0]];
    state.set(root, 1);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const next = out.get(frame[0]) ?? [];
      if (frame[1] >= next.length) {
        state.set(frame[0], 2);
        stack.pop();
        continue;
      }
      const w = next[frame[1]++]!;
      const s = state.get(w);
      if (s === 1) back.add(`${frame[0]}\u0000${w}`);
      else if (s === undefined) {
        state.set(w, 1);
        stack.push([w, 0]);
      }
    }
  }
  return back;
}

/**
 * Write the network as a DAGitty model (`dag { … }`) to paste into dagitty.net: one arrow per
 * (from, to), interventions as exposures and goals as outcomes by default. DAGitty has no signs: a pair
 * coded with opposite signs becomes one arrow and an `opposite-signs` warning says so. A network with
 * feedback loops is not a DAG: by default nothing is written and a `cyclic-network` error lists the
 * loops; with `onCycle: "break"` the links that close them are left out, each named in a warning.
 *
 * @param network The network.
 * @param options See {@link ToDagittyOptions}.
 * @returns The DAGitty text (null when refused) and the messages.
 */
export function toDagitty(network: QnaNetwork, options?: ToDagittyOptions | null): ParseResult<string | null> {
  const locale = options?.locale;
  const messages: Message[] = [];
  const arrows = arrowsOf(network, options?.causalOnly ?? false);
  const nodes = network.nodes().sort(compareKeys);
  for (const a of arrows.values()) {
    if (a.signs.size > 1) {
      const params = { from: a.from, to: a.to, types: [...new Set(a.types)].sort().join(", ") };
      messages.push(qnaMessages.create("opposite-signs", { params, locale }));
    }
  }
  const adj = indexAdjacency(network);
  const cyclic =
    adj.selfLoops.some((l) => l.length > 0) ||
    findStronglyConnected(adj.out.map((links) => links.map((l) => l.to))).some((c) => c.length > 1);
  let dropped = new Set<string>();
  if (cyclic) {
    if ((options?.onCycle ?? "refuse") === "refuse") {
      const loops = findLoops(network, { limit: LISTED_LOOPS + 1 });
      const listed = loops.slice(0, LISTED_LOOPS).map((l) => [...l.nodes, l.nodes[0]].join(" -> "));
      if (loops.length > LISTED_LOOPS) listed.push("…");
      const params = {
        count: loops.length > LISTED_LOOPS ? `${LISTED_LOOPS}+` : loops.length,
        cycles: listed.join("; "),
      };
      messages.push(qnaMessages.create("cyclic-network", { severity: "error", params, locale }));
      return { value: null, messages };
    }
    dropped = backEdges(nodes, arrows.values());
    for (const key of [...dropped].sort(compareKeys)) {
      const [from, to] = key.split("\u0000");
      messages.push(qnaMessages.create("cycle-broken", { params: { edge: `${from} -> ${to}` }, locale }));
    }
  }
  const byKind = (kind: string) => network.filterNodes((_n, a) => a.kind === kind);
  const exposures = new Set(options?.exposures ?? byKind("intervention"));
  const outcomes = new Set(options?.outcomes ?? byKind("goal"));
  const latent = new Set(options?.latent ?? []);
  const lines = ["dag {"];
  for (const node of nodes) {
    const role = exposures.has(node)
      ? " [exposure]"
      : outcomes.has(node)
        ? " [outcome]"
        : latent.has(node)
          ? " [latent]"
          : "";
    lines.push(`${quoteDot(node)}${role}`);
  }
  const written = [...arrows.entries()]
    .filter(([key]) => !dropped.has(key))
    .map(([, a]) => `${quoteDot(a.from)} -> ${quoteDot(a.to)}`);
  lines.push(...written.sort(compareKeys), "}");
  return { value: `${lines.join("\n")}\n`, messages };
}
