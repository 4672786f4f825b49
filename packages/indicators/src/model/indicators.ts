import type { Indicator, IndicatorSource } from "../lib/schemas.js";
import { ANNOTATIONS, BIJLAGE1_NEW } from "./bijlage1.js";

/**
 * The core indicators before the Bijlage 1 annotations: the context figures (population, households,
 * dwellings, pupils) and the indicators per goal. Ids are stable kebab-case English words. Shares carry
 * their numerator and denominator so that areas can be aggregated by summing counts. Table ids of the
 * CBS Kerncijfers wijken en buurten are per year (2018 84286NED … 2023 85618NED); other sources are
 * named by provider, their table ids unverified. Goals and themes are set by `ANNOTATIONS` (bijlage1.ts).
 */
const CORE: readonly Indicator[] = [
  // Context (no goal)
  count("population", "Inwoners", "Inhabitants", "higher", "demografie", kwb("AantalInwoners")),
  count("households", "Huishoudens", "Households", "higher", "demografie", kwb("HuishoudensTotaal")),
  count("dwellings", "Woningvoorraad", "Dwellings", "higher", "wonen", kwb("Woningvoorraad")),
  count(
    "pupils",
    "Leerlingen basisonderwijs",
    "Primary school pupils",
    "higher",
    "leren",
    src("DUO", "leerlingen po naar woonwijk"),
  ),
  share(
    "single-parent-households",
    "Eenoudergezinnen",
    "Single-parent households",
    ["eenoudergezinnen", "single-parent households"],
    ["huishoudens met kinderen", "households with children"],
    "lower",
    [],
    "demografie",
    kwb("Eenouderhuishoudens"),
  ),
  // Leren
  share(
    "preschool-attendance",
    "Peuters naar voorschoolse educatie (peuteropvang)",
    "Toddlers attending pre-school (peuteropvang)",
    ["peuters 2–4 jaar op peuteropvang/VVE", "toddlers aged 2–4 attending pre-school"],
    ["peuters 2–4 jaar", "toddlers aged 2–4"],
    "higher",
    ["goal01"],
    "leren",
    src("GGD/gemeente", "monitor VVE"),
  ),
  share(
    "language-delay",
    "Kinderen met taalachterstand bij start groep 3",
    "Children with a language delay entering grade 3",
    ["kinderen met taalachterstand", "children with language delay"],
    ["kinderen in groep 3", "children in grade 3"],
    "lower",
    ["goal01"],
    "leren",
    src("GGD Zuid Limburg", "JGZ-registratie"),
  ),
  count(
    "plus-worker-hours",
    "Ingezette uren pluswerkers",
    "Hours worked by plus-workers",
    "higher",
    "leren",
    src("programme", "urenregistratie pluswerkers"),
  ),
  count(
    "doorbell-conversations",
    "Huisbezoeken bij jonge ouders (aanbelgesprekken)",
    "Doorbell conversations with young parents",
    "higher",
    "leren",
    src("programme", "registratie huisbezoeken"),
  ),
  share(
    "childcare-use",
    "Kinderen in kinderopvang",
    "Children in childcare",
    ["kinderen 0–12 met kinderopvangtoeslag", "children 0–12 in subsidised childcare"],
    ["kinderen 0–12", "children 0–12"],
    "higher",
    ["goal01"],
    "leren",
    src("CBS", "kinderopvangtoeslag"),
  ),
  share(
    "school-advice-havo-vwo",
    "Schooladvies havo/vwo",
    "School advice havo/vwo",
    ["leerlingen groep 8 met advies havo of hoger", "grade-8 pupils advised havo or higher"],
    ["leerlingen groep 8", "grade-8 pupils"],
    "higher",
    ["goal02"],
    "leren",
    src("DUO", "schooladviezen"),
  ),
  share(
    "starting-qualification",
    "Jongeren met startkwalificatie",
    "Young people with a starting qualification",
    ["jongeren 18–22 met startkwalificatie", "people aged 18–22 with a starting qualification"],
    ["jongeren 18–22 niet op school", "people aged 18–22 not in education"],
    "higher",
    ["goal03"],
    "leren",
    src("CBS", "startkwalificatie jongeren"),
  ),
  share(
    "early-school-leavers",
    "Voortijdig schoolverlaters",
    "Early school leavers",
    ["nieuwe voortijdig schoolverlaters", "new early school leavers"],
    ["leerlingen 12–23", "pupils aged 12–23"],
    "lower",
    ["goal03"],
    "leren",
    src("DUO", "VSV-cijfers"),
  ),
  // Werken
  share(
    "net-labour-participation",
    "Netto arbeidsparticipatie",
    "Net labour participation",
    ["werkzame beroepsbevolking 15–75", "employed people aged 15–75"],
    ["bevolking 15–75", "population aged 15–75"],
    "higher",
    ["goal04"],
    "werken",
    src("CBS", "arbeidsdeelname regionaal"),
  ),
  share(
    "social-assistance",
    "Personen met bijstand",
    "People on social assistance (bijstand)",
    ["personen met bijstandsuitkering", "people on social assistance"],
    ["inwoners 15 jaar tot AOW-leeftijd", "inhabitants aged 15 to pension age"],
    "lower",
    ["goal04"],
    "werken",
    kwb("PersonenPerSoortUitkeringBijstand"),
  ),
  share(
    "youth-unemployment",
    "Jongeren zonder werk en opleiding",
    "Young people not in employment or education",
    ["jongeren 15–27 zonder werk of opleiding", "people aged 15–27 neither working nor in education"],
    ["jongeren 15–27", "people aged 15–27"],
    "lower",
    ["goal04"],
    "werken",
    src("CBS", "NEET regionaal"),
  ),
  share(
    "low-income-households",
    "Huishoudens met laag inkomen",
    "Households with a low income",
    ["huishoudens onder de lage-inkomensgrens", "households below the low-income threshold"],
    ["particuliere huishoudens", "private households"],
    "lower",
    ["goal05"],
    "werken",
    kwb("HuishoudensMetEenLaagInkomen"),
  ),
  share(
    "long-term-poverty",
    "Huishoudens langdurig in armoede",
    "Households in long-term poverty",
    ["huishoudens 4 jaar of langer onder de lage-inkomensgrens", "households below the threshold for 4+ years"],
    ["particuliere huishoudens", "private households"],
    "lower",
    ["goal05"],
    "werken",
    src("CBS", "armoede en sociale uitsluiting"),
  ),
  share(
    "child-poverty",
    "Kinderen in armoede",
    "Children in poverty",
    ["minderjarigen in huishoudens met laag inkomen", "minors in low-income households"],
    ["minderjarigen in particuliere huishoudens", "minors in private households"],
    "lower",
    ["goal05"],
    "werken",
    src("CBS", "Armoedescan"),
  ),
  share(
    "working-poor",
    "Werkende armen",
    "Working poor",
    ["werkenden in huishoudens met laag inkomen", "employed people in low-income households"],
    ["werkenden", "employed people"],
    "lower",
    ["goal05"],
    "werken",
    src("CBS", "armoede en sociale uitsluiting"),
  ),
  share(
    "problematic-debt",
    "Huishoudens met problematische schulden",
    "Households with problematic debt",
    ["huishoudens met geregistreerde problematische schulden", "households with registered problematic debt"],
    ["particuliere huishoudens", "private households"],
    "lower",
    ["goal05"],
    "werken",
    src("CBS", "problematische schulden"),
  ),
  // Wonen
  share(
    "energy-poverty",
    "Huishoudens in energiearmoede",
    "Households in energy poverty",
    ["huishoudens met hoge energiequote en laag inkomen", "households with a high energy cost ratio and low income"],
    ["particuliere huishoudens", "private households"],
    "lower",
    ["goal06"],
    "wonen",
    src("CBS/TNO", "energiearmoede"),
  ),
  share(
    "high-housing-cost-ratio",
    "Huishoudens met hoge woonquote",
    "Households with a high housing cost ratio",
    ["huurders met woonquote boven de norm", "tenants with a housing cost ratio above the norm"],
    ["huurhuishoudens", "renting households"],
    "lower",
    ["goal06"],
    "wonen",
    src("CBS", "WoON / woonlasten"),
  ),
  share(
    "poor-energy-label",
    "Woningen met energielabel E, F of G",
    "Dwellings with energy label E, F or G",
    ["woningen met label E–G", "dwellings with label E–G"],
    ["woningen met label", "dwellings with a label"],
    "lower",
    ["goal06", "goal07"],
    "wonen",
    src("RVO/CBS", "energielabels"),
  ),
  mean(
    "mean-woz-value",
    "Gemiddelde WOZ-waarde van woningen",
    "Mean WOZ value of dwellings",
    "x 1000 euro",
    "higher",
    ["goal07"],
    "wonen",
    kwb("GemiddeldeWOZWaardeVanWoningen"),
  ),
  share(
    "social-rent-share",
    "Corporatiewoningen",
    "Social rented dwellings",
    ["woningen in bezit van woningcorporatie", "dwellings owned by housing associations"],
    ["woningvoorraad", "dwelling stock"],
    "lower",
    ["goal07"],
    "wonen",
    kwb("InBezitWoningcorporatie"),
  ),
  mean(
    "social-cohesion-score",
    "Sociale samenhang (score)",
    "Social cohesion (score)",
    "score 0–10",
    "higher",
    ["goal07", "goal08"],
    "wonen",
    src("Veiligheidsmonitor", "schaalscore sociale samenhang"),
  ),
  // Veiligheid
  rate(
    "registered-crimes",
    "Geregistreerde misdrijven",
    "Registered crimes",
    ["geregistreerde misdrijven", "registered crimes"],
    "lower",
    ["goal08"],
    "veiligheid",
    src("Politie", "47022NED (dataderden)"),
  ),
  share(
    "feeling-unsafe",
    "Voelt zich weleens onveilig in de buurt",
    "Sometimes feels unsafe in the neighbourhood",
    ["respondenten die zich weleens onveilig voelen", "respondents who sometimes feel unsafe"],
    ["respondenten", "respondents"],
    "lower",
    ["goal08"],
    "veiligheid",
    src("Veiligheidsmonitor", "onveiligheidsgevoelens"),
  ),
  share(
    "youth-suspects",
    "Jeugdige verdachten (12–24 jaar)",
    "Young suspects (aged 12–24)",
    ["verdachten 12–24 jaar", "suspects aged 12–24"],
    ["inwoners 12–24 jaar", "inhabitants aged 12–24"],
    "lower",
    ["goal09"],
    "veiligheid",
    src("CBS", "verdachten naar woonwijk"),
  ),
  rate(
    "halt-referrals",
    "HALT-verwijzingen",
    "HALT referrals",
    ["HALT-verwijzingen", "HALT referrals"],
    "lower",
    ["goal09"],
    "veiligheid",
    src("Halt", "verwijzingen"),
    ["jongeren 12–17", "people aged 12–17"],
  ),
  share(
    "suspects",
    "Verdachten",
    "Suspects",
    ["geregistreerde verdachten", "registered suspects"],
    ["inwoners 12 jaar en ouder", "inhabitants aged 12 and over"],
    "lower",
    ["goal09"],
    "veiligheid",
    src("CBS", "verdachten naar woonwijk"),
  ),
  // Gezondheid
  share(
    "psychological-problems",
    "Psychische problemen (hoog risico angst/depressie)",
    "Psychological problems (high risk of anxiety/depression)",
    ["volwassenen met hoog risico", "adults at high risk"],
    ["volwassenen 18+", "adults 18+"],
    "lower",
    ["goal10"],
    "gezondheid",
    src("GGD/RIVM", "Gezondheidsmonitor volwassenen"),
  ),
  share(
    "severe-stress",
    "Ernstige stress",
    "Severe stress",
    ["volwassenen met (heel) veel stress", "adults with (very) much stress"],
    ["volwassenen 18+", "adults 18+"],
    "lower",
    ["goal10"],
    "gezondheid",
    src("GGD/RIVM", "Gezondheidsmonitor volwassenen"),
  ),
  share(
    "loneliness",
    "Ernstige eenzaamheid",
    "Severe loneliness",
    ["volwassenen ernstig eenzaam", "adults severely lonely"],
    ["volwassenen 18+", "adults 18+"],
    "lower",
    ["goal10"],
    "gezondheid",
    src("GGD/RIVM", "Gezondheidsmonitor volwassenen"),
  ),
  share(
    "good-self-rated-health",
    "Ervaren gezondheid goed of zeer goed",
    "Good or very good self-rated health",
    ["volwassenen met (zeer) goede ervaren gezondheid", "adults rating health (very) good"],
    ["volwassenen 18+", "adults 18+"],
    "higher",
    ["goal11"],
    "gezondheid",
    src("GGD/RIVM", "Gezondheidsmonitor volwassenen"),
  ),
  share(
    "smoking",
    "Rokers",
    "Smokers",
    ["volwassenen die roken", "adults who smoke"],
    ["volwassenen 18+", "adults 18+"],
    "lower",
    ["goal11"],
    "gezondheid",
    src("GGD/RIVM", "Gezondheidsmonitor volwassenen"),
  ),
  share(
    "overweight",
    "Overgewicht",
    "Overweight",
    ["volwassenen met overgewicht", "adults with overweight"],
    ["volwassenen 18+", "adults 18+"],
    "lower",
    ["goal11"],
    "gezondheid",
    src("GGD/RIVM", "Gezondheidsmonitor volwassenen"),
  ),
  // Opgroeien
  share(
    "pregnancy-risks",
    "Zwangerschappen met verhoogd risico",
    "Pregnancies with increased risk",
    ["zwangerschappen met medische of sociale risico's", "pregnancies with medical or social risks"],
    ["zwangerschappen", "pregnancies"],
    "lower",
    ["goal12"],
    "opgroeien",
    src("Perined", "zwangerschappen naar wijk"),
  ),
  share(
    "low-birth-weight",
    "Laag geboortegewicht",
    "Low birth weight",
    ["levendgeborenen < 2500 g", "live births < 2500 g"],
    ["levendgeborenen", "live births"],
    "lower",
    ["goal12"],
    "opgroeien",
    src("Perined/CBS", "geboortegewicht"),
  ),
  share(
    "premature-births",
    "Vroeggeboorte",
    "Premature births",
    ["geboren vóór 37 weken", "born before 37 weeks"],
    ["levendgeborenen", "live births"],
    "lower",
    ["goal12"],
    "opgroeien",
    src("Perined/CBS", "zwangerschapsduur"),
  ),
  share(
    "youth-care",
    "Jongeren met jeugdzorg",
    "Young people in youth care",
    ["jongeren 0–18 met jeugdzorg", "people aged 0–18 in youth care"],
    ["jongeren 0–18", "people aged 0–18"],
    "lower",
    ["goal12"],
    "opgroeien",
    src("CBS", "jeugdzorg naar wijk"),
  ),
  rate(
    "child-placements",
    "Uithuisplaatsingen",
    "Out-of-home placements of children",
    ["kinderen uit huis geplaatst", "children placed out of home"],
    "lower",
    ["goal12"],
    "opgroeien",
    src("CBS", "jeugdbescherming"),
    ["jongeren 0–18", "people aged 0–18"],
  ),
];

function src(provider: string, table?: string, measure?: string): IndicatorSource {
  const s: IndicatorSource = { provider };
  if (table !== undefined) s.table = table;
  if (measure !== undefined) s.measure = measure;
  return s;
}

function kwb(measure: string): IndicatorSource {
  return {
    provider: "CBS",
    table: "Kerncijfers wijken en buurten (84286NED … 85618NED)",
    measure,
    note: "v3 column names carry a per-year suffix (e.g. AantalInwoners_5); map by the name without it",
  };
}

function count(
  id: string,
  nl: string,
  en: string,
  better: Indicator["better"],
  theme: string,
  source: IndicatorSource,
  goals: string[] = [],
): Indicator {
  return { id, label: { nl, en }, unit: "count", better, goals, aggregation: "sum", theme, source };
}

function mean(
  id: string,
  nl: string,
  en: string,
  unit: string,
  better: Indicator["better"],
  goals: string[],
  theme: string,
  source: IndicatorSource,
): Indicator {
  return { id, label: { nl, en }, unit, better, goals, aggregation: "none", theme, source };
}

function share(
  id: string,
  nl: string,
  en: string,
  num: [string, string],
  den: [string, string],
  better: Indicator["better"],
  goals: string[],
  theme: string,
  source: IndicatorSource,
): Indicator {
  return {
    id,
    label: { nl, en },
    unit: "%",
    numerator: { nl: num[0], en: num[1] },
    denominator: { nl: den[0], en: den[1] },
    better,
    goals,
    aggregation: "ratio",
    theme,
    source,
  };
}

function rate(
  id: string,
  nl: string,
  en: string,
  num: [string, string],
  better: Indicator["better"],
  goals: string[],
  theme: string,
  source: IndicatorSource,
  den: [string, string] = ["inwoners", "inhabitants"],
): Indicator {
  return { ...share(id, nl, en, num, den, better, goals, theme, source), unit: "per 1000" };
}

/** A core indicator with its goals (of the 12), theme and Bijlage 1 data. */
function annotate(indicator: Indicator): Indicator {
  const a = ANNOTATIONS[indicator.id];
  if (!a) return indicator;
  const out: Indicator = { ...indicator, goals: [...a.goals], theme: a.theme };
  if (a.label) out.label = a.label;
  if (a.numerator) out.numerator = a.numerator;
  if (a.denominator) out.denominator = a.denominator;
  if (a.bijlage1 !== undefined) out.bijlage1 = a.bijlage1;
  if (a.breakdowns) out.breakdowns = [...a.breakdowns];
  if (a.sets) out.sets = [...a.sets];
  if (a.dashboard || a.provider) {
    out.source = { ...indicator.source };
    if (a.dashboard) out.source.dashboard = a.dashboard;
    if (a.provider) out.source.provider = a.provider;
  }
  if (a.bijlage1 !== undefined || a.dashboard) out.key = true;
  return out;
}

/**
 * The catalogue's indicators: the core indicators (annotated with the goals they serve among the
 * programme's 12, their Bijlage 1 item, breakdowns and sets) and the Bijlage 1 items that had none.
 * `key: true` marks the report's key indicators (Bijlage 1, including the four dashboards' figures).
 */
export const INDICATORS: readonly Indicator[] = [...CORE.map(annotate), ...BIJLAGE1_NEW];
