// Fictional networks.
import { describe, expect, it } from "vitest";
import { buildNetwork, toDagitty, toDot, toEdgeCsv, toGexf, toGraphml } from "../../src/index.js";
import { qnaMessages } from "../../src/lib/messages.js";
import { makeSource } from "../helpers/make-source.js";

const src = makeSource(
  "int01",
  [
    { ci: { cid: "1" }, text: 'Hij zei: "aanbellen, dat is eng".', codes: ["bcp_door->fearOfDoorbell||causal_pos||2"] },
    {
      text: "Angst & schaamte.",
      codes: ["fearOfDoorbell->tar_reach||causal_neg", "fearOfDoorbell->tar_reach||structural"],
    },
  ],
  {
    attributes: [{ caseId: "1", rol: "bewoner" }],
    aesthetics: {
      aesthetics: [
        {
          ROCK_aesthetics: {
            edges: [
              { type: "default", color: "grey" },
              { type: "_neg$", color: "#BB0000" },
            ],
            nodes: [{ type: "^bcp_", fillcolor: "#8ee9ff", shape: "box" }],
            graph: { rankdir: "TB" },
            rank: { min: "bcp_", max: "tar_" },
          },
        },
      ],
      network: [],
    },
  },
);
const net = buildNetwork([src], { kinds: { bcp_door: "intervention", tar_reach: "goal" } });

describe("toDot", () => {
  it("should apply ROCK_aesthetics rules, ranks and weights as pen widths", () => {
    const dot = toDot(net);
    expect(dot).toMatch(/^digraph "network" \{/);
    expect(dot).toContain('rankdir="TB";');
    expect(dot).toContain('"bcp_door" [label="bcp_door", fillcolor="#8ee9ff", shape="box"];');
    expect(dot).toContain('"fearOfDoorbell" [label="fearOfDoorbell"];');
    // The author's ROCK_aesthetics styling wins whole over the valence colours.
    expect(dot).toContain('"fearOfDoorbell" -> "tar_reach" [rel="causal_neg", penwidth=1, color="#BB0000"];');
    expect(dot).toContain('"fearOfDoorbell" -> "tar_reach" [rel="structural", penwidth=1, color="grey"];');
    expect(dot).toContain('"bcp_door" -> "fearOfDoorbell" [rel="causal_pos", penwidth=2, color="grey"];');
    expect(dot).toContain('{ rank = min; "bcp_door"; }');
    expect(dot).toContain('{ rank = max; "tar_reach"; }');
  });
});

describe("toDot without aesthetics", () => {
  it("should colour links by valence", () => {
    const plain = buildNetwork([
      makeSource("s", [
        { codes: ["a->b||causal_pos", "b->c||causal_neg", "c->d||causal_unknown", "d->e||structural"] },
      ]),
    ]);
    const dot = toDot(plain);
    expect(dot).toContain('"a" -> "b" [rel="causal_pos", penwidth=1, color="#1a7f37"];');
    expect(dot).toContain('"b" -> "c" [rel="causal_neg", penwidth=1, color="#c62828", arrowhead="empty"];');
    expect(dot).toContain('"c" -> "d" [rel="causal_unknown", penwidth=1, color="#6e6e6e", style="dashed"];');
    expect(dot).toContain('"d" -> "e" [rel="structural", penwidth=1, color="#6e6e6e", style="dotted"];');
  });
});

describe("toDagitty", () => {
  it("should write one arrow per pair with interventions as exposures and goals as outcomes", () => {
    expect(toDagitty(net)).toEqual({
      value:
        'dag {\n"bcp_door" [exposure]\n"fearOfDoorbell"\n"tar_reach" [outcome]\n"bcp_door" -> "fearOfDoorbell"\n"fearOfDoorbell" -> "tar_reach"\n}\n',
      messages: [],
    });
  });

  it("should refuse a network with loops, listing them, and break them only when asked", () => {
    const loop = buildNetwork([
      makeSource("s", [{ codes: ["a->b||causal_pos", "b->c||causal_pos", "c->a||causal_neg", "c->d||causal_pos"] }]),
    ]);
    const refused = toDagitty(loop);
    expect(refused.value).toBeNull();
    expect(refused.messages.map((m) => [m.ruleId, m.severity])).toEqual([["cyclic-network", "error"]]);
    expect(refused.messages[0]!.reason).toContain("a -> b -> c -> a");
    const broken = toDagitty(loop, { onCycle: "break" });
    expect(broken.value).not.toContain('"c" -> "a"');
    expect(broken.value).toContain('"c" -> "d"');
    expect(broken.messages.map((m) => [m.ruleId, m.params])).toEqual([["cycle-broken", { edge: "c -> a" }]]);
  });

  it("should say so when a pair coded with opposite signs becomes one arrow", () => {
    const both = buildNetwork([makeSource("s", [{ codes: ["a->b||causal_pos", "a->b||causal_neg"] }])]);
    const out = toDagitty(both, { locale: "nl" });
    expect(out.value?.match(/->/g)).toHaveLength(1);
    expect(out.messages.map((m) => m.ruleId)).toEqual(["opposite-signs"]);
    expect(out.messages[0]!.reason).toBe(qnaMessages.format("opposite-signs", out.messages[0]!.params, "nl"));
  });
});

describe("toEdgeCsv", () => {
  it("should write one row per citation with quoted fields, class instances and attributes", () => {
    const csv = toEdgeCsv(net);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "edge,from,to,type,valence,weight,support_citations,support_sources,support_cases,source_id,uid,line,case_id,coder_id,quote,class_cid,attr_caseId,attr_rol",
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(
      'bcp_door->fearOfDoorbell||causal_pos,bcp_door,fearOfDoorbell,causal_pos,1,2,1,1,1,int01,int01_u1,1,1,,"Hij zei: ""aanbellen, dat is eng"".",1,1,bewoner',
    );
    expect(lines[3]).toContain("||structural,fearOfDoorbell,tar_reach,structural,,1,");
    expect(lines[4]).toBe("");
  });
});

describe("XML exports", () => {
  it("should write GEXF with one edge per network edge and escaped text", () => {
    const gexf = toGexf(net);
    expect(gexf.match(/<edge /g)).toHaveLength(3);
    expect(gexf.match(/<node /g)).toHaveLength(3);
    expect(gexf).toContain('id="fearOfDoorbell-&gt;tar_reach||causal_neg"');
    expect(gexf).toContain('kind="causal_neg" label="causal_neg" weight="1"');
    expect(gexf).toContain('<attvalue for="valence" value="-1"/>');
  });

  it("should write GraphML with declared keys and directed edges", () => {
    const xml = toGraphml(net);
    expect(xml).toContain('edgedefault="directed"');
    expect(xml.match(/<key /g)).toHaveLength(17);
    expect(xml.match(/<edge /g)).toHaveLength(3);
    expect(xml).toContain('<data key="n_kind">intervention</data>');
    expect(xml).toContain('attr.name="valence" attr.type="int"');
  });
});
