import type { Indicator, IndicatorSource } from "../lib/schemas.js";

/**
 * The report's Bijlage 1 (items 5–35) in the catalogue: what the core indicators of `indicators.ts` get
 * (goals under the programme's 12 goals, item number, breakdowns, sets, dashboard source), and the
 * items that had no indicator yet. Sources are the likely providers (the report names none per item);
 * table ids are not verified, so none are given where unknown.
 */

/** What an existing core indicator gets from Bijlage 1 and the 12 goals. */
export interface Annotation {
  goals: string[];
  theme: string;
  bijlage1?: number;
  breakdowns?: string[];
  sets?: string[];
  dashboard?: string;
  label?: { nl: string; en: string };
  numerator?: { nl: string; en: string };
  denominator?: { nl: string; en: string };
  provider?: string;
}

const T1 = "talentontwikkeling-en-gezondheid";
const T2 = "wonen-en-leefomgeving";
const T3 = "werk-en-bestaanszekerheid";
const T4 = "leefbaarheid-en-veiligheid";
const CTX = "context";
const KVS = ["kansrijk-van-start"];

/** Per core indicator id: its goals (of the 12), theme and Bijlage 1 data. */
export const ANNOTATIONS: Readonly<Record<string, Annotation>> = {
  population: { goals: [], theme: CTX, bijlage1: 5, breakdowns: ["age", "gender", "origin", "residence-duration"] },
  households: { goals: [], theme: CTX, bijlage1: 6, breakdowns: ["household-type", "household-composition"] },
  dwellings: { goals: ["goal01"], theme: T2, bijlage1: 7, breakdowns: ["dwelling-type", "woz-value", "build-year"] },
  pupils: {
    goals: [],
    theme: CTX,
    bijlage1: 8,
    breakdowns: ["school-type"],
    label: { nl: "Aantal leerlingen in PO en VO", en: "Pupils in primary and secondary education" },
  },
  "single-parent-households": { goals: ["goal10"], theme: CTX },
  "preschool-attendance": { goals: ["goal06"], theme: T1 },
  "language-delay": { goals: ["goal06"], theme: T1, dashboard: "dashboard-onderwijsachterstanden" },
  "plus-worker-hours": { goals: [], theme: T1 },
  "doorbell-conversations": { goals: [], theme: T1 },
  "childcare-use": { goals: ["goal06", "goal11"], theme: T1 },
  "school-advice-havo-vwo": { goals: ["goal07"], theme: T1, dashboard: "dashboard-schooladviezen" },
  "starting-qualification": {
    goals: ["goal07"],
    theme: T1,
    bijlage1: 12,
    label: {
      nl: "Aandeel 16 tot 23-jarigen met een startkwalificatie",
      en: "Share of 16 to 23-year-olds with a starting qualification",
    },
    numerator: {
      nl: "16 tot 23-jarigen met startkwalificatie",
      en: "16 to 23-year-olds with a starting qualification",
    },
    denominator: { nl: "16 tot 23-jarigen", en: "16 to 23-year-olds" },
  },
  "early-school-leavers": { goals: ["goal07"], theme: T1 },
  "net-labour-participation": { goals: ["goal04"], theme: T3 },
  "social-assistance": { goals: ["goal04"], theme: T3, dashboard: "bijstandsmonitor", breakdowns: ["age", "duration"] },
  "youth-unemployment": { goals: ["goal04", "goal07"], theme: T3 },
  "low-income-households": { goals: ["goal05"], theme: T3 },
  "long-term-poverty": { goals: ["goal05"], theme: T3 },
  "child-poverty": { goals: ["goal05", "goal10"], theme: T3 },
  "working-poor": {
    goals: ["goal05"],
    theme: T3,
    bijlage1: 11,
    breakdowns: ["income-source", "age"],
  },
  "problematic-debt": { goals: ["goal05", "goal10"], theme: T3 },
  "energy-poverty": {
    goals: ["goal01"],
    theme: T2,
    bijlage1: 9,
    breakdowns: ["owner-type"],
    label: { nl: "Energiearmoede (breed gedefinieerd)", en: "Energy poverty (broad definition)" },
  },
  "high-housing-cost-ratio": { goals: ["goal01"], theme: T2 },
  "poor-energy-label": { goals: ["goal01", "goal02"], theme: T2 },
  "mean-woz-value": { goals: ["goal01"], theme: T2, bijlage1: 7 },
  "social-rent-share": { goals: [], theme: CTX },
  "social-cohesion-score": { goals: ["goal03", "goal09"], theme: T4, bijlage1: 34 },
  "registered-crimes": {
    goals: ["goal09"],
    theme: T4,
    bijlage1: 31,
    breakdowns: ["crime-type"],
    provider: "Politie (misdrijven), vergeleken met benchmarkgebieden",
  },
  "feeling-unsafe": { goals: ["goal09"], theme: T4, bijlage1: 34 },
  "youth-suspects": { goals: ["goal09", "goal08"], theme: T4, bijlage1: 30, breakdowns: ["age"] },
  "halt-referrals": {
    goals: ["goal09"],
    theme: T4,
    bijlage1: 32,
    label: {
      nl: "HALT-jongeren (verwezen n.a.v. overtreding of misdrijf)",
      en: "HALT referrals (after an offence or crime)",
    },
  },
  suspects: { goals: ["goal09", "goal08"], theme: T4, bijlage1: 30, breakdowns: ["age"] },
  "psychological-problems": { goals: ["goal10"], theme: T1 },
  "severe-stress": { goals: ["goal10"], theme: T1 },
  loneliness: { goals: ["goal03"], theme: T1 },
  "good-self-rated-health": { goals: [], theme: T1 },
  smoking: { goals: [], theme: T1 },
  overweight: { goals: [], theme: T1 },
  "pregnancy-risks": { goals: ["goal11"], theme: T1 },
  "low-birth-weight": {
    goals: ["goal11"],
    theme: T1,
    bijlage1: 23,
    sets: KVS,
    label: { nl: "Aandeel pasgeborenen met een laag geboortegewicht", en: "Share of newborns with a low birth weight" },
  },
  "premature-births": {
    goals: ["goal11"],
    theme: T1,
    bijlage1: 24,
    sets: KVS,
    label: { nl: "Vroeggeboorten", en: "Premature births" },
  },
  "youth-care": {
    goals: ["goal12", "goal10"],
    theme: T1,
    bijlage1: 33,
    label: {
      nl: "Kinderen die gebruik maakten van enige vorm van jeugdzorg",
      en: "Children who used any form of youth care",
    },
  },
  "child-placements": { goals: ["goal10"], theme: T1 },
};

function src(provider: string, table?: string, note?: string): IndicatorSource {
  const s: IndicatorSource = { provider };
  if (table !== undefined) s.table = table;
  if (note !== undefined) s.note = note;
  return s;
}

function share(
  id: string,
  item: number,
  label: [string, string],
  num: [string, string],
  den: [string, string],
  goals: string[],
  theme: string,
  source: IndicatorSource,
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    id,
    label: { nl: label[0], en: label[1] },
    unit: "%",
    numerator: { nl: num[0], en: num[1] },
    denominator: { nl: den[0], en: den[1] },
    better: "lower",
    goals,
    aggregation: "ratio",
    theme,
    source,
    bijlage1: item,
    key: true,
    ...extra,
  };
}

const CBS_KS = () =>
  src(
    "CBS",
    "maatwerk Kansrijke Start / Monitor NPHLN",
    "persons per wijk of residence; the exact table id is not verified",
  );
const PERINED = () => src("Perined", undefined, "perinatal registration; figures per wijk through CBS maatwerk");
const GGD = () =>
  src("GGD Zuid Limburg", "Gezondheidsmonitor volwassenen en ouderen", "survey every four years (2016, 2020, 2022, …)");
const W19 = ["personen 19–45 jaar", "persons aged 19–45"] as [string, string];
const PREG = ["zwangere vrouwen (bevallen in het jaar)", "pregnant women (giving birth in the year)"] as [
  string,
  string,
];
const BORN = ["kinderen geboren in het jaar", "children born in the year"] as [string, string];

/** Bijlage 1 items that had no indicator in the catalogue before. */
export const BIJLAGE1_NEW: readonly Indicator[] = [
  {
    id: "mean-electricity-use",
    label: { nl: "Gemiddeld stroomverbruik van woningen", en: "Mean electricity use of dwellings" },
    unit: "kWh",
    better: "lower",
    goals: ["goal01"],
    aggregation: "none",
    theme: T2,
    source: {
      provider: "CBS",
      table: "Kerncijfers wijken en buurten (84286NED … 85618NED)",
      measure: "GemiddeldElektriciteitsverbruikTotaal",
    },
    bijlage1: 7,
    key: true,
    breakdowns: ["dwelling-type"],
  },
  {
    id: "mean-gas-use",
    label: { nl: "Gemiddeld gasverbruik van woningen", en: "Mean gas use of dwellings" },
    unit: "m3",
    better: "lower",
    goals: ["goal01"],
    aggregation: "none",
    theme: T2,
    source: {
      provider: "CBS",
      table: "Kerncijfers wijken en buurten (84286NED … 85618NED)",
      measure: "GemiddeldAardgasverbruikTotaal",
    },
    bijlage1: 7,
    key: true,
    breakdowns: ["dwelling-type"],
  },
  {
    id: "housing-cost-ratio",
    label: {
      nl: "Woonquote (totale woonlasten als percentage van het besteedbaar inkomen)",
      en: "Housing cost ratio (total housing costs as a percentage of disposable income)",
    },
    unit: "%",
    numerator: { nl: "totale woonlasten", en: "total housing costs" },
    denominator: { nl: "besteedbaar inkomen", en: "disposable income" },
    better: "lower",
    goals: ["goal01"],
    aggregation: "ratio",
    theme: T2,
    source: src("CBS", "WoON / maatwerk", "a ratio of sums (costs over income), not a mean of household ratios"),
    bijlage1: 10,
    key: true,
    breakdowns: ["owner-type", "household-type"],
  },
  {
    id: "formal-childcare-children",
    label: { nl: "Formele kinderopvang: aantal kinderen", en: "Formal childcare: number of children" },
    unit: "count",
    better: "higher",
    goals: ["goal11", "goal06"],
    aggregation: "sum",
    theme: T1,
    source: src("CBS", "kinderopvangtoeslag naar wijk"),
    bijlage1: 13,
    key: true,
    breakdowns: ["age", "childcare-type"],
    sets: KVS,
  },
  {
    id: "formal-childcare-hours",
    label: { nl: "Formele kinderopvang: aantal uren", en: "Formal childcare: hours" },
    unit: "hours",
    better: "higher",
    goals: ["goal11", "goal06"],
    aggregation: "sum",
    theme: T1,
    source: src("CBS", "kinderopvangtoeslag naar wijk"),
    bijlage1: 13,
    key: true,
    breakdowns: ["age", "childcare-type"],
    sets: KVS,
  },
  share(
    "adults-problematic-debt-19-45",
    14,
    ["Personen (19–45 jaar) met problematische schulden", "Persons (19–45) with problematic debt"],
    ["personen 19–45 met problematische schulden", "persons aged 19–45 with problematic debt"],
    W19,
    ["goal11", "goal10"],
    T1,
    CBS_KS(),
    { sets: KVS },
  ),
  share(
    "adults-psychological-problems-19-45",
    15,
    ["Personen (19–45 jaar) met psychische problemen", "Persons (19–45) with psychological problems"],
    ["personen 19–45 met psychische problemen", "persons aged 19–45 with psychological problems"],
    W19,
    ["goal11", "goal10"],
    T1,
    CBS_KS(),
    { sets: KVS },
  ),
  share(
    "women-smoking-19-45",
    16,
    ["Vrouwen (19–45 jaar) die roken", "Women (19–45) who smoke"],
    ["vrouwen 19–45 die roken", "women aged 19–45 who smoke"],
    ["vrouwen 19–45 jaar", "women aged 19–45"],
    ["goal11"],
    T1,
    GGD(),
    { sets: KVS },
  ),
  share(
    "adults-severe-stress-19-45",
    17,
    ["Personen (19–45 jaar) met (heel) veel stress", "Persons (19–45) with (very) much stress"],
    ["personen 19–45 met (heel) veel stress", "persons aged 19–45 with (very) much stress"],
    W19,
    ["goal11", "goal10"],
    T1,
    GGD(),
    { sets: KVS },
  ),
  share(
    "pregnant-psychological-problems",
    18,
    [
      "Zwangere vrouwen met psychische of psychiatrische problemen",
      "Pregnant women with psychological or psychiatric problems",
    ],
    [
      "zwangere vrouwen met psychische of psychiatrische problemen",
      "pregnant women with psychological or psychiatric problems",
    ],
    PREG,
    ["goal11"],
    T1,
    CBS_KS(),
    { sets: KVS },
  ),
  share(
    "pregnant-problematic-debt",
    19,
    [
      "Zwangere vrouwen met problematische schulden in jaar van bevalling",
      "Pregnant women with problematic debt in the year of giving birth",
    ],
    ["zwangere vrouwen met problematische schulden", "pregnant women with problematic debt"],
    PREG,
    ["goal11"],
    T1,
    CBS_KS(),
    { sets: KVS },
  ),
  share(
    "pregnant-very-vulnerable",
    20,
    ["Zwangere vrouwen in een zeer kwetsbare situatie", "Pregnant women in a very vulnerable situation"],
    ["zwangere vrouwen in een zeer kwetsbare situatie", "pregnant women in a very vulnerable situation"],
    PREG,
    ["goal11"],
    T1,
    CBS_KS(),
    { sets: KVS },
  ),
  share(
    "late-antenatal-care",
    21,
    [
      "Zwangere vrouwen waarbij zwangerschapsbegeleiding na 10e week is gestart",
      "Pregnant women whose antenatal care started after week 10",
    ],
    ["zwangerschappen met start begeleiding na week 10", "pregnancies with care starting after week 10"],
    ["zwangerschappen", "pregnancies"],
    ["goal11"],
    T1,
    PERINED(),
    { sets: KVS },
  ),
  share(
    "smoking-during-pregnancy",
    22,
    [
      "Zwangere vrouwen die op enig moment in de zwangerschap roken",
      "Pregnant women who smoke at some point in pregnancy",
    ],
    ["zwangere vrouwen die roken", "pregnant women who smoke"],
    ["zwangere vrouwen", "pregnant women"],
    ["goal11"],
    T1,
    PERINED(),
    { sets: KVS },
  ),
  share(
    "no-maternity-care",
    25,
    ["Geen kraamzorg", "No maternity care"],
    ["bevallingen zonder kraamzorg", "births without maternity care"],
    ["bevallingen", "births"],
    ["goal11"],
    T1,
    CBS_KS(),
    { sets: KVS },
  ),
  share(
    "placement-before-age-2",
    26,
    [
      "Uithuisplaatsing van het kind voor het tweede levensjaar",
      "Out-of-home placement of the child before its second year",
    ],
    ["kinderen uit huis geplaatst vóór 2 jaar", "children placed out of home before age 2"],
    BORN,
    ["goal11", "goal10"],
    T1,
    CBS_KS(),
    { sets: KVS },
  ),
  share(
    "born-into-problematic-debt",
    27,
    ["Kinderen geboren in een gezin met problematische schulden", "Children born into a family with problematic debt"],
    ["kinderen geboren in gezin met problematische schulden", "children born into a family with problematic debt"],
    BORN,
    ["goal11", "goal10"],
    T1,
    CBS_KS(),
    { sets: KVS },
  ),
  share(
    "parents-psychological-problems",
    28,
    [
      "Ouders die te maken hebben met psychische of psychiatrische problemen",
      "Parents facing psychological or psychiatric problems",
    ],
    ["ouders met psychische of psychiatrische problemen", "parents with psychological or psychiatric problems"],
    ["ouders van jonge kinderen", "parents of young children"],
    ["goal11", "goal10"],
    T1,
    CBS_KS(),
    { sets: KVS },
  ),
  share(
    "born-into-very-vulnerable-family",
    29,
    [
      "Kinderen geboren in een gezin in een zeer kwetsbare situatie",
      "Children born into a family in a very vulnerable situation",
    ],
    [
      "kinderen geboren in gezin in zeer kwetsbare situatie",
      "children born into a family in a very vulnerable situation",
    ],
    BORN,
    ["goal11"],
    T1,
    CBS_KS(),
    { sets: KVS },
  ),
  {
    id: "young-risk-profiles",
    label: { nl: "Jonge aanwas risicoprofielen", en: "Young people entering risk profiles" },
    unit: "count",
    better: "lower",
    goals: ["goal08"],
    aggregation: "sum",
    theme: T4,
    source: src(
      "Zorg- en Veiligheidshuis Parkstad",
      undefined,
      "registration of the Integrale Jeugd Aanpak Parkstad (IJAP) from 2024",
    ),
    bijlage1: 35,
    key: true,
    breakdowns: ["age"],
  },
  {
    id: "undermining-picture",
    label: { nl: "Zicht op ondermijning (indicatoren)", en: "Insight into subversive crime (indicators)" },
    unit: "score",
    better: "lower",
    goals: ["goal08"],
    aggregation: "none",
    theme: T4,
    source: src(
      "Zicht op Ondermijning (Rijksoverheid/CBS)",
      undefined,
      "a set of context indicators of subversive crime per gemeente/wijk",
    ),
    bijlage1: 35,
    key: true,
  },
  {
    id: "educational-disadvantage",
    label: {
      nl: "Leerlingen met verwachte onderwijsachterstand",
      en: "Pupils with an expected educational disadvantage",
    },
    unit: "%",
    numerator: {
      nl: "leerlingen met achterstandsscore boven de drempel",
      en: "pupils with a disadvantage score above the threshold",
    },
    denominator: { nl: "leerlingen basisonderwijs", en: "primary school pupils" },
    better: "lower",
    goals: ["goal06", "goal07"],
    aggregation: "ratio",
    theme: T1,
    source: {
      provider: "CBS",
      table: "onderwijsachterstandenindicator",
      dashboard: "dashboard-onderwijsachterstanden",
    },
    key: true,
  },
  {
    id: "residential-moves",
    label: { nl: "Verhuizingen (vestigers en vertrekkers)", en: "Residential moves (arrivals and departures)" },
    unit: "count",
    better: "higher",
    goals: [],
    aggregation: "sum",
    theme: CTX,
    source: {
      provider: "gemeente Heerlen",
      dashboard: "verhuizingendashboard",
      note: "context: who moves in and out of Heerlen-Noord",
    },
    key: true,
    breakdowns: ["age", "household-type", "origin"],
  },
];
