import { DEFAULT_CATALOGUE } from "./default-catalogue.js";
import { type LinksInput, normaliseLinks } from "./normalise-links.js";
import { type NetworkInput, type PlainNetwork, readNetwork } from "./read-network.js";
import type { Catalogue } from "./schemas.js";

/** A construct on a path to a goal that no indicator measures. */
export interface MonitoringGap {
  construct: string;
  label: string;
  kind: string | null;
  /** Goal nodes reachable from the construct. */
  goals: string[];
  /** Fewest edges to a goal. */
  distance: number;
}

/** Options of {@link findMonitoringGaps}. */
export interface FindMonitoringGapsOptions {
  /** Node keys of the goals; default: nodes with `kind: 'goal'` or a catalogue goal id. */
  goals?: ReadonlyArray<string> | undefined;
  /** Catalogue, to recognise goal nodes by id (default the shipped one). */
  catalogue?: Readonly<Catalogue> | undefined;
}

/**
 * The monitoring gaps of a network: constructs from which a goal can be reached along the arrows
 * (directly or through other constructs) but that no indicator measures, nearest to a goal first.
 * Goal nodes themselves are not listed. The same list is part of `assessAssumptions`.
 *
 * @param network A graphology graph or a `SerializedNetwork`.
 * @param links Construct → indicator links (an array or a map construct → indicator ids).
 * @param options See {@link FindMonitoringGapsOptions}.
 * @returns The gaps with the goals they lead to and their distance in arrows.
 */
export function findMonitoringGaps(
  network: NetworkInput,
  links: LinksInput,
  options?: FindMonitoringGapsOptions | null,
): MonitoringGap[] {
  const plain = readNetwork(network, "findMonitoringGaps");
  const linked = new Set(normaliseLinks(links, "findMonitoringGaps").map((l) => l.construct));
  return gapsOf(plain, linked, goalTest(options?.goals, options?.catalogue ?? DEFAULT_CATALOGUE));
}

/** Is a node a goal? Explicit keys win; otherwise `kind: 'goal'` or a catalogue goal id. Internal. */
export function goalTest(
  goals: ReadonlyArray<string> | undefined,
  catalogue: Readonly<Catalogue>,
): (key: string, attrs: Record<string, unknown>) => boolean {
  const ids = new Set(goals ?? catalogue.goals.map((g) => g.id));
  return (key, attrs) => (goals ? ids.has(key) : attrs["kind"] === "goal" || ids.has(key));
}

/** The gaps of a plain network. Internal. */
export function gapsOf(
  plain: PlainNetwork,
  linked: ReadonlySet<string>,
  isGoal: (key: string, attrs: Record<string, unknown>) => boolean,
): MonitoringGap[] {
  const attrs = new Map(plain.nodes.map((n) => [n.key, n.attributes]));
  const predecessors = new Map<string, Set<string>>();
  const addPred = (to: string, from: string) => {
    let set = predecessors.get(to);
    if (!set) {
      set = new Set();
      predecessors.set(to, set);
    }
    set.add(from);
  };
  for (const e of plain.edges) {
    addPred(e.target, e.source);
    if (e.undirected) addPred(e.source, e.target);
  }
  const reach = new Map<string, { goals: Set<string>; distance: number }>();
  for (const goal of plain.nodes.filter((n) => isGoal(n.key, n.attributes)).map((n) => n.key)) {
    const depth = new Map<string, number>([[goal, 0]]);
    const queue = [goal];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      for (const p of predecessors.get(node) ?? []) {
        if (depth.has(p)) continue;
        depth.set(p, depth.get(node)! + 1);
        queue.push(p);
      }
    }
    for (const [node, d] of depth) {
      if (node === goal) continue;
      const r = reach.get(node) ?? { goals: new Set<string>(), distance: Number.POSITIVE_INFINITY };
      r.goals.add(goal);
      r.distance = Math.min(r.distance, d);
      reach.set(node, r);
    }
  }
  const gaps: MonitoringGap[] = [];
  for (const [node, r] of reach) {
    const a = attrs.get(node) ?? {};
    if (isGoal(node, a) || linked.has(node)) continue;
    gaps.push({
      construct: node,
      label: typeof a["label"] === "string" ? (a["label"] as string) : node,
      kind: typeof a["kind"] === "string" ? (a["kind"] as string) : null,
      goals: [...r.goals].sort(),
      distance: r.distance,
    });
  }
  return gaps.sort((x, y) => x.distance - y.distance || (x.construct < y.construct ? -1 : 1));
}
