/** Input of {@link layeredLayout}: node keys with their kinds, and directed edges. */
export interface LayeredInput {
  /** Nodes in a stable order. */
  nodes: ReadonlyArray<{ key: string; kind?: string | null | undefined }>;
  /** Directed edges (parallel edges and self-loops are allowed and ignored where they do not matter). */
  edges: ReadonlyArray<{ source: string; target: string }>;
}

/** Options of {@link layeredLayout}. */
export interface LayeredLayoutOptions {
  /** Stages left to right, each a list of node kinds; staged nodes go to their stage's column. */
  stages?: ReadonlyArray<ReadonlyArray<string>> | undefined;
  /** Horizontal distance between columns (default 100). */
  layerGap?: number | undefined;
  /** Vertical distance between nodes in a column (default 40). */
  nodeGap?: number | undefined;
  /** Barycentre sweeps to reduce crossings (default 8). */
  sweeps?: number | undefined;
}

/** A position computed by {@link layeredLayout}. */
export interface LayeredPosition {
  /** Horizontal coordinate (grows to the right with the column). */
  x: number;
  /** Vertical coordinate. */
  y: number;
  /** Column index, 0 = leftmost. */
  layer: number;
}

/**
 * A left-to-right layered (Sugiyama-style) layout, for logic models and other chains:
 * nodes whose kind belongs to a stage sit in that stage's column (resources → activities → outputs →
 * effects); other nodes go one column right of their furthest predecessor (longest path, with edges
 * that close a cycle ignored); columns are then ordered by barycentre sweeps to reduce crossings.
 * Deterministic: ties are broken by input order.
 *
 * @param input Nodes and directed edges.
 * @param options Stages, gaps and the number of sweeps.
 * @returns A position per node key.
 */
export function layeredLayout(
  input: LayeredInput,
  options?: LayeredLayoutOptions | null,
): Map<string, LayeredPosition> {
  const layerGap = options?.layerGap ?? 100;
  const nodeGap = options?.nodeGap ?? 40;
  const sweeps = options?.sweeps ?? 8;
  const stageOf = new Map<string, number>();
  (options?.stages ?? []).forEach((kinds, i) => {
    for (const k of kinds) if (!stageOf.has(k)) stageOf.set(k, i);
  });
  const order = new Map(input.nodes.map((n, i) => [n.key, i]));
  const succ = new Map<string, string[]>(input.nodes.map((n) => [n.key, []]));
  const pred = new Map<string, string[]>(input.nodes.map((n) => [n.key, []]));
  for (const e of input.edges) {
    if (e.source === e.target || !succ.has(e.source) || !succ.has(e.target)) continue;
    succ.get(e.source)!.push(e.target);
    pred.get(e.target)!.push(e.source);
  }
  const forward = acyclicEdges(
    input.nodes.map((n) => n.key),
    succ,
  );
  const layer = assignLayers(input, forward, stageOf);

  const columns: string[][] = [];
  for (const n of input.nodes) {
    const l = layer.get(n.key)!;
    while (columns.length <= l) columns.push([]);
    columns[l]!.push(n.key);
  }
  const rank = new Map<string, number>();
  const setRanks = () => {
    for (const col of columns)
      col.forEach((k, i) => {
        rank.set(k, i);
      });
  };
  setRanks();
  const reorder = (col: string[], neighbours: Map<string, string[]>) => {
    const score = new Map<string, number>();
    for (const k of col) {
      const ns = neighbours.get(k)!.filter((m) => rank.has(m));
      score.set(k, ns.length ? ns.reduce((s, m) => s + rank.get(m)!, 0) / ns.length : rank.get(k)!);
    }
    col.sort((a, b) => score.get(a)! - score.get(b)! || order.get(a)! - order.get(b)!);
    col.forEach((k, i) => {
      rank.set(k, i);
    });
  };
  for (let s = 0; s < sweeps; s++) {
    if (s % 2 === 0) for (let i = 1; i < columns.length; i++) reorder(columns[i]!, pred);
    else for (let i = columns.length - 2; i >= 0; i--) reorder(columns[i]!, succ);
  }
  const out = new Map<string, LayeredPosition>();
  columns.forEach((col, l) => {
    col.forEach((k, i) => {
      out.set(k, { x: l * layerGap, y: ((col.length - 1) / 2 - i) * nodeGap, layer: l });
    });
  });
  return out;
}

/** Edges of a depth-first search that do not close a cycle (iterative, so deep chains cannot overflow the stack). */
function acyclicEdges(keys: ReadonlyArray<string>, succ: Map<string, string[]>): Map<string, string[]> {
  const state = new Map<string, 1 | 2>();
  const out = new Map<string, string[]>(keys.map((k) => [k, []]));
  for (const root of keys) {
    if (state.has(root)) continue;
    const stack: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    state.set(root, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const targets = succ.get(top.node)!;
      if (top.next >= targets.length) {
        state.set(top.node, 2);
        stack.pop();
        continue;
      }
      const t = targets[top.next++]!;
      const st = state.get(t);
      if (st === 1) continue; // back edge: closes a cycle
      out.get(top.node)!.push(t);
      if (st === undefined) {
        state.set(t, 1);
        stack.push({ node: t, next: 0 });
      }
    }
  }
  return out;
}

/**
 * Longest-path layering on the acyclic edges. Staged nodes are pinned: stage s goes to column 2s, so
 * an unstaged node between two stages (a mechanism, say) lands in the odd column between them.
 */
function assignLayers(
  input: LayeredInput,
  forward: Map<string, string[]>,
  stageOf: Map<string, number>,
): Map<string, number> {
  const indegree = new Map<string, number>(input.nodes.map((n) => [n.key, 0]));
  for (const targets of forward.values()) for (const t of targets) indegree.set(t, indegree.get(t)! + 1);
  const staged = new Map<string, number>();
  for (const n of input.nodes) {
    const s = n.kind != null ? stageOf.get(n.kind) : undefined;
    if (s !== undefined) staged.set(n.key, 2 * s);
  }
  const layer = new Map<string, number>();
  const earliest = new Map<string, number>();
  const queue = input.nodes.filter((n) => indegree.get(n.key) === 0).map((n) => n.key);
  for (let head = 0; head < queue.length; head++) {
    const k = queue[head]!;
    const l = staged.get(k) ?? earliest.get(k) ?? 0;
    layer.set(k, l);
    for (const t of forward.get(k)!) {
      earliest.set(t, Math.max(earliest.get(t) ?? 0, l + 1));
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) queue.push(t);
    }
  }
  return compact(layer);
}

/** Renumber used columns 0, 1, 2, … without gaps. */
function compact(layer: Map<string, number>): Map<string, number> {
  const used = [...new Set(layer.values())].sort((a, b) => a - b);
  const index = new Map(used.map((l, i) => [l, i]));
  return new Map([...layer].map(([k, l]) => [k, index.get(l)!]));
}
