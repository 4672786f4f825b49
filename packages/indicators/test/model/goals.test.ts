import { DEFAULT_CATALOGUE, GOAL_TEXT_FIXES, GOALS, MISSION, THEMES } from "@verlicht/indicators";
import { describe, expect, it } from "vitest";

// The 12 goals as the report "Monitorings- en verantwoordingsrapportage medio 2023" words them under
// "1 missie, 12 doelen", typed in from the report (OCR artefacts fixed: "4," → "4.", line breaks joined).
// Not generated from the catalogue: this is the copy the shipped texts are checked against.
const REPORT_GOALS: Record<number, string> = {
  1: "Het aandeel bewoners woonachtig in een passende, duurzame en betaalbare woning groeit naar het landelijk gemiddelde.",
  2: "De fysieke inrichting van Heerlen-Noord draagt bij aan een gezonde leefomgeving.",
  3: "De bewoners zijn trots op hun buurt, de leefbaarheid stijgt naar het landelijk gemiddelde.",
  4: "Het aandeel mensen in de bijstand in Heerlen-Noord daalt naar het landelijk gemiddelde.",
  5: "Het aandeel werkende armen in Heerlen-Noord daalt naar het landelijk gemiddelde.",
  6: "Ieder kind kan gebruik maken van een intensief taal- en ontwikkelaanbod.",
  7: "Alle kinderen en jongeren kunnen hun talenten ontwikkelen in verrijkt onderwijs.",
  8: "Bewoners zijn weerbaar tegen georganiseerde criminaliteit.",
  9: "Het aandeel bewoners woonachtig in een sociaal veilige buurt stijgt naar het landelijk gemiddelde.",
  10: "Ouders/verzorgers zijn veerkrachtig in staat hun kinderen gezond te laten opgroeien.",
  11: "Ieder kind in Heerlen-Noord gaat kansrijk van start.",
  12: "Het aandeel kinderen en jongeren dat zich mentaal en fysiek gezond voelt, groeit naar het landelijk gemiddelde.",
};

// The themes' lettered goals, as the report maps them (Thema 3 A is goal 4, …), typed in.
const REPORT_THEMES: Record<string, Record<string, number>> = {
  "Talentontwikkeling en gezondheid": { A: 11, B: 6, C: 7, D: 10, E: 12 },
  "Wonen en leefomgeving": { A: 1, B: 2, C: 3 },
  "Werk en bestaanszekerheid": { A: 4, B: 5 },
  "Leefbaarheid en veiligheid": { A: 9, B: 8 },
};

describe("the programme's goals", () => {
  it("should ship the 12 goals word for word as numbered in the report", () => {
    expect(GOALS).toHaveLength(12);
    for (const goal of DEFAULT_CATALOGUE.goals) expect(goal.text.nl).toBe(REPORT_GOALS[goal.number]);
    expect(DEFAULT_CATALOGUE.goals.map((g) => g.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `goal${String(i + 1).padStart(2, "0")}`),
    );
  });

  it("should give every goal an English translation and a short title", () => {
    for (const goal of GOALS) {
      expect(goal.text.en?.length).toBeGreaterThan(20);
      expect(goal.title?.nl.length).toBeGreaterThan(3);
      expect(goal.title?.en?.length).toBeGreaterThan(3);
    }
  });

  it("should map the four themes' lettered goals to the numbered goals as the report does", () => {
    expect(THEMES.map((t) => t.name.nl)).toEqual(Object.keys(REPORT_THEMES));
    for (const theme of THEMES) {
      const mapping = Object.fromEntries(theme.goals.map((g) => [g.letter, Number(g.goalId.slice(4))]));
      expect(mapping).toEqual(REPORT_THEMES[theme.name.nl]);
      for (const g of theme.goals) {
        const goal = GOALS.find((x) => x.id === g.goalId)!;
        expect(goal.theme).toBe(theme.id);
        expect(goal.themeLetter).toBe(g.letter);
      }
    }
    // Every goal is in exactly one theme.
    expect(THEMES.flatMap((t) => t.goals.map((g) => g.goalId)).sort()).toEqual(GOALS.map((g) => g.id));
  });

  it("should keep the theme sections' own wording, OCR fixed (leder → Ieder)", () => {
    const t1a = THEMES[0]!.goals[0]!;
    expect(t1a.text.nl).toBe("Ieder kind in Heerlen-Noord (-9 mnd tot 2 jaar) gaat kansrijk van start;");
    expect(THEMES[3]!.goals[1]!.text.nl).toBe(
      "Bewoners zijn weerbaar tegen georganiseerde en ondermijnende criminaliteit.",
    );
  });

  it("should ship the mission as far as the report's text holds it, marked incomplete", () => {
    expect(MISSION.text.nl.startsWith("De volgende generatie jeugd groeit op, heeft betere")).toBe(true);
    expect(MISSION.complete).toBe(false);
    expect(DEFAULT_CATALOGUE.mission?.nl).toBe(MISSION.text.nl);
  });

  it("should list every OCR fix it made", () => {
    expect(GOAL_TEXT_FIXES.map((f) => f.ocr)).toEqual(expect.arrayContaining(["4,", "leder kind"]));
  });
});
