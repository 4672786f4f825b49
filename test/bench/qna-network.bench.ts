// Benchmark of @verlicht/qna: aggregate 1,000 synthetic (fictional) coded sources with 50,000 network
// codes into one network, then run Louvain, PageRank and a path search; compare the build with building
// the same graph (nodes, one edge per (from, to, type), summed weights) through bare graphology calls.
// Target (issue 4): build + Louvain + PageRank + path search < 3 s on one core.

import { buildNetwork, detectCommunities, filterBySupport, findLoops, findPaths, pageRank } from "@verlicht/qna";
import { reportFigure } from "./report.js";

// graphology is a dependency of @verlicht/qna, not of the root: load the very copy (and ESM build) qna uses.
const { MultiDirectedGraph } = (await import(
  new URL("../../packages/qna/node_modules/graphology/dist/graphology.mjs", import.meta.url).href
)) as typeof import("graphology");

const SOURCES = 1_000;
const CODES_PER_SOURCE = 50;
const LAYERS = ["int", "out", "mech", "outc", "goal"];
const PER_LAYER = Number(process.env["QNA_PER_LAYER"] ?? 300);

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20260101);
// Zipf-like choice: a few constructs are named often, most rarely (as in real interviews).
const zipf = (n: number) => Math.min(n - 1, Math.floor(n ** random() - 1));
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;

function makeSources() {
  const sources = [];
  let codes = 0;
  for (let s = 0; s < SOURCES; s++) {
    const utterances = [];
    const cid = String(Math.floor(s * 0.8));
    const classInstances = { cid, coderId: pick(["c1", "c2", "c3"]) };
    let line = 0;
    while (codes < (s + 1) * CODES_PER_SOURCE) {
      line++;
      const networkCodes = [];
      const k = 1 + Math.floor(random() * 3);
      for (let j = 0; j < k && codes < (s + 1) * CODES_PER_SOURCE; j++, codes++) {
        const layer = Math.floor(random() * (LAYERS.length - 1));
        const back = random() < 0.08;
        const toLayer = back ? Math.floor(random() * (layer + 1)) : layer + 1;
        const from = `${LAYERS[layer]}${zipf(PER_LAYER)}`;
        const to = `${LAYERS[toLayer]}${zipf(PER_LAYER)}`;
        const r = random();
        const type = r < 0.55 ? "causal_pos" : r < 0.85 ? "causal_neg" : r < 0.95 ? "causal_unknown" : "structural";
        const code: { from: string; to: string; type: string; weight?: number; raw: string } = {
          from,
          to,
          type,
          raw: `[[${from}->${to}||${type}]]`,
        };
        if (random() < 0.3) code.weight = 1 + Math.floor(random() * 3);
        networkCodes.push(code);
      }
      utterances.push({
        uid: `u${s}x${line}`,
        text: `Fictieve uitspraak ${line} van bron ${s}.`,
        networkCodes,
        classInstances,
        caseId: cid,
        line,
      });
    }
    sources.push({
      sourceId: `src${s}`,
      utterances,
      attributes: [{ caseId: cid, rol: s % 3 === 0 ? "professional" : "bewoner" }],
    });
  }
  return { sources, codes };
}

function buildBare(sources: ReturnType<typeof makeSources>["sources"]) {
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const source of sources) {
    for (const u of source.utterances) {
      for (const c of u.networkCodes) {
        g.mergeNode(c.from);
        g.mergeNode(c.to);
        const key = `${c.from}->${c.to}||${c.type}`;
        const w = c.weight ?? 1;
        if (g.hasEdge(key)) g.updateEdgeAttribute(key, "weight", (x: number) => x + w);
        else g.addDirectedEdgeWithKey(key, c.from, c.to, { type: c.type, weight: w });
      }
    }
  }
  return g;
}

/** Time a function: wall-clock and CPU time of this process (user + system), in ms. CPU time is what one
 * core spends, so it stays meaningful when other work shares the machine. */
function timeCpu<T>(fn: () => T): { ms: number; cpu: number; result: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpu: (c.user + c.system) / 1000, result };
}

const { sources, codes } = makeSources();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const runs = 5;
const series: Record<string, number[]> = {};
const add = (name: string, value: number) => {
  series[name] = [...(series[name] ?? []), value];
};
const m = (name: string) => median(series[name]!);
let net = buildNetwork(sources as never);
let communities = 0;
let paths = 0;
let filtered = { nodes: 0, edges: 0 };
for (let i = 0; i < runs; i++) {
  const b = timeCpu(() => buildBare(sources));
  const build = timeCpu(() => buildNetwork(sources as never));
  net = build.result;
  if (b.result.size !== net.size || b.result.order !== net.order) throw new Error("bare graph differs from ours");
  const lv = timeCpu(() => detectCommunities(net, { seed: 1 }));
  const pr = timeCpu(() => pageRank(net));
  // Path tracing as Causal Map users do it: first keep links named in at least 3 sources, then trace.
  const f = timeCpu(() => filterBySupport(net, { sources: 3 }));
  const ps = timeCpu(() => findPaths(f.result, "int0", "goal0", { maxLength: 4 }));
  for (const [name, t] of Object.entries({ bare: b, build, louvain: lv, pagerank: pr, filter: f, paths: ps })) {
    add(`${name}-ms`, t.ms);
    add(`${name}-cpu`, t.cpu);
  }
  add("total-ms", build.ms + lv.ms + pr.ms + f.ms + ps.ms);
  add("total-cpu", build.cpu + lv.cpu + pr.cpu + f.cpu + ps.cpu);
  communities = lv.result.count;
  paths = ps.result.length;
  filtered = { nodes: f.result.order, edges: f.result.size };
}
const both = (name: string) => `ms CPU (wall ${m(`${name}-ms`).toFixed(0)} ms; median of ${runs})`;
reportFigure("qna/codes", codes, `network codes in ${SOURCES} sources`);
reportFigure("qna/network-nodes", net.order, "nodes");
reportFigure("qna/network-edges", net.size, "edges (one per from,to,type)");
reportFigure("qna/build", m("build-cpu"), both("build"));
reportFigure("qna/build-bare-graphology", m("bare-cpu"), `${both("bare")}; nodes + edges + summed weights only`);
reportFigure("qna/build-ratio-to-bare", m("build-cpu") / m("bare-cpu"), "x CPU (citations, support, labels on top)");
reportFigure("qna/louvain", m("louvain-cpu"), `${both("louvain")}; ${communities} communities`, {
  value: "52.7 ms for 1,000 nodes / 9,724 edges",
  label: "graphology-communities-louvain README",
});
reportFigure("qna/pagerank", m("pagerank-cpu"), both("pagerank"));
reportFigure(
  "qna/filter-sources>=3",
  m("filter-cpu"),
  `${both("filter")}; ${filtered.nodes} nodes, ${filtered.edges} edges left`,
);
reportFigure("qna/path-search", m("paths-cpu"), `${both("paths")}; maxLength 4, ${paths} paths`);
reportFigure("qna/build+louvain+pagerank+filter+paths", m("total-cpu"), both("total"), {
  value: "< 3000 ms",
  label: "issue 4 target",
});
// The same search without the filter, once: path counts explode on a dense aggregate.
const unfiltered = timeCpu(() => findPaths(net, "int0", "goal0", { maxLength: 4 }));
reportFigure("qna/path-search-unfiltered", unfiltered.cpu, `ms CPU (maxLength 4, ${unfiltered.result.length} paths)`);
const f3 = filterBySupport(net, { sources: 3 });
const loops = timeCpu(() => findLoops(f3, { maxLength: 4 }));
reportFigure("qna/loop-search-sources>=3", loops.cpu, `ms CPU (maxLength 4, ${loops.result.length} loops)`);
