// All sources in these tests are fictional.
import { SerializedNetworkSchema } from "@verlicht/core";
import { describe, expect, it } from "vitest";
import { buildNetwork, toSerializedNetwork } from "../../src/index.js";
import { makeSource, tree } from "../helpers/make-source.js";

const interview1 = makeSource("int01", [
  { ci: { cid: "p1" }, text: "De pluswerker komt langs.", codes: ["plusWorkers->trustInProfessionals||causal_pos||2"] },
  { text: "Dan durf ik mijn schulden te melden.", codes: ["trustInProfessionals->counsellingReach||causal_pos"] },
  { ci: { cid: "p2" }, text: "Vertrouwen helpt.", codes: ["plusWorkers->trustInProfessionals||causal_pos"] },
]);
const interview2 = makeSource("int02", [
  { ci: { cid: "p1" }, text: "Aanbellen is eng.", codes: ["doorbellConversations->fearOfDoorbell||causal_pos"] },
  {
    text: "Maar ze komen toch.",
    codes: ["plusWorkers->trustInProfessionals||causal_pos||3", "shame->shame||structural"],
  },
]);

describe("buildNetwork", () => {
  it("should make one edge per (from, to, type) with summed weights and distinct support", () => {
    const net = buildNetwork([interview1, interview2]);
    expect(net.type).toBe("directed");
    expect(net.multi).toBe(true);
    expect(net.order).toBe(6);
    expect(net.size).toBe(4);
    const e = net.getEdgeAttributes("plusWorkers->trustInProfessionals||causal_pos");
    expect(e.weight).toBe(2 + 1 + 3);
    expect(e.support).toEqual({ citations: 3, sources: 2, cases: 2 });
    expect(e.valence).toBe(1);
    expect(e.citations.map((c) => [c.sourceId, c.line, c.uid])).toEqual([
      ["int01", 1, "int01_u1"],
      ["int01", 3, "int01_u3"],
      ["int02", 2, "int02_u2"],
    ]);
    expect(e.citations[0]!.quote).toBe("De pluswerker komt langs.");
    expect(e.citations[0]!.classInstances).toEqual({ cid: "p1" });
    expect(net.getEdgeAttribute("shame->shame||structural", "valence")).toBeNull();
  });

  it("should count node support over the codings that name the node", () => {
    const net = buildNetwork([interview1, interview2]);
    expect(net.getNodeAttribute("trustInProfessionals", "support")).toEqual({ citations: 4, sources: 2, cases: 2 });
    expect(net.getNodeAttribute("shame", "support")).toEqual({ citations: 1, sources: 1, cases: 1 });
  });

  it("should count a source without case ids as one case, or not at all with caseFallback none", () => {
    const a = makeSource("a", [{ codes: ["x->y||causal_pos"] }]);
    const b = makeSource("b", [{ codes: ["x->y||causal_pos"] }, { codes: ["x->y||causal_pos"] }]);
    expect(buildNetwork([a, b]).getEdgeAttribute("x->y||causal_pos", "support")).toEqual({
      citations: 3,
      sources: 2,
      cases: 2,
    });
    const none = buildNetwork([a, b], { caseFallback: "none" });
    expect(none.getEdgeAttribute("x->y||causal_pos", "support").cases).toBe(0);
  });

  it("should count an utterance coded by two coders (same uid, two coder files) as one citation", () => {
    const a = makeSource("int05-coder-a", [
      { ci: { cid: "5", coderId: "A" }, uid: "7p6n0004", codes: ["x->y||causal_pos"] },
    ]);
    const b = makeSource("int05-coder-b", [
      { ci: { cid: "5", coderId: "B" }, uid: "7p6n0004", codes: ["x->y||causal_pos||2"] },
    ]);
    const e = buildNetwork([a, b]).getEdgeAttributes("x->y||causal_pos");
    // Two coders' copies of one transcript are one source; both coders coded the link.
    expect(e.support).toEqual({ citations: 1, sources: 1, cases: 1 });
    expect(e.coders).toBe(2);
    expect(e.weight).toBe(3);
    expect(e.citations.map((c) => c.coderId)).toEqual(["A", "B"]);
    expect(e.citations.map((c) => c.documentId)).toEqual(["int05", "int05"]);
    // The other readings stay available by name.
    const perFile = buildNetwork([a, b], { evidence: "per-file" }).getEdgeAttributes("x->y||causal_pos");
    expect(perFile.support).toEqual({ citations: 1, sources: 2, cases: 1 });
    const perCoding = buildNetwork([a, b], { evidence: "per-coding" }).getEdgeAttributes("x->y||causal_pos");
    expect(perCoding.support).toEqual({ citations: 2, sources: 2, cases: 1 });
  });

  it("should count three identical copies of one file (no uids) as one utterance, source and case", () => {
    const copy = (id: string) => makeSource(id, [{ uid: null, text: "Zij zegt het", codes: ["x->y||causal_pos"] }]);
    const e = buildNetwork([copy("a"), copy("b"), copy("c")]).getEdgeAttributes("x->y||causal_pos");
    expect(e.support).toEqual({ citations: 1, sources: 1, cases: 1 });
    expect(e.coders).toBe(3);
    expect(
      buildNetwork([copy("a"), copy("b")], { evidence: "per-file" }).getEdgeAttribute("x->y||causal_pos", "support"),
    ).toEqual({ citations: 2, sources: 2, cases: 2 });
  });

  it("should not merge files that share a uid with a different text (a duplicate-uid mistake)", () => {
    const a = makeSource("a", [{ uid: "7p6n0004", text: "Eerste zin", codes: ["x->y||causal_pos"] }]);
    const b = makeSource("b", [{ uid: "7p6n0004", text: "Andere zin", codes: ["x->y||causal_pos"] }]);
    const e = buildNetwork([a, b]).getEdgeAttributes("x->y||causal_pos");
    expect(e.support).toEqual({ citations: 2, sources: 2, cases: 2 });
    expect(e.coders).toBe(1);
  });

  it("should count the same case in two sources once", () => {
    const a = makeSource("a", [{ ci: { cid: "7" }, codes: ["x->y||causal_neg"] }]);
    const b = makeSource("b", [{ ci: { caseId: "7" }, codes: ["x->y||causal_neg"] }]);
    const s = buildNetwork([a, b]).getEdgeAttribute("x->y||causal_neg", "support");
    expect(s).toEqual({ citations: 2, sources: 2, cases: 1 });
  });

  it("should map types to valences by default, by ROCK_network YAML and by option (option wins)", () => {
    const types = ["causal_pos", "causal_neg", "causal_unknown", "causal", "causal_influences_negative", "leidt_tot"];
    const src = makeSource("s", [{ codes: types.map((t) => `a->b||${t}`) }], {
      aesthetics: {
        aesthetics: [],
        network: [{ edges: [{ type: "leidt_tot", valence: "+", color: "green" }], valence: { causal: "?" } }],
      },
    });
    const valence = (net: ReturnType<typeof buildNetwork>) =>
      Object.fromEntries(net.mapEdges((_k, a) => [a.type, a.valence]));
    expect(valence(buildNetwork([src]))).toEqual({
      causal_pos: 1,
      causal_neg: -1,
      causal_unknown: 0,
      causal: 0,
      causal_influences_negative: -1,
      leidt_tot: 1,
    });
    expect(valence(buildNetwork([src], { valence: { leidt_tot: -1, causal_pos: null } }))).toMatchObject({
      leidt_tot: -1,
      causal_pos: null,
    });
  });

  it("should take labels, kinds and code paths from the codebook, children inheriting the kind", () => {
    const codebook = makeSource("codebook", [], {
      codeTrees: {
        deductive: [
          tree("interventions", [tree("plusWorkers", [], undefined, "Pluswerkers")], "intervention"),
          tree("goals", [tree("goal01", [], "goal", "Doel 1")]),
        ],
        merged: [],
      },
    });
    const src = makeSource("s", [{ codes: ["plusWorkers->goal01||causal_pos", "det>attitude->goal01||causal_pos"] }]);
    const net = buildNetwork([src, codebook], { kinds: { attitude: "mechanism" } });
    expect(net.getNodeAttributes("plusWorkers")).toMatchObject({
      label: "Pluswerkers",
      kind: "intervention",
      codePath: ["interventions", "plusWorkers"],
    });
    expect(net.getNodeAttributes("goal01")).toMatchObject({
      label: "Doel 1",
      kind: "goal",
      codePath: ["goals", "goal01"],
    });
    expect(net.getNodeAttributes("det>attitude")).toMatchObject({
      label: "det>attitude",
      kind: "mechanism",
      codePath: ["det", "attitude"],
    });
  });

  it("should zoom along the code hierarchy, merging edges and support", () => {
    const codebook = makeSource("cb", [], {
      codeTrees: { deductive: [tree("debt", [tree("problematicDebt"), tree("arrears")], "outcome")], merged: [] },
    });
    const src = makeSource("s", [
      { ci: { cid: "1" }, codes: ["a>b>c->problematicDebt||causal_pos||2"] },
      { ci: { cid: "2" }, codes: ["a>b>d->arrears||causal_pos"] },
    ]);
    const net = buildNetwork([src, codebook], { zoom: 2 });
    expect(net.nodes().sort()).toEqual(["a>b", "problematicDebt", "arrears"].sort());
    const one = buildNetwork([src, codebook], { zoom: 1 });
    expect(one.nodes().sort()).toEqual(["a", "debt"]);
    expect(one.getEdgeAttributes("a->debt||causal_pos")).toMatchObject({
      weight: 3,
      support: { citations: 2, sources: 1, cases: 2 },
    });
    expect(one.getNodeAttributes("debt")).toMatchObject({ kind: "outcome", codePath: ["debt"] });
  });

  it("should join ROCK_attributes through the case id and list group values on edges", () => {
    const src = makeSource(
      "s",
      [
        { ci: { cid: "1" }, codes: ["a->b||causal_pos"] },
        { ci: { cid: "2" }, codes: ["a->b||causal_pos", "b->c||causal_neg"] },
      ],
      {
        attributes: [
          { caseId: "1", rol: "bewoner" },
          { caseId: "2", rol: "professional" },
        ],
      },
    );
    const net = buildNetwork([src], { groupBy: "rol" });
    const e = net.getEdgeAttributes("a->b||causal_pos");
    expect(e.citations.map((c) => c.attributes?.["rol"])).toEqual(["bewoner", "professional"]);
    expect(e.groups).toEqual(["bewoner", "professional"]);
    expect(net.getEdgeAttribute("b->c||causal_neg", "groups")).toEqual(["professional"]);
  });

  it("should apply a minimum support and drop nodes left without edges", () => {
    const net = buildNetwork([interview1, interview2], { minSupport: { sources: 2 } });
    expect(net.edges()).toEqual(["plusWorkers->trustInProfessionals||causal_pos"]);
    expect(net.nodes().sort()).toEqual(["plusWorkers", "trustInProfessionals"]);
    expect(net.getNodeAttribute("trustInProfessionals", "support").citations).toBe(3);
  });

  it("should drop self-loops when asked", () => {
    expect(buildNetwork([interview2], { dropSelfLoops: true }).hasNode("shame")).toBe(false);
  });

  it("should serialise to data that SerializedNetworkSchema accepts", () => {
    const json = toSerializedNetwork(buildNetwork([interview1, interview2], { groupBy: "cid" }));
    const parsed = SerializedNetworkSchema.safeParse(json);
    expect(parsed.success).toBe(true);
    expect(json.attributes).toMatchObject({ format: "verlicht-network", version: 1 });
    expect(json.options).toEqual({ type: "directed", multi: true, allowSelfLoops: true });
  });

  it("should throw InvalidArgumentsError on arguments that are not sources", () => {
    expect(() => buildNetwork("x" as never)).toThrow(/@verlicht\/qna\/buildNetwork: /);
    expect(() => buildNetwork([{}] as never)).toThrowError(expect.objectContaining({ name: "InvalidArgumentsError" }));
    expect(() => buildNetwork([], { zoom: 0 })).toThrow(/zoom/);
    expect(() => buildNetwork([], { caseFallback: "x" as never })).toThrow(/caseFallback/);
    expect(() => buildNetwork([], { valence: { leidt_tot: 2 as never } })).toThrow(/leidt_tot/);
  });

  it("should give an empty network for sources without network codes", () => {
    const net = buildNetwork([makeSource("s", [{ text: "Niets gecodeerd." }])]);
    expect([net.order, net.size]).toEqual([0, 0]);
  });
});
