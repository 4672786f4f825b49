import type { Goal } from "../lib/schemas.js";

/**
 * The programme's 12 goals, numbered as in the shipped catalogue (`goal01` … `goal12`).
 * Each reads "… beweegt naar het Nederlands gemiddelde" (moves towards the national average).
 * The wording is the toolkit's working paraphrase of the programme's goals per programme line;
 * replace it with the official text through a user catalogue file when needed.
 */
export const GOALS: readonly Goal[] = [
  goal(
    1,
    "leren",
    "Meer peuters nemen deel aan voorschoolse educatie en minder kinderen starten met een taalachterstand; het aandeel beweegt naar het Nederlands gemiddelde.",
    "More toddlers attend early education and fewer children start with a language delay; the share moves towards the national average.",
  ),
  goal(
    2,
    "leren",
    "Het aandeel leerlingen met een schooladvies havo/vwo beweegt naar het Nederlands gemiddelde.",
    "The share of pupils with a havo/vwo school advice moves towards the national average.",
  ),
  goal(
    3,
    "leren",
    "Het aandeel jongeren met een startkwalificatie beweegt naar het Nederlands gemiddelde; minder voortijdig schoolverlaters.",
    "The share of young people with a starting qualification moves towards the national average; fewer early school leavers.",
  ),
  goal(
    4,
    "werken",
    "De netto arbeidsparticipatie beweegt naar het Nederlands gemiddelde; minder inwoners zijn afhankelijk van een uitkering.",
    "Net labour participation moves towards the national average; fewer residents depend on benefits.",
  ),
  goal(
    5,
    "werken",
    "Het aandeel huishoudens in (langdurige) armoede, werkende armen en huishoudens met problematische schulden beweegt naar het Nederlands gemiddelde.",
    "The share of households in (long-term) poverty, working poor and households with problematic debt moves towards the national average.",
  ),
  goal(
    6,
    "wonen",
    "Het aandeel huishoudens in energiearmoede en met een hoge woonquote beweegt naar het Nederlands gemiddelde.",
    "The share of households in energy poverty and with a high housing cost ratio moves towards the national average.",
  ),
  goal(
    7,
    "wonen",
    "De kwaliteit van woningen en woonomgeving beweegt naar het Nederlands gemiddelde.",
    "The quality of dwellings and the living environment moves towards the national average.",
  ),
  goal(
    8,
    "veiligheid",
    "Het aantal misdrijven per 1.000 inwoners beweegt naar het Nederlands gemiddelde en inwoners voelen zich even veilig als gemiddeld in Nederland.",
    "Crimes per 1,000 inhabitants move towards the national average and residents feel as safe as the national average.",
  ),
  goal(
    9,
    "veiligheid",
    "Minder jongeren komen in aanraking met politie en justitie (verdachten, HALT); het aandeel beweegt naar het Nederlands gemiddelde.",
    "Fewer young people come into contact with police and justice (suspects, HALT); the share moves towards the national average.",
  ),
  goal(
    10,
    "gezondheid",
    "Het aandeel volwassenen met psychische problemen en ernstige stress beweegt naar het Nederlands gemiddelde.",
    "The share of adults with psychological problems and severe stress moves towards the national average.",
  ),
  goal(
    11,
    "gezondheid",
    "De ervaren gezondheid en leefstijl (roken, overgewicht) bewegen naar het Nederlands gemiddelde.",
    "Self-rated health and lifestyle (smoking, overweight) move towards the national average.",
  ),
  goal(
    12,
    "opgroeien",
    "Kinderen krijgen een gezonde en veilige start: minder risicozwangerschappen, laag geboortegewicht, vroeggeboorte, jeugdzorg en uithuisplaatsingen, naar het Nederlands gemiddelde.",
    "Children get a healthy and safe start: fewer risk pregnancies, low birth weight, premature births, youth care and child placements, towards the national average.",
  ),
];

function goal(n: number, theme: string, nl: string, en: string): Goal {
  return { id: `goal${String(n).padStart(2, "0")}`, number: n, theme, text: { nl, en } };
}
