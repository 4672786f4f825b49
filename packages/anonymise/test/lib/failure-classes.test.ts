// One test per failure class of issue 14, each with new invented names (fictional).
import { describe, expect, it } from "vitest";
import { anonymise, anonymiseCorpus } from "../../src/index.js";
import { getLexicon } from "../../src/lib/lexicon.js";

const covered = (text: string, needle: string, language: "nl" | "en" = "nl") => {
  const { spans } = anonymise(text, { language });
  const at = text.indexOf(needle);
  return spans.some((s) => s.start <= at && s.end >= at + needle.length);
};
const replacedText = (text: string, language: "nl" | "en" = "nl") => anonymise(text, { language }).text;

describe("failure classes (fictional names)", () => {
  it("should find lowercase names as spoken", () => {
    // a known first name in lowercase, with a lowercase surname after it
    const text = "R: Dat heb ik toen via maartje geregeld, maartje verbeek van de bibliotheek.";
    expect(covered(text, "maartje verbeek")).toBe(true);
    expect(replacedText(text)).not.toMatch(/maartje|verbeek/);
    // a rare name in lowercase, once the text has it with a capital
    expect(replacedText("R: Annelot Smeulders belde. Toen heb ik annelot teruggebeld.")).not.toMatch(/annelot/i);
  });

  it("should find a hyphenated first name with a surname that is also a place", () => {
    const text = "R: Ik ben Jan-Willem Nuth, ik werk hier sinds 2020.";
    expect(covered(text, "Jan-Willem Nuth")).toBe(true);
  });

  it("should find a surname after a capitalised particle at the start of a sentence", () => {
    const text = "R: Ik sprak Mirte van Gils. Van Gils zei dat het goed ging.";
    const { spans } = anonymise(text);
    expect(spans.filter((s) => s.category === "PERSON").map((s) => s.text)).toContain("Van Gils");
  });

  it("should find English names that are words, and leave sentence-initial verbs alone", () => {
    const text = "I: Can you tell me who helps?\nR: My neighbour, Bliss Carrow, and Dusty. Will you write that down?";
    const out = replacedText(text, "en");
    expect(out).not.toMatch(/Bliss|Carrow|Dusty/);
    expect(out).toMatch(/^I: Can you tell me/);
    expect(out).toMatch(/Will you write/);
  });

  it("should find a rare first name at the start of a sentence before a verb once it is known", () => {
    const text = "R: We work with Yeshe now. Yeshe found him a place to stay.";
    expect(replacedText(text, "en")).not.toMatch(/Yeshe/);
  });

  it("should find Dutch names in English speech and foreign names in Dutch speech", () => {
    expect(replacedText("R: The researcher, Wietske van Oosterhout, came twice.", "en")).not.toMatch(
      /Wietske|Oosterhout/,
    );
    expect(replacedText("R: Mijn buurman Chukwuemeka Obi-Nwosu hielp mee.")).not.toMatch(/Chukwuemeka|Obi|Nwosu/);
  });

  it("should shift English dates, months and weekdays included, and not read a year as a day", () => {
    const text = "R: We met on Thursday 6 March and she was born on April 9, 1978.\n# March 2025";
    const { spans } = anonymise(text, { language: "en" });
    const dates = spans.filter((s) => s.category === "DATE").map((s) => s.text);
    expect(dates).toEqual(["Thursday 6 March", "April 9, 1978"]);
    for (const s of spans.filter((x) => x.category === "DATE")) expect(s.replacement).not.toBe(s.text);
  });

  it.each([
    ["07700 900382", "en"],
    ["+44 7700 900911", "en"],
    ["(312) 555-0177", "en"],
    ["0117 496 0123", "en"],
    ["+32 470 12 34 56", "nl"],
  ] as const)("should find the phone number %s", (phone, language) => {
    const { spans } = anonymise(`R: Call me on ${phone} tomorrow.`, { language });
    expect(spans.find((s) => s.category === "PHONE")?.text).toBe(phone);
  });

  it("should find UK postcodes and English street addresses", () => {
    const { spans } = anonymise("R: Write to 19 Orchard Close, BS7 9QT.", { language: "en" });
    expect(spans.map((s) => [s.category, s.text])).toEqual([
      ["ADDRESS", "19 Orchard Close"],
      ["POSTCODE", "BS7 9QT"],
    ]);
  });

  it("should keep places from the gazetteer without a keep list", () => {
    const text = "R: Ik woon in Kerkrade, en mijn zus in Voerendaal. Kerkrade is mooi.";
    expect(anonymise(text).spans.filter((s) => s.category === "PERSON")).toEqual([]);
  });

  it("should give one surrogate to every form of a double-barrelled surname", () => {
    const text = "R: Ik ben Marjolein van der Sluis-Pennings. Op de brief stond Mevr. Sluis-Pennings, of M. Pennings.";
    const { spans } = anonymise(text);
    const [full, titled, initial] = spans.filter((s) => s.category === "PERSON").map((s) => s.replacement);
    const core = (s: string) => s.split(" ").pop()!;
    expect(core(full!)).toBe(core(titled!));
    expect(core(initial!)).toBe(core(titled!).split("-").pop());
  });

  it("should give a nickname the pseudonym of the full name the text links it to", () => {
    const { documents } = anonymiseCorpus([
      { id: "a", text: "R: Ik ben Hendrikus Gulpers, maar zeg maar Henk." },
      { id: "b", text: "R: Henk kwam gisteren nog langs." },
    ]);
    const [first, nick] = documents[0]!.spans.map((s) => s.replacement);
    expect(nick).toBe(first!.split(" ")[0]);
    expect(documents[1]!.spans[0]!.replacement).toBe(nick);
  });

  it("should keep the gender the text shows for names the lists do not know", () => {
    const lex = getLexicon();
    for (const [woman, man] of [
      ["Kaaitje", "Sjengske"],
      ["Liora", "Twanneke"],
      ["Zouhaira", "Brecht"],
    ]) {
      const { spans } = anonymise(`R: Mijn buurvrouw ${woman} en haar man ${man} kwamen langs.`);
      const [f, m] = spans.filter((s) => s.category === "PERSON").map((s) => s.replacement);
      expect(lex.surrogateFirstNames.f).toContain(f);
      expect(lex.surrogateFirstNames.m).toContain(m);
    }
  });

  it("should keep programme names of capitalised words without a keep list", () => {
    for (const text of [
      "R: We doen mee met Koken in de Buurt, elke week.",
      "R: Via Veilige Start kwamen we bij het wijkteam.",
    ]) {
      expect(anonymise(text).spans.filter((s) => s.category === "PERSON")).toEqual([]);
    }
  });

  it("should find a name unknown to every list at the start of a sentence before an apposition or a verb", () => {
    const out = replacedText(
      "R: His daughters come too. Zorbeyda, the eldest, translates. Qaderyar helps as well.",
      "en",
    );
    expect(out).not.toMatch(/Zorbeyda/);
    expect(out).not.toMatch(/Qaderyar/);
  });

  it("should find a sentence-initial first name that is also an English word before a surname", () => {
    expect(replacedText("R: Sometimes the deputy joins. Will Thackeray.", "en")).not.toMatch(/Will|Thackeray/);
  });

  it("should replace English addresses and UK postcodes with English-looking surrogates", () => {
    const { spans } = anonymise("R: Write to 19 Orchard Close, BS7 9QT.", { language: "en" });
    const [address, postcode] = spans.map((s) => s.replacement);
    expect(address).toMatch(/^\d+ \S+ Close$/);
    expect(address).not.toBe("19 Orchard Close");
    expect(postcode).toMatch(/^ZZ\d \dZZ$/);
  });
});
