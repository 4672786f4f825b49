// Benchmark of @verlicht/indicators: correctness against independent hand computations on random
// FICTIONAL data (aggregated shares, goal statuses, assumption verdicts), and throughput of the readers
// and evaluators. Everything is generated here with a seeded generator, so it needs no ../shared data.
import type { Observation } from "@verlicht/core";
import {
  aggregateArea,
  assessAssumptions,
  evaluateGoal,
  parseObservationsCsv,
  toObservationsCsv,
} from "@verlicht/indicators";
import { reportFigure, skipBench, timeMs } from "./report.js";

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20260101);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const YEARS = ["2018", "2019", "2020", "2021", "2022", "2023"];
const ob = (
  indicatorId: string,
  code: string,
  period: string,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation => ({
  indicatorId,
  area: { code, level: code.startsWith("WK") ? "WK" : code.startsWith("NL") ? "NL" : "CUSTOM" },
  period,
  value,
  unit: "%",
  status: value === null ? "missing" : "definitive",
  source: "bench",
  ...extra,
});

// 1. Aggregation: 2,000 random areas of 2–20 members with shares; 10 % of member values missing.
{
  let maxError = 0;
  let wrongMissing = 0;
  let cases = 0;
  for (let c = 0; c < 2000; c++) {
    const members = Array.from({ length: int(2, 20) }, (_, i) => `WK${String(100000 + c * 20 + i)}`);
    const obs: Observation[] = [];
    const expected = new Map<string, number | null>();
    for (const period of YEARS) {
      let num = 0;
      let den = 0;
      let complete = true;
      for (const m of members) {
        if (rand() < 0.1 / YEARS.length) {
          complete = false;
          obs.push(ob("s", m, period, null, { numerator: null, denominator: null }));
          continue;
        }
        const d = int(50, 20000);
        const n = int(0, d);
        num += n;
        den += d;
        obs.push(ob("s", m, period, Math.round((n / d) * 1000) / 10, { numerator: n, denominator: d }));
      }
      expected.set(period, complete ? (num / den) * 100 : null);
    }
    const result = aggregateArea(obs, { code: `AGG${c}`, members });
    for (const o of result.observations) {
      cases++;
      const want = expected.get(o.period)!;
      if (want === null) {
        if (o.value !== null || o.status !== "incomplete") wrongMissing++;
      } else if (o.value === null) wrongMissing++;
      else maxError = Math.max(maxError, Math.abs(o.value - want));
    }
    const missingPeriods = [...expected].filter(([, v]) => v === null).length;
    if (result.missing.length !== missingPeriods) wrongMissing++;
  }
  reportFigure("indicators/aggregate-max-abs-error", maxError, "percentage points", {
    value: "1e-9",
    label: "bar (issue 7)",
  });
  reportFigure("indicators/aggregate-missing-misreported", wrongMissing, `of ${cases} aggregates`, {
    value: 0,
    label: "bar (issue 7)",
  });
}

// 2. Goal statuses: 10,000 random indicator series; the rule recomputed independently here.
{
  let agree = 0;
  const n = 10000;
  for (let c = 0; c < n; c++) {
    const better = rand() < 0.5 ? "higher" : "lower";
    const ref = YEARS.map(() => 20 + rand() * 10);
    const area = YEARS.map(() => 15 + rand() * 20);
    if (rand() < 0.1) area[int(0, 5)] = Number.NaN;
    const obs = YEARS.flatMap((p, i) => [
      ob("x", "A", p, Number.isNaN(area[i]!) ? null : area[i]!),
      ob("x", "NL01", p, ref[i]!),
    ]);
    const got = evaluateGoal({ id: "g", indicators: [{ id: "x", better }] }, obs, {
      area: "A",
      reference: "NL01",
      baseline: "2018",
      latest: "2023",
      trendBreak: false,
    }).indicators[0]!.status;
    const worse = (i: number) => (better === "higher" ? ref[i]! - area[i]! : area[i]! - ref[i]!);
    let want: string;
    if (Number.isNaN(area[5]!)) want = "insufficient-data";
    else if (worse(5) <= 0) want = "reached";
    else if (Number.isNaN(area[0]!)) want = "insufficient-data";
    else if (worse(0) <= 0) want = "widening";
    else {
      const change = (worse(5) - worse(0)) / worse(0);
      want = change <= -0.05 ? "closing" : change >= 0.05 ? "widening" : "stable";
    }
    if (got === want) agree++;
  }
  reportFigure("indicators/goal-status-agreement", (100 * agree) / n, "% of 10000 series", {
    value: "100 %",
    label: "bar (issue 7)",
  });
}

// 3. Assumption verdicts: 2,000 random two-node networks with random valence, signs and changes.
{
  let agree = 0;
  const n = 2000;
  for (let c = 0; c < n; c++) {
    const valence = rand() < 0.5 ? 1 : -1;
    const signA = rand() < 0.5 ? 1 : -1;
    const signB = rand() < 0.5 ? 1 : -1;
    const a0 = 10 + rand() * 10;
    const b0 = 10 + rand() * 10;
    const da = rand() < 0.2 ? 0 : (rand() - 0.5) * 6;
    const db = rand() < 0.2 ? 0 : (rand() - 0.5) * 6;
    const network = {
      attributes: {},
      options: { type: "directed" as const, multi: true, allowSelfLoops: true },
      nodes: [
        { key: "a", attributes: { label: "a" } },
        { key: "b", attributes: { label: "b" } },
      ],
      edges: [
        {
          key: "e",
          source: "a",
          target: "b",
          attributes: { type: "x", valence, weight: 1, support: { citations: 1, sources: 1, cases: 1 }, citations: [] },
        },
      ],
    };
    const links = [
      { construct: "a", indicatorId: "ia", sign: signA as 1 | -1, role: "measures" as const },
      { construct: "b", indicatorId: "ib", sign: signB as 1 | -1, role: "measures" as const },
    ];
    const obs = [
      ob("ia", "A", "2018", a0),
      ob("ia", "A", "2023", a0 + da),
      ob("ib", "A", "2018", b0),
      ob("ib", "A", "2023", b0 + db),
    ];
    const got = assessAssumptions(network, links, obs, { area: "A" }).edges[0]!.verdict;
    const dirA = Math.abs(da / a0) < 0.01 ? 0 : Math.sign(da) * signA;
    const dirB = Math.abs(db / b0) < 0.01 ? 0 : Math.sign(db) * signB;
    const want = dirA === 0 || dirB === 0 ? "no-change" : dirA * dirB === valence ? "consistent" : "inconsistent";
    if (got === want) agree++;
  }
  reportFigure("indicators/assumption-verdict-agreement", (100 * agree) / n, "% of 2000 edges", {
    value: "100 %",
    label: "bar (issue 7)",
  });
}

// 4. Throughput: a national-scale CSV (13,000 buurten × 8 indicators × 6 years ≈ 624k rows).
{
  const obs: Observation[] = [];
  for (let b = 0; b < 13000; b++) {
    const code = `BU${String(10000000 + b)}`;
    for (let i = 0; i < 8; i++) {
      for (const p of YEARS) {
        const d = int(100, 3000);
        const num = int(0, d);
        obs.push({
          ...ob(`ind${i}`, code, p, (num / d) * 100, { numerator: num, denominator: d }),
          area: { code, level: "BU" },
        });
      }
    }
  }
  const csv = toObservationsCsv(obs);
  const parsed = await timeMs(() => parseObservationsCsv(csv));
  reportFigure("indicators/parse-csv", obs.length / (parsed.ms / 1000), "rows/s");
  const members = Array.from({ length: 13000 }, (_, b) => `BU${String(10000000 + b)}`);
  const agg = await timeMs(() => aggregateArea(parsed.result.value, { code: "NL-AGG", members }));
  reportFigure("indicators/aggregate", obs.length / (agg.ms / 1000), "observations/s");
}

// 5. Assessment of a large network: 2,000 constructs, 6,000 edges, half of the constructs linked.
{
  const nodes = Array.from({ length: 2000 }, (_, i) => ({
    key: i < 10 ? `goal${String(i + 1).padStart(2, "0")}` : `c${i}`,
    attributes: { label: `c${i}` },
  }));
  const edges = Array.from({ length: 6000 }, (_, i) => ({
    key: `e${i}`,
    source: nodes[int(10, 1999)]!.key,
    target: nodes[int(0, 1999)]!.key,
    attributes: {
      type: "causal_pos",
      valence: 1 as const,
      weight: 1,
      support: { citations: 1, sources: 1, cases: 1 },
      citations: [],
    },
  }));
  const links = nodes
    .filter((_, i) => i % 2 === 0)
    .map((n) => ({ construct: n.key, indicatorId: `i-${n.key}`, sign: 1 as const, role: "measures" as const }));
  const obs = links.flatMap((l) => YEARS.map((p) => ob(l.indicatorId, "A", p, 10 + rand() * 10)));
  const network = {
    attributes: {},
    options: { type: "directed" as const, multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
  const run = await timeMs(() => assessAssumptions(network, links, obs, { area: "A" }));
  reportFigure("indicators/assess-2000-nodes-6000-edges", run.ms, "ms");
}

// 6. The FICTIONAL Heerlen-Noord example (examples/heerlen-noord/indicators): what the demo shows.
{
  const { existsSync, readFileSync } = await import("node:fs");
  const dir = new URL("../../examples/heerlen-noord/indicators/", import.meta.url);
  if (!existsSync(new URL("observations.csv", dir))) {
    skipBench("indicators/example", "examples/heerlen-noord/indicators is absent");
  } else {
    const { DEFAULT_CATALOGUE, parseCatalogue, parseLinks, evaluateLogicModel, parseLogicModel } = await import(
      "@verlicht/indicators"
    );
    const read = (name: string) => readFileSync(new URL(name, dir), "utf8");
    const catalogue = parseCatalogue(read("catalogue-extension.yaml"), { base: DEFAULT_CATALOGUE }).value;
    const observations = [
      ...parseObservationsCsv(read("observations.csv")).value,
      ...parseObservationsCsv(read("observations-hln-noord.csv")).value,
    ];
    const area = JSON.parse(read("areas.json"));
    // The shipped aggregate must equal a fresh aggregation of the wijken.
    const fresh = aggregateArea(
      observations.filter((o) => o.area.level !== "CUSTOM"),
      area,
      { catalogue },
    ).observations;
    const shipped = new Map(
      observations.filter((o) => o.area.code === "HLN-NOORD").map((o) => [`${o.indicatorId} ${o.period}`, o.value]),
    );
    let maxDiff = 0;
    for (const o of fresh)
      if (o.value !== null)
        maxDiff = Math.max(maxDiff, Math.abs(o.value - (shipped.get(`${o.indicatorId} ${o.period}`) ?? Number.NaN)));
    reportFigure("indicators/example-aggregate-roundtrip-max-diff", maxDiff, "percentage points", {
      value: "1e-9",
      label: "bar (issue 7)",
    });
    const statuses = catalogue.goals.map(
      (g) => evaluateGoal(g, observations, { area: "HLN-NOORD", reference: "NL01", catalogue }).status,
    );
    for (const s of ["reached", "closing", "stable", "widening", "insufficient-data"])
      reportFigure(`indicators/example-goals-${s}`, statuses.filter((x) => x === s).length, "of 12 goals");
    const assessment = assessAssumptions(
      JSON.parse(read("network-sketch.json")),
      parseLinks(read("links.csv")).value,
      observations,
      { area: "HLN-NOORD", catalogue },
    );
    for (const k of ["testable", "partly", "untestable", "consistent", "inconsistent", "insufficient-data"] as const) {
      reportFigure(`indicators/example-edges-${k}`, assessment.summary[k], `of ${assessment.summary.edges} edges`);
    }
    reportFigure("indicators/example-monitoring-gaps", assessment.monitoringGaps.length, "constructs");
    // The network built from the example's coded ROCK sources (written by the demo), when present.
    const coded = new URL("../coded/", dir);
    if (existsSync(coded)) {
      const { readdirSync } = await import("node:fs");
      const { parseSource } = await import("@verlicht/rock");
      const { buildNetwork } = await import("@verlicht/qna");
      const files = readdirSync(coded).filter((f) => f.endsWith(".rock"));
      const sources = files.map((f) => parseSource(readFileSync(new URL(f, coded), "utf8"), { sourceId: f }).value);
      const net = buildNetwork(sources);
      const real = assessAssumptions(net, parseLinks(read("links.csv")).value, observations, {
        area: "HLN-NOORD",
        catalogue,
      });
      reportFigure(
        "indicators/coded-network-edges-testable",
        real.summary.testable,
        `of ${real.summary.edges} edges (${files.length} coded sources)`,
      );
      reportFigure(
        "indicators/coded-network-edges-untestable",
        real.summary.untestable,
        `of ${real.summary.edges} edges`,
      );
      reportFigure("indicators/coded-network-monitoring-gaps", real.monitoringGaps.length, "constructs");
    } else skipBench("indicators/coded-network", "examples/heerlen-noord/coded is absent");
    const lm = evaluateLogicModel(parseLogicModel(read("logic-model-preschool.yaml")).value!, observations);
    reportFigure(
      "indicators/example-logic-steps-as-planned",
      lm.steps.filter((s) => s.status === "as-planned").length,
      `of ${lm.steps.length} steps`,
    );
  }
}
