// `verlicht network …` on small fictional ROCK sources written to a temporary folder, in process.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/lib/run-cli.js";
import { capture } from "../helpers/capture.js";

async function cli(...args: string[]) {
  const io = capture();
  const code = await runCli(["--lang", "en", ...args], io);
  return { code, out: io.out, err: io.err };
}

let dir = "";
const coded = (coder: string, extra: string) =>
  [
    `[[cid=r1]] [[coderId=${coder}]]`,
    `[[uid=7p6n0001]] De pluswerker belde aan. [[plusWorkers->doorbell||causal_pos]]`,
    `[[uid=7p6n0002]] Daarna durfde ik naar de opvang. [[doorbell->preschool||causal_pos]] ${extra}`,
    `[[uid=7p6n0003]] En dat hielp thuis. [[preschool->stress||causal_neg]]`,
    `[[uid=7p6n0004]] Maar de stress kwam terug. [[stress->preschool||causal_neg]]`,
    "",
  ].join("\n");

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "verlicht-network-"));
  writeFileSync(join(dir, "int01-coder-a.rock"), coded("A", ""));
  writeFileSync(join(dir, "int01-coder-b.rock"), coded("B", "[[doorbell->trust||structural]]"));
  writeFileSync(
    join(dir, "int02.rock"),
    "[[cid=r2]]\n[[uid=7p6n0010]] Zonder pluswerker was ik thuis gebleven. [[plusWorkers->preschool||causal_pos]]\n",
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("verlicht network build", () => {
  it("should count two coders' copies of one transcript as one source and report coder agreement", async () => {
    const out = join(dir, "net.json");
    const r = await cli("--json", "network", "build", dir, "--out", out);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.copies).toEqual({ int01: ["int01-coder-a", "int01-coder-b"] });
    const net = JSON.parse(readFileSync(out, "utf8"));
    const edge = net.edges.find((e: { key: string }) => e.key === "plusWorkers->doorbell||causal_pos");
    expect(edge.attributes.support).toEqual({ citations: 1, sources: 1, cases: 1 });
    expect(edge.attributes.coders).toBe(2);
    const onlyB = net.edges.find((e: { key: string }) => e.key === "doorbell->trust||structural");
    expect(onlyB.attributes.coders).toBe(1);
    const perFile = await cli(
      "--json",
      "network",
      "build",
      dir,
      "--out",
      join(dir, "per-file.json"),
      "--evidence",
      "per-file",
    );
    expect(perFile.code).toBe(0);
    const net2 = JSON.parse(readFileSync(join(dir, "per-file.json"), "utf8"));
    expect(
      net2.edges.find((e: { key: string }) => e.key === "plusWorkers->doorbell||causal_pos").attributes.support.sources,
    ).toBe(2);
    expect((await cli("network", "build", dir, "--out", join(dir, "x.json"), "--evidence", "all")).code).toBe(2);
  });
});

describe("verlicht network build on sources without network codes", () => {
  it("should exit 2 and leave an existing output as it was", async () => {
    const empty = join(dir, "empty");
    mkdirSync(empty);
    writeFileSync(join(empty, "plain.rock"), "[[uid=7p6n0100]] Alleen tekst, geen codes.\n");
    const out = join(dir, "kept.json");
    writeFileSync(out, '{"kept": true}\n');
    const r = await cli("network", "build", empty, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("no network codes");
    expect(readFileSync(out, "utf8")).toBe('{"kept": true}\n');
  });
});

describe("verlicht network analyses", () => {
  const net = () => join(dir, "net.json");

  it("paths should explain a path without a sign and suggest a mistyped construct", async () => {
    const r = await cli("network", "paths", net(), "--from", "plusWorkers", "--to", "trust");
    expect(r.code).toBe(0);
    expect(r.out).toContain("( ) plusWorkers → doorbell → trust  (no sign: non-causal link structural on the path)");
    const typo = await cli("network", "paths", net(), "--from", "plusWorker", "--to", "stres");
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("did you mean: plusWorkers?");
    expect(typo.err).not.toMatch(/\n\s+at /);
  });

  it("threads should tell a continuous account from a stitched chain", async () => {
    const r = await cli("--json", "network", "threads", net(), "--path", "plusWorkers,doorbell,preschool");
    expect(JSON.parse(r.out).continuous).toEqual(["int01"]);
    const stitched = await cli("--json", "network", "threads", net(), "--path", "plusWorkers,preschool,stress");
    expect(JSON.parse(stitched.out)).toMatchObject({ continuous: [], stitched: true });
  });

  it("robustness should give the flow and the exact number of sources", async () => {
    const r = await cli("--json", "network", "robustness", net(), "--from", "plusWorkers", "--to", "preschool");
    expect(JSON.parse(r.out)).toMatchObject({ connected: true, flow: 2, exact: { holders: 2 } });
  });

  it("centrality, communities, zoom, filter, focus and opposites should run and write networks", async () => {
    const c = await cli("--json", "network", "centrality", net(), "--measure", "betweenness", "--top", "2");
    expect(JSON.parse(c.out)).toHaveLength(2);
    expect((await cli("network", "centrality", net(), "--measure", "eigen")).code).toBe(2);
    const k = await cli("--json", "network", "communities", net());
    expect(JSON.parse(k.out).count).toBeGreaterThan(0);
    // Factors by sources: plusWorkers 2, preschool 2, the others 1; the top two keep one link between them.
    const f = await cli("--json", "network", "filter", net(), "--top-factors", "2", "--out", join(dir, "f.json"));
    expect(JSON.parse(f.out)).toMatchObject({ nodes: 2, edges: 1 });
    const min = await cli("--json", "network", "filter", net(), "--min-sources", "2", "--out", join(dir, "f2.json"));
    expect(JSON.parse(min.out)).toMatchObject({ nodes: 0, edges: 0 });
    const focus = await cli("--json", "network", "focus", net(), "--on", "stress", "--out", join(dir, "focus.json"));
    expect(JSON.parse(focus.out)).toMatchObject({ nodes: 2 });
    expect((await cli("network", "zoom", net(), "--level", "1", "--out", join(dir, "z.json"))).code).toBe(0);
    const o = await cli("--json", "network", "opposites", net(), "--pair", "calm=stress", "--out", join(dir, "o.json"));
    expect(o.code).toBe(0);
    const opp = JSON.parse(readFileSync(join(dir, "o.json"), "utf8"));
    expect(opp.edges.map((e: { key: string }) => e.key)).toContain("preschool->calm||causal_pos");
  });

  it("export --format dagitty should refuse a network with loops (exit 2) unless asked to break them", async () => {
    const refused = await cli("network", "export", net(), "--format", "dagitty");
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("[qna:cyclic-network]");
    expect(refused.out).toBe("");
    const broken = await cli("network", "export", net(), "--format", "dagitty", "--break-cycles");
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/^dag \{/);
    expect(broken.err).toContain("[qna:cycle-broken]");
  });
});
