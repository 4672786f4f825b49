/** The ends of an edge, by key. */
export interface EdgeEnds {
  /** Edge key. */
  key: string;
  /** Source node key. */
  source: string;
  /** Target node key. */
  target: string;
}

/** Curvature step between parallel edges (a fraction of the edge length). */
export const CURVATURE_STEP = 0.3;

/**
 * Give parallel edges (same pair of nodes, either direction) distinct curvatures, so that
 * e.g. a positive and a negative claim about the same pair are drawn as two separate arcs.
 * A lone edge gets 0 (drawn straight). Edges in opposite directions bend to opposite sides by
 * themselves, so each direction's edges get 1, 2, … steps; of several edges in one direction with no
 * reverse edge, the first is straight and the others bend by 1, 2, … steps.
 *
 * @param edges The edges, in a stable order (their order decides who bends most).
 * @returns A map from edge key to curvature (0 means straight).
 */
export function assignCurvatures(edges: ReadonlyArray<EdgeEnds>): Map<string, number> {
  const byPair = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    const pair =
      edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const list = byPair.get(pair);
    if (list) list.push(edge);
    else byPair.set(pair, [edge]);
  }
  const out = new Map<string, number>();
  for (const list of byPair.values()) {
    if (list.length === 1) {
      out.set(list[0]!.key, 0);
      continue;
    }
    const first = list[0]!;
    const forward = list.filter((e) => e.source === first.source && e.target === first.target);
    const backward = list.filter((e) => !(e.source === first.source && e.target === first.target));
    if (backward.length === 0) {
      forward.forEach((e, i) => {
        out.set(e.key, i * CURVATURE_STEP);
      });
    } else {
      for (const side of [forward, backward]) {
        side.forEach((e, i) => {
          out.set(e.key, (i + 1) * CURVATURE_STEP * 0.8);
        });
      }
    }
  }
  return out;
}
