// GEXF and GraphML as another tool reads them: networkx (Debian's python3-networkx) parses our files and
// reports each attribute with its Python type. Fictional data.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildNetwork, toGexf, toGraphml } from "../../src/index.js";
import { makeSource } from "../helpers/make-source.js";

const SCRIPT = `
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1]) if sys.argv[1].endswith(".graphml") else nx.read_gexf(sys.argv[1])
edges = {}
for u, v, k, d in g.edges(keys=True, data=True):
    edges[d.get("id", k)] = {key: [type(val).__name__, val] for key, val in d.items()}
print(json.dumps({"nodes": g.number_of_nodes(), "edges": edges}))
`;

/** The first Python that has networkx: the one on PATH, or Debian's (where apt's python3-networkx lives). */
function findPython(): string | undefined {
  for (const python of ["python3", "/usr/bin/python3"]) {
    try {
      execFileSync(python, ["-c", "import networkx"], { stdio: "ignore" });
      return python;
    } catch {}
  }
  return undefined;
}

const python = findPython();
const available = python !== undefined;
if (!available) {
  // CI installs python3-networkx (see .ci/run); elsewhere the reading test is skipped, visibly.
  if (process.env.CI) throw new Error("python3 with networkx is required in CI for the GEXF/GraphML read-back test");
  console.warn("skipping the networkx read-back test: python3 -c 'import networkx' failed");
}

const dir = mkdtempSync(join(tmpdir(), "verlicht-nx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const network = buildNetwork([
  makeSource("int01", [
    { ci: { cid: "1", coderId: "A" }, text: 'Zij zei: "bellen <is> eng" & stil.', codes: ["a->b||causal_neg||2"] },
    { text: "Daarna ging het beter.", codes: ["b->c||causal_pos", "b->c||structural"] },
  ]),
]);

function read(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const out = execFileSync(python ?? "python3", ["-c", SCRIPT, file], { encoding: "utf8" });
  return JSON.parse(out) as { nodes: number; edges: Record<string, Record<string, [string, unknown]>> };
}

describe.skipIf(!available)("GEXF and GraphML read by networkx", () => {
  for (const [name, write] of [
    ["net.graphml", toGraphml],
    ["net.gexf", toGexf],
  ] as const) {
    it(`should give typed valence, counts and quotes (${name})`, () => {
      const got = read(name, write(network));
      expect(got.nodes).toBe(3);
      const neg = got.edges["a->b||causal_neg"]!;
      expect(neg["valence"]).toEqual(["int", -1]);
      expect(neg["citations"]).toEqual(["int", 1]);
      expect(neg["codings"]).toEqual(["int", 1]);
      expect(neg["weight"]).toEqual(["float", 2]);
      expect(neg["quote1"]).toEqual(["str", 'Zij zei: "bellen <is> eng" & stil. (int01:1)']);
      expect(got.edges["b->c||causal_pos"]!["valence"]).toEqual(["int", 1]);
      // A non-causal link has no valence at all, never the string "" or "null".
      expect(got.edges["b->c||structural"]!["valence"]).toBeUndefined();
      // Starting Python and importing networkx takes seconds on a loaded machine.
    }, 120_000);
  }
});
