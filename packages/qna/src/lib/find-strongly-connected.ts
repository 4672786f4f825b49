/**
 * Strongly connected components of a directed graph given as successor lists over node indices,
 * with an iterative Tarjan (graphology-components' recursive version overflows the stack on large graphs).
 * Only nodes with `include[v]` (default all) take part.
 *
 * @param succ Successor indices per node.
 * @param include Which nodes take part (optional).
 * @param roots Nodes to start from (default all); with `include`, pass the included nodes to stay linear.
 * @returns Components as arrays of node indices (each sorted ascending).
 */
export function findStronglyConnected(
  succ: ReadonlyArray<ReadonlyArray<number>>,
  include?: Uint8Array | null,
  roots?: ReadonlyArray<number> | null,
): number[][] {
  const n = succ.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const work: Array<[number, number]> = [];
  const order = roots ?? Array.from({ length: n }, (_, i) => i);
  for (const root of order) {
    if (index[root] !== -1 || (include && !include[root])) continue;
    work.push([root, 0]);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const v = frame[0];
      if (frame[1] === 0 && index[v] === -1) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const next = succ[v]!;
      let descended = false;
      while (frame[1] < next.length) {
        const w = next[frame[1]++]!;
        if (include && !include[w]) continue;
        if (index[w] === -1) {
          work.push([w, 0]);
          descended = true;
          break;
        }
        if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
      }
      if (descended) continue;
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components;
}
