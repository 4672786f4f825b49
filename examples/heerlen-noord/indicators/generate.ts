// Generates the FICTIONAL observations of the Heerlen-Noord example (deterministic, seeded).
// Run from the repository root:
//   node --conditions=@verlicht/source --import tsx examples/heerlen-noord/indicators/generate.ts
// It writes observations.csv (wijken, Heerlen GM0917, Nederland NL01), observations-hln-noord.csv (the
// aggregate HLN-NOORD built with aggregateArea), cbs-odata-v4-sample.json and areas.json.
// All numbers are invented; they only resemble the order of magnitude of real figures.
import { readFileSync, writeFileSync } from "node:fs";
import type { Observation } from "@verlicht/core";
import { aggregateArea, DEFAULT_CATALOGUE, parseCatalogue, toObservationsCsv } from "@verlicht/indicators";

const here = (name: string) => new URL(`./${name}`, import.meta.url);
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023];

// Fictional wijk codes in the CBS pattern (not checked against the real Wijk- en Buurtkaart).
const WIJKEN: Array<[string, string, number]> = [
  ["WK091701", "Hoensbroek-Centrum", 5200],
  ["WK091702", "Maria-Gewanden", 3100],
  ["WK091703", "De Dem", 2400],
  ["WK091704", "De Kissel", 3800],
  ["WK091705", "Mariarade", 4300],
  ["WK091706", "Nieuw Lotbroek", 4700],
  ["WK091707", "Overbroek", 2900],
  ["WK091708", "Passart", 3600],
  ["WK091709", "Heerlerheide-Centrum", 5100],
  ["WK091710", "Rennemig-Beersdal", 3900],
  ["WK091711", "Heksenberg", 4400],
  ["WK091712", "Vrieheide-De Stack", 4600],
  ["WK091713", "Meezenbroek", 3300],
  ["WK091714", "Schandelen", 3900],
];

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
const rand = mulberry32(917);
const noise = (sd: number) => (rand() + rand() + rand() - 1.5) * sd * 1.4;

// Denominator as a share of inhabitants.
const BASE: Record<string, number> = {
  inhabitants: 1,
  households: 0.52,
  adults: 0.8,
  toddlers: 0.026,
  youth: 0.17,
  births: 0.009,
  working: 0.72,
  youngAdults: 0.05,
  pupils8: 0.011,
  respondents: 0.012,
  housing: 0.55,
  renters: 0.3,
};

// [id, denominator base, values per year for Noord, Heerlen, NL, wijk spread (sd, percentage points)]
type Series = [string, keyof typeof BASE, number[], number[], number[], number];
const SHARES: Series[] = [
  [
    "preschool-attendance",
    "toddlers",
    [62, 63, 65, 68, 71, 74],
    [68, 69, 70, 72, 74, 76],
    [80, 80, 79, 80, 80, 80.5],
    4,
  ],
  ["language-delay", "pupils8", [28, 28, 29, 28, 27.5, 27], [24, 24, 25, 24, 24, 23.5], [15, 15, 16, 15.5, 15, 15], 3],
  [
    "net-labour-participation",
    "working",
    [56, 57, 56.5, 58, 59, 60],
    [60, 61, 60.5, 62, 63, 63.5],
    [68, 68.8, 67.9, 69.2, 70.1, 70.4],
    3,
  ],
  [
    "social-assistance",
    "working",
    [11, 10.8, 11.2, 10.7, 10.3, 10],
    [8.2, 8.1, 8.3, 8, 7.8, 7.6],
    [4.5, 4.4, 4.5, 4.3, 4.1, 4],
    1.5,
  ],
  [
    "low-income-households",
    "households",
    [16, 15.8, 15.5, 15.2, 14.9, 14.5],
    [12.5, 12.3, 12.1, 11.9, 11.7, 11.4],
    [8, 7.9, 7.8, 7.7, 7.6, 7.5],
    2,
  ],
  [
    "problematic-debt",
    "households",
    [14, 13.6, 13.2, 12.8, 12.5, 12],
    [11, 10.8, 10.5, 10.2, 10, 9.7],
    [8, 7.8, 7.6, 7.4, 7.2, 7],
    2,
  ],
  [
    "energy-poverty",
    "households",
    [9, 9.1, 9.3, 10.2, 13, 12],
    [7, 7.1, 7.2, 8, 10.1, 9.4],
    [5, 5, 5.1, 5.6, 7, 6.5],
    1.5,
  ],
  [
    "high-housing-cost-ratio",
    "renters",
    [38, 38.5, 39, 39, 41, 40.5],
    [35, 35.5, 36, 36, 38, 37.5],
    [30, 30.2, 30.5, 30.5, 32, 31.5],
    3,
  ],
  ["poor-energy-label", "housing", [42, 40, 38, 35, 32, 29], [36, 34.5, 33, 31, 29, 27], [27, 26, 25, 24, 22.5, 21], 5],
  [
    "starting-qualification",
    "youngAdults",
    [70, 70.5, 70.2, 71, 71.5, 72],
    [73, 73.5, 73.4, 74, 74.5, 75],
    [80, 80.3, 80.2, 80.6, 80.8, 81],
    3,
  ],
  [
    "youth-suspects",
    "youth",
    [3.5, 3.4, 3.3, 3.1, 2.9, 2.8],
    [3, 2.9, 2.8, 2.7, 2.6, 2.5],
    [2.2, 2.2, 2.1, 2.1, 2, 2],
    0.6,
  ],
  [
    "severe-stress",
    "adults",
    [22, 22, 22.2, 24.5, 24, 24],
    [19, 19, 19.2, 21.5, 21, 21],
    [15, 15, 15.3, 17.4, 17, 17],
    2,
  ],
  [
    "psychological-problems",
    "adults",
    [12, 12.2, 12.4, 15.5, 14.8, 14.5],
    [10, 10.1, 10.3, 13, 12.5, 12.2],
    [7, 7.1, 7.2, 9.2, 8.9, 8.7],
    1.5,
  ],
  [
    "good-self-rated-health",
    "adults",
    [66, 66, 65.5, 65, 65.2, 65],
    [70, 70, 69.5, 69, 69.3, 69],
    [76, 76, 75.5, 74.5, 74.4, 74],
    3,
  ],
  [
    "smoking",
    "adults",
    [27, 26.5, 26, 25.5, 24.8, 24],
    [24, 23.5, 23, 22.5, 22, 21.5],
    [20, 19.6, 19.3, 18.9, 18.4, 18],
    2.5,
  ],
  [
    "low-birth-weight",
    "births",
    [6.5, 6.5, 6.4, 6.4, 6.3, 6.3],
    [6, 6, 5.9, 5.9, 5.8, 5.8],
    [5.5, 5.5, 5.4, 5.4, 5.3, 5.3],
    1,
  ],
  [
    "youth-care",
    "youth",
    [14, 14.3, 14.5, 14.8, 15, 15],
    [12.5, 12.7, 12.8, 13, 13.2, 13.2],
    [10, 10, 10.1, 10, 10, 10],
    2,
  ],
];
// Per 1000 inhabitants.
const RATES: Series[] = [
  [
    "registered-crimes",
    "inhabitants",
    [60, 59, 56, 57, 56, 55],
    [57, 56, 53, 54, 53, 52],
    [48, 47.5, 46, 46.5, 45.5, 45],
    8,
  ],
];
// Veiligheidsmonitor: only odd years (the survey runs every two years).
const SURVEY: Series = [
  "feeling-unsafe",
  "respondents",
  [45, 45, 46, 46, 47, 47],
  [40, 40, 40.5, 40.5, 41, 41],
  [34, 34, 33.5, 33.5, 33, 33],
  4,
];

const NL_POP = [17181084, 17282163, 17407585, 17475415, 17590672, 17811291];
const GM_POP = [86762, 86874, 86832, 87051, 87309, 87484];
const out: Observation[] = [];
const area = (code: string, name: string) =>
  ({ code, level: code.startsWith("WK") ? "WK" : code.startsWith("GM") ? "GM" : "NL", name }) as Observation["area"];

function pushShare(
  id: string,
  unit: string,
  scale: number,
  a: Observation["area"],
  year: number,
  den: number,
  p: number,
  source: string,
) {
  const denominator = Math.round(den);
  const numerator = Math.round((denominator * p) / scale);
  const value = Math.round((numerator / denominator) * scale * 100) / 100;
  out.push({
    indicatorId: id,
    area: a,
    period: String(year),
    value,
    unit,
    status: year === 2023 && a.level !== "NL" ? "provisional" : "definitive",
    source,
    numerator,
    denominator,
  });
}

const wijkOffsets = new Map<string, number>();
for (const [code] of WIJKEN) wijkOffsets.set(code, noise(1));
const wijkPop = (pop: number, y: number) => Math.round(pop * (1 - 0.004 * y) * (1 + noise(0.01)));

for (const [series, unit, scale] of [
  [SHARES, "%", 100],
  [RATES, "per 1000", 1000],
  [[SURVEY], "%", 100],
] as const) {
  for (const [id, base, noord, heerlen, nl, spread] of series) {
    const survey = id === "feeling-unsafe";
    YEARS.forEach((year, y) => {
      if (survey && year % 2 === 0) return;
      const source = survey ? "FICTIONAL Veiligheidsmonitor" : "FICTIONAL";
      pushShare(id, unit, scale, area("NL01", "Nederland"), year, NL_POP[y]! * BASE[base]!, nl[y]!, source);
      pushShare(id, unit, scale, area("GM0917", "Heerlen"), year, GM_POP[y]! * BASE[base]!, heerlen[y]!, source);
      for (const [code, name, pop] of WIJKEN) {
        // One suppressed small-area value: youth suspects in De Dem, 2020 (CBS writes "." for these).
        if (id === "youth-suspects" && code === "WK091703" && year === 2020) {
          out.push({
            indicatorId: id,
            area: area(code, name),
            period: "2020",
            value: null,
            unit,
            status: "missing",
            source,
            numerator: null,
            denominator: null,
          });
          continue;
        }
        const p = Math.max(0.1, noord[y]! + wijkOffsets.get(code)! * spread + noise(spread * 0.15));
        pushShare(id, unit, scale, area(code, name), year, wijkPop(pop, y) * BASE[base]!, p, source);
      }
    });
  }
}

// Counts: inhabitants and households; the plus-worker programme's own registrations (from 2020).
YEARS.forEach((year, y) => {
  out.push({
    indicatorId: "population",
    area: area("NL01", "Nederland"),
    period: String(year),
    value: NL_POP[y]!,
    unit: "count",
    status: "definitive",
    source: "FICTIONAL",
  });
  out.push({
    indicatorId: "population",
    area: area("GM0917", "Heerlen"),
    period: String(year),
    value: GM_POP[y]!,
    unit: "count",
    status: "definitive",
    source: "FICTIONAL",
  });
  for (const [code, name, pop] of WIJKEN) {
    const inhabitants = wijkPop(pop, y);
    out.push({
      indicatorId: "population",
      area: area(code, name),
      period: String(year),
      value: inhabitants,
      unit: "count",
      status: "definitive",
      source: "FICTIONAL",
    });
    out.push({
      indicatorId: "households",
      area: area(code, name),
      period: String(year),
      value: Math.round(inhabitants * 0.52),
      unit: "count",
      status: "definitive",
      source: "FICTIONAL",
    });
    const hours = year < 2020 ? 0 : Math.round((pop / 100) * [0, 0, 8, 20, 34, 40][y]! * (1 + noise(0.1)));
    out.push({
      indicatorId: "plus-worker-hours",
      area: area(code, name),
      period: String(year),
      value: hours,
      unit: "count",
      status: "definitive",
      source: "FICTIONAL programme registration",
    });
    out.push({
      indicatorId: "doorbell-conversations",
      area: area(code, name),
      period: String(year),
      value: Math.round(hours * 0.35 * (1 + noise(0.1))),
      unit: "count",
      status: "definitive",
      source: "FICTIONAL programme registration",
    });
    out.push({
      indicatorId: "mean-woz-value",
      area: area(code, name),
      period: String(year),
      value: Math.round(140 + 8 * y + noise(15)),
      unit: "x 1000 euro",
      status: "definitive",
      source: "FICTIONAL",
    });
    out.push({
      indicatorId: "social-cohesion-score",
      area: area(code, name),
      period: String(year),
      value: Math.round((5.2 + noise(0.4)) * 10) / 10,
      unit: "score 0–10",
      status: "definitive",
      source: "FICTIONAL",
    });
  }
  out.push({
    indicatorId: "households",
    area: area("GM0917", "Heerlen"),
    period: String(year),
    value: Math.round(GM_POP[y]! * 0.53),
    unit: "count",
    status: "definitive",
    source: "FICTIONAL",
  });
  out.push({
    indicatorId: "mean-woz-value",
    area: area("GM0917", "Heerlen"),
    period: String(year),
    value: 170 + 10 * y,
    unit: "x 1000 euro",
    status: "definitive",
    source: "FICTIONAL",
  });
  out.push({
    indicatorId: "mean-woz-value",
    area: area("NL01", "Nederland"),
    period: String(year),
    value: 264 + 25 * y,
    unit: "x 1000 euro",
    status: "definitive",
    source: "FICTIONAL",
  });
  out.push({
    indicatorId: "social-cohesion-score",
    area: area("GM0917", "Heerlen"),
    period: String(year),
    value: 5.8,
    unit: "score 0–10",
    status: "definitive",
    source: "FICTIONAL",
  });
  out.push({
    indicatorId: "social-cohesion-score",
    area: area("NL01", "Nederland"),
    period: String(year),
    value: 6.2,
    unit: "score 0–10",
    status: "definitive",
    source: "FICTIONAL",
  });
});

writeFileSync(here("observations.csv"), toObservationsCsv(out));
const areas = {
  code: "HLN-NOORD",
  name: "Heerlen-Noord",
  members: WIJKEN.map(([c]) => c),
  names: Object.fromEntries(WIJKEN.map(([c, n]) => [c, n])),
};
writeFileSync(here("areas.json"), `${JSON.stringify(areas, null, 2)}\n`);
const catalogue = parseCatalogue(readFileSync(here("catalogue-extension.yaml"), "utf8"), {
  base: DEFAULT_CATALOGUE,
}).value;
const aggregate = aggregateArea(out, areas, { catalogue });
writeFileSync(here("observations-hln-noord.csv"), toObservationsCsv(aggregate.observations));
console.log(
  `${out.length} observations; HLN-NOORD: ${aggregate.observations.length} aggregates, ${aggregate.missing.length} missing`,
);

// A CBS OData v4 "Observations" sample (long format, padded codes, 2022JJ00 periods): inhabitants (T001036)
// and social assistance as numerator/denominator measures, for Heerlen and three wijken. Codes and values FICTIONAL.
const rows: Array<Record<string, unknown>> = [];
let id = 0;
for (const o of out.filter(
  (x) => x.period === "2022" && ["GM0917", "WK091701", "WK091702", "WK091703"].includes(x.area.code),
)) {
  const code = o.area.code.padEnd(10, " ");
  if (o.indicatorId === "population")
    rows.push({
      Id: id++,
      Measure: "T001036",
      ValueAttribute: "None",
      Value: o.value,
      WijkenEnBuurten: code,
      Perioden: "2022JJ00",
    });
  if (o.indicatorId === "social-assistance") {
    rows.push({
      Id: id++,
      Measure: "M009999_1",
      ValueAttribute: "None",
      Value: o.numerator,
      WijkenEnBuurten: code,
      Perioden: "2022JJ00",
    });
    rows.push({
      Id: id++,
      Measure: "M009999_2",
      ValueAttribute: "None",
      Value: o.denominator,
      WijkenEnBuurten: code,
      Perioden: "2022JJ00",
    });
  }
}
rows.push({
  Id: id++,
  Measure: "M009999_1",
  ValueAttribute: "Confidential",
  Value: null,
  WijkenEnBuurten: "BU09170301",
  Perioden: "2022JJ00",
});
writeFileSync(
  here("cbs-odata-v4-sample.json"),
  `${JSON.stringify({ "@odata.context": "https://datasets.cbs.nl/odata/v1/CBS/FICTIONAL/$metadata#Observations", value: rows }, null, 2)}\n`,
);

// Check that the YAML logic model is the shipped one.
import("@verlicht/indicators").then(({ parseLogicModel, PRESCHOOL_LOGIC_MODEL }) => {
  const { value, messages } = parseLogicModel(readFileSync(here("logic-model-preschool.yaml"), "utf8"));
  const same = JSON.stringify(value) === JSON.stringify(PRESCHOOL_LOGIC_MODEL);
  console.log(`logic-model-preschool.yaml: ${messages.length} messages, equals PRESCHOOL_LOGIC_MODEL: ${same}`);
});
