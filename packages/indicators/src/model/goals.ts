import type { Goal, Label, Theme } from "../lib/schemas.js";

/**
 * The programme's mission and 12 goals, word for word from the NPHLN "Monitorings- en
 * verantwoordingsrapportage medio 2023" (Programmabureau Nationaal Programma Heerlen Noord), section
 * "1 missie, 12 doelen", and its four themes with their lettered goals (sections "Thema 1" … "Thema 4").
 * The English texts are the toolkit's translations; the Dutch text is the programme's.
 *
 * The report is OCR text. Only OCR artefacts were fixed (see {@link GOAL_TEXT_FIXES}); nothing was
 * reworded. Where the theme sections word a goal differently from the numbered list (goal 6 adds
 * "en passend", goal 8 "en ondermijnende", goal 11 "(-9 mnd tot 2 jaar)", goal 12 "in Heerlen-Noord"),
 * both wordings are shipped: the numbered one as the goal's `text`, the theme's as the lettered goal's.
 */

/** Every change made to the report's OCR text of the goals, themes and mission (nothing else was changed). */
export const GOAL_TEXT_FIXES: readonly { where: string; ocr: string; fixed: string; why: string }[] = [
  { where: "goal 4", ocr: "4,", fixed: "4.", why: "OCR read the number's full stop as a comma" },
  {
    where: "goals 1, 2, 3, 4, 5, 9, 10, 12 and themes 1E, 2A, 4A",
    ocr: "line breaks (and a blank line in goal 12, theme 1E) inside the sentence",
    fixed: "one space",
    why: "layout of the PDF, not part of the text",
  },
  { where: "theme 1 A", ocr: "leder kind", fixed: "Ieder kind", why: "OCR read the capital I as l" },
  {
    where: "mission",
    ocr: "De volgende generatie jeugd groeit op, heeft betere\nheeft meer en een fijnere",
    fixed: "De volgende generatie jeugd groeit op, heeft betere … heeft meer en een fijnere …",
    why: "words of the mission are lost in the OCR (they sit in a graphic); the gaps are marked with … and not filled in",
  },
];

/**
 * The mission as far as the report's text holds it. The report's OCR lost words of the mission (it is
 * set in a graphic); the gaps are shown as `…` and are not guessed. `complete: false` says so.
 */
export const MISSION: Readonly<{ text: Label; complete: boolean; note: string }> = Object.freeze({
  text: {
    nl: "De volgende generatie jeugd groeit op, heeft betere … heeft meer en een fijnere …",
    en: "The next generation of young people grows up, has better … has more and a nicer …",
  },
  complete: false,
  note: "Words of the mission are missing from the report's text (OCR of a graphic); replace this text through a user catalogue (`mission:`) once the full sentence is at hand.",
});

const GOAL_DATA: ReadonlyArray<[number, string, string, string, string, string, string]> = [
  // [number, theme id, letter, short title nl, short title en, full wording (nl, verbatim), English translation]
  [
    1,
    "wonen-en-leefomgeving",
    "A",
    "Passend, duurzaam en betaalbaar wonen",
    "Suitable, sustainable, affordable housing",
    "Het aandeel bewoners woonachtig in een passende, duurzame en betaalbare woning groeit naar het landelijk gemiddelde.",
    "The share of residents living in a suitable, sustainable and affordable home grows towards the national average.",
  ],
  [
    2,
    "wonen-en-leefomgeving",
    "B",
    "Gezonde leefomgeving",
    "Healthy living environment",
    "De fysieke inrichting van Heerlen-Noord draagt bij aan een gezonde leefomgeving.",
    "The physical layout of Heerlen-Noord contributes to a healthy living environment.",
  ],
  [
    3,
    "wonen-en-leefomgeving",
    "C",
    "Trots op de buurt, leefbaarheid",
    "Pride in the neighbourhood, liveability",
    "De bewoners zijn trots op hun buurt, de leefbaarheid stijgt naar het landelijk gemiddelde.",
    "Residents are proud of their neighbourhood; liveability rises to the national average.",
  ],
  [
    4,
    "werk-en-bestaanszekerheid",
    "A",
    "Minder mensen in de bijstand",
    "Fewer people on social assistance",
    "Het aandeel mensen in de bijstand in Heerlen-Noord daalt naar het landelijk gemiddelde.",
    "The share of people on social assistance (bijstand) in Heerlen-Noord falls to the national average.",
  ],
  [
    5,
    "werk-en-bestaanszekerheid",
    "B",
    "Minder werkende armen",
    "Fewer working poor",
    "Het aandeel werkende armen in Heerlen-Noord daalt naar het landelijk gemiddelde.",
    "The share of working poor in Heerlen-Noord falls to the national average.",
  ],
  [
    6,
    "talentontwikkeling-en-gezondheid",
    "B",
    "Taal- en ontwikkelaanbod",
    "Language and development programme",
    "Ieder kind kan gebruik maken van een intensief taal- en ontwikkelaanbod.",
    "Every child can make use of an intensive language and development programme.",
  ],
  [
    7,
    "talentontwikkeling-en-gezondheid",
    "C",
    "Talenten in verrijkt onderwijs",
    "Talents in enriched education",
    "Alle kinderen en jongeren kunnen hun talenten ontwikkelen in verrijkt onderwijs.",
    "All children and young people can develop their talents in enriched education.",
  ],
  [
    8,
    "leefbaarheid-en-veiligheid",
    "B",
    "Weerbaar tegen georganiseerde criminaliteit",
    "Resilient against organised crime",
    "Bewoners zijn weerbaar tegen georganiseerde criminaliteit.",
    "Residents are resilient against organised crime.",
  ],
  [
    9,
    "leefbaarheid-en-veiligheid",
    "A",
    "Sociaal veilige buurt",
    "Socially safe neighbourhood",
    "Het aandeel bewoners woonachtig in een sociaal veilige buurt stijgt naar het landelijk gemiddelde.",
    "The share of residents living in a socially safe neighbourhood rises to the national average.",
  ],
  [
    10,
    "talentontwikkeling-en-gezondheid",
    "D",
    "Veerkrachtige ouders",
    "Resilient parents",
    "Ouders/verzorgers zijn veerkrachtig in staat hun kinderen gezond te laten opgroeien.",
    "Parents/carers are resilient and able to let their children grow up healthy.",
  ],
  [
    11,
    "talentontwikkeling-en-gezondheid",
    "A",
    "Kansrijk van start",
    "A promising start",
    "Ieder kind in Heerlen-Noord gaat kansrijk van start.",
    "Every child in Heerlen-Noord gets off to a promising start.",
  ],
  [
    12,
    "talentontwikkeling-en-gezondheid",
    "E",
    "Mentaal en fysiek gezonde jeugd",
    "Mentally and physically healthy youth",
    "Het aandeel kinderen en jongeren dat zich mentaal en fysiek gezond voelt, groeit naar het landelijk gemiddelde.",
    "The share of children and young people who feel mentally and physically healthy grows towards the national average.",
  ],
];

/** The programme's 12 goals (`goal01` … `goal12`), numbered and worded as in "1 missie, 12 doelen". */
export const GOALS: readonly Goal[] = GOAL_DATA.map(([n, theme, letter, shortNl, shortEn, nl, en]) => ({
  id: goalId(n),
  number: n,
  text: { nl, en },
  title: { nl: shortNl, en: shortEn },
  theme,
  themeLetter: letter,
}));

/** The lettered goals as the theme sections word them (verbatim, OCR fixed), with their goal number. */
const THEME_DATA: ReadonlyArray<{
  id: string;
  number: number;
  nl: string;
  en: string;
  goals: ReadonlyArray<[string, number, string, string]>;
}> = [
  {
    id: "talentontwikkeling-en-gezondheid",
    number: 1,
    nl: "Talentontwikkeling en gezondheid",
    en: "Talent development and health",
    goals: [
      [
        "A",
        11,
        "Ieder kind in Heerlen-Noord (-9 mnd tot 2 jaar) gaat kansrijk van start;",
        "Every child in Heerlen-Noord (-9 months to 2 years) gets off to a promising start;",
      ],
      [
        "B",
        6,
        "Ieder kind kan gebruikmaken van een intensief en passend taal- en ontwikkelaanbod;",
        "Every child can make use of an intensive and suitable language and development programme;",
      ],
      [
        "C",
        7,
        "Alle kinderen en jongeren kunnen hun talenten ontwikkelen in verrijkt onderwijs;",
        "All children and young people can develop their talents in enriched education;",
      ],
      [
        "D",
        10,
        "Ouders/verzorgers zijn veerkrachtig in staat hun kinderen gezond te laten opgroeien;",
        "Parents/carers are resilient and able to let their children grow up healthy;",
      ],
      [
        "E",
        12,
        "Het aandeel kinderen en jongeren in Heerlen-Noord dat zich mentaal en fysiek gezond voelt, groeit naar het Nederlands gemiddelde.",
        "The share of children and young people in Heerlen-Noord who feel mentally and physically healthy grows towards the Dutch average.",
      ],
    ],
  },
  {
    id: "wonen-en-leefomgeving",
    number: 2,
    nl: "Wonen en leefomgeving",
    en: "Housing and living environment",
    goals: [
      [
        "A",
        1,
        "Het aandeel bewoners woonachtig in een passende, duurzame en betaalbare woning groeit naar het landelijk gemiddelde;",
        "The share of residents living in a suitable, sustainable and affordable home grows towards the national average;",
      ],
      [
        "B",
        2,
        "De fysieke inrichting van Heerlen-Noord draagt bij aan een gezonde leefomgeving;",
        "The physical layout of Heerlen-Noord contributes to a healthy living environment;",
      ],
      [
        "C",
        3,
        "Bewoners zijn trots op hun buurt, de leefbaarheid stijgt naar het landelijk gemiddelde.",
        "Residents are proud of their neighbourhood; liveability rises to the national average.",
      ],
    ],
  },
  {
    id: "werk-en-bestaanszekerheid",
    number: 3,
    nl: "Werk en bestaanszekerheid",
    en: "Work and livelihood security",
    goals: [
      [
        "A",
        4,
        "Het aandeel mensen in de bijstand in Heerlen-Noord daalt naar het landelijk gemiddelde;",
        "The share of people on social assistance in Heerlen-Noord falls to the national average;",
      ],
      [
        "B",
        5,
        "Het aandeel werkende armen in Heerlen-Noord daalt naar het landelijk gemiddelde.",
        "The share of working poor in Heerlen-Noord falls to the national average.",
      ],
    ],
  },
  {
    id: "leefbaarheid-en-veiligheid",
    number: 4,
    nl: "Leefbaarheid en veiligheid",
    en: "Liveability and safety",
    goals: [
      [
        "A",
        9,
        "Het aandeel bewoners woonachtig in een sociaal veilige buurt stijgt naar het landelijk gemiddelde;",
        "The share of residents living in a socially safe neighbourhood rises to the national average;",
      ],
      [
        "B",
        8,
        "Bewoners zijn weerbaar tegen georganiseerde en ondermijnende criminaliteit.",
        "Residents are resilient against organised and subversive crime.",
      ],
    ],
  },
];

/** The four themes with their lettered goals, each mapped to the numbered goal it is (Thema 3 A = goal 4). */
export const THEMES: readonly Theme[] = THEME_DATA.map((t) => ({
  id: t.id,
  number: t.number,
  name: { nl: t.nl, en: t.en },
  goals: t.goals.map(([letter, n, nl, en]) => ({ letter, goalId: goalId(n), text: { nl, en } })),
}));

function goalId(n: number): string {
  return `goal${String(n).padStart(2, "0")}`;
}
