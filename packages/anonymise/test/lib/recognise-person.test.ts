// All names, numbers and places in these cases are fictional.
import { describe, expect, it } from "vitest";
import { createAnonymiser, DEFAULT_RECOGNISERS } from "../../src/index.js";

const anonymiser = createAnonymiser({ recognisers: DEFAULT_RECOGNISERS });
const persons = (text: string, keep: string[] = []) =>
  anonymiser
    .detect(text, { keep })
    .spans.filter((s) => s.category === "PERSON")
    .map((s) => s.text);

describe("person recogniser", () => {
  it.each([
    ["full name with diacritics", "Ik sprak gisteren met Zoë Çelik over de buurt.", ["Zoë Çelik"]],
    ["Polish letters", "De uitvoerder, Wojciech Wiśniewski, belde terug.", ["Wojciech Wiśniewski"]],
    ["tussenvoegsel inside the span", "Toen kwam Stijn van der Linden binnen.", ["Stijn van der Linden"]],
    ["title outside, tussenvoegsel inside", "Ik belde meneer van den Broek op.", ["van den Broek"]],
    ["capitalised tussenvoegsel", "Daar woonde meneer De Graaf al jaren.", ["De Graaf"]],
    ["initial and surname", "De brief was getekend door J. Hermans, secretaris.", ["J. Hermans"]],
    [
      "reversed name with initial and particle",
      "In het systeem staat hij als Vries, B. de, dat klopt.",
      ["Vries, B. de"],
    ],
    ["apostrophe possessive", "Dat is Yara's fiets, die staat altijd daar.", ["Yara's"]],
    ["kinship word before a name", "Mijn zus Noor heeft dat geregeld.", ["Noor"]],
    ["title before a name that is a word", "We hadden toen juf Roos, die was streng.", ["Roos"]],
    ["names that are also words, in a full name", "Dat zei Kees Bakker tegen mij.", ["Kees Bakker"]],
    [
      "surname that is also a town, after a first name and particle",
      "Gisteren belde Stijn de Vries nog.",
      ["Stijn de Vries"],
    ],
    ["a name in capitals", "ANNE DE GROOT heeft het formulier ondertekend.", ["ANNE DE GROOT"]],
    ["a lowercase name after a title", "Gisteren kwam tante truus op visite.", ["truus"]],
    ["a name followed by a street", "Daarna naar mevrouw van der Horst in de Populierenstraat.", ["van der Horst"]],
    ["Arabic particle", "We spraken mevrouw El Amrani in de tuin.", ["El Amrani"]],
    ["a first name that is a word, as the subject at the start", "Mark zei dat het goed ging.", ["Mark"]],
  ])("should find a person: %s", (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ["a baker as a job", "Ik ga nooit naar de bakker, ik bak zelf."],
    ["a rose as a flower", "Hij gaf haar een roos en een kaart."],
    ["spring as a season", "In de lente komen de mensen weer buiten."],
    ["a sly fox", "Sluw als een vos, die man."],
    ["a function word at the start of a sentence", "Door de regen bleef iedereen binnen."],
    ["a nationality", "Veel Poolse en Syrische gezinnen wonen hier."],
    ["an organisation", "We werken samen met Stichting Menswaardig en Huisartsenpraktijk Oost."],
    ["a determiner at the start of a sentence", "Elke Vrijdag halen we pakketten."],
    ["a verb-first question", "Interviewer: Fijn dat u er bent. Wilt u iets over uzelf vertellen?"],
    ["a verb-first request with je", "Kun je dat nog eens uitleggen?"],
  ])("should leave ordinary words alone: %s", (_label, text) => {
    expect(persons(text)).toEqual([]);
  });

  it("should leave towns alone without a keep list (dictionary place flags, place prepositions)", () => {
    expect(persons("Ik woon in Maastricht, mijn zus Iris woont in Kerkrade en werkt in Sittard.")).toEqual(["Iris"]);
  });

  it("should treat a speaker label as a name but not an interviewer label", () => {
    const text = "Interviewer: Wie ben je?\nSanne: Ik woon hier al lang.\nI: Dank je.";
    expect(persons(text)).toEqual(["Sanne"]);
  });

  it("should carry a name found once to its other mentions, also in lowercase", () => {
    const text = "Ik sprak mevrouw Vleugels. Later belde ik vleugels nog een keer.";
    expect(persons(text)).toEqual(["Vleugels", "vleugels"]);
  });

  it("should find coordinated names at the start of a sentence and a lowercase repeat", () => {
    expect(persons("Eddy en Gaby kwamen ook. Ik zei tegen gaby dat het goed was.")).toEqual(["Eddy", "Gaby", "gaby"]);
  });

  it("should find a possessive without an apostrophe of a known name", () => {
    expect(persons("Toen kwam Daan binnen. Daans moeder wachtte buiten.")).toEqual(["Daan", "Daans"]);
  });

  it("should keep keep-list terms even when they look like names", () => {
    expect(
      persons("Ik werk bij Woonzorg Ravenhorst en ken Ravenhorst goed.", ["Woonzorg Ravenhorst", "Ravenhorst"]),
    ).toEqual([]);
  });

  it("should give offsets that point at the name in the input", () => {
    const text = "Hallo, ik ben Inge Dassen.";
    const span = anonymiser.detect(text).spans[0]!;
    expect(text.slice(span.start, span.end)).toBe("Inge Dassen");
    expect(span.recogniser).toBe("person");
  });
});
