// Voorbeeld (FICTIEF): het netwerk van aannames uit drie gecodeerde interviews in examples/qna/.
// Bouwt met @verlicht/rock en @verlicht/qna één netwerk over alle interviews en drukt af:
// de constructen met de meeste steun, paden van interventie naar doel, terugkoppelingen (loops),
// betwiste verbanden en het verschil tussen bewoners en professionals.
//
// Draaien vanuit de hoofdmap van de repository:
//   node --conditions=@verlicht/source --import tsx examples/qna-network.ts
import { readdirSync, readFileSync } from "node:fs";
import {
  buildGroupNetworks,
  buildNetwork,
  findContested,
  findLoops,
  findPaths,
  findReachability,
  pageRank,
  type QnaNetwork,
} from "@verlicht/qna";
import { parseSource } from "@verlicht/rock";

const dir = new URL("./qna/", import.meta.url);
const sources = readdirSync(dir)
  .filter((f) => f.endsWith(".rock"))
  .sort()
  .map((file) => {
    const { value, messages } = parseSource(readFileSync(new URL(file, dir), "utf8"), { sourceId: file });
    for (const m of messages)
      console.warn(`${file}:${m.place && "start" in m.place ? m.place.start.line : "?"} ${m.reason}`);
    return value;
  });

const net = buildNetwork(sources);
const label = (n: string) => net.getNodeAttribute(n, "label");
const teken = (v: number | null) => (v === 1 ? "+" : v === -1 ? "−" : v === 0 ? "?" : "·");
console.log(`Netwerk: ${net.order} constructen, ${net.size} verbanden uit ${sources.length} bronnen.\n`);

console.log("Constructen met de hoogste PageRank:");
const pr = pageRank(net);
for (const [node, score] of Object.entries(pr)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5)) {
  const s = net.getNodeAttribute(node, "support");
  console.log(
    `  ${label(node).padEnd(32)} ${score.toFixed(3)}  (${s.citations} uitspraken, ${s.cases} gesprekspartners)`,
  );
}

function toonPad(network: QnaNetwork, nodes: string[], edges: string[]): string {
  return nodes
    .map((n, i) => (i === 0 ? label(n) : `${teken(network.getEdgeAttribute(edges[i - 1]!, "valence"))}→ ${label(n)}`))
    .join(" ");
}

console.log("\nPaden van de pluswerkers naar doel 5 (hoogstens 4 stappen):");
for (const p of findPaths(net, "plusWorkers", "goal05", { maxLength: 4 })) {
  console.log(`  [netto ${teken(p.valence)}] ${toonPad(net, p.nodes, p.edges)}`);
}

console.log("\nTerugkoppelingen (loops):");
const soort = { reinforcing: "versterkend", balancing: "balancerend", unknown: "onbekend" } as const;
for (const loop of findLoops(net)) {
  console.log(`  ${soort[loop.polarity]}: ${toonPad(net, [...loop.nodes, loop.nodes[0]!], loop.edges)}`);
}

console.log("\nBetwiste verbanden (met beide tekens gecodeerd):");
for (const c of findContested(net)) {
  const bronnen = c.edges.map((e) => {
    const a = net.getEdgeAttributes(e);
    return `${teken(a.valence)} in ${a.citations.map((x) => `${x.sourceId}:${x.line}`).join(", ")}`;
  });
  console.log(`  ${label(c.from)} → ${label(c.to)}: ${bronnen.join("; ")}`);
}

const bereik = findReachability(net);
console.log("\nBereik van interventies:");
for (const r of bereik.reached) console.log(`  ${label(r.from)} bereikt ${label(r.to)} in ${r.distance} stappen`);
if (bereik.unreachedTargets.length) console.log(`  Geen pad naar: ${bereik.unreachedTargets.map(label).join(", ")}`);
if (bereik.idleSources.length) console.log(`  Bereikt geen doel: ${bereik.idleSources.map(label).join(", ")}`);

const groepen = buildGroupNetworks(sources, "rol");
console.log("\nBewoners en professionals:");
console.log(`  door beide genoemd: ${groepen.shared.length} verbanden`);
for (const s of groepen.similarity) {
  console.log(`  overeenkomst ${s.groups.join(" / ")} (Jaccard): ${s.jaccard.toFixed(2)}`);
}
for (const [rol, keys] of Object.entries(groepen.only)) {
  console.log(`  alleen ${rol}: ${keys.map((k) => k.replace(/\|\|(.*)$/, " ($1)")).join(", ") || "geen"}`);
}
