// All numbers below are fictional; BSNs and IBANs were made up to pass (or fail) their checksums.
import { describe, expect, it } from "vitest";
import { createAnonymiser, DEFAULT_RECOGNISERS } from "../../src/index.js";

const anonymiser = createAnonymiser({ recognisers: DEFAULT_RECOGNISERS });
const found = (text: string, category: string) =>
  anonymiser
    .detect(text)
    .spans.filter((s) => s.category === category)
    .map((s) => s.text);

describe("structured recognisers", () => {
  it.each([
    ["06-12345678"],
    ["06 123 456 78"],
    ["06 - 123 456 78"],
    ["+31 6 12345678"],
    ["+31 (0)45 571 2345"],
    ["0031 6 1234 5678"],
    ["045-5712345"],
    ["(045) 571 23 45"],
    ["(06)12345678"],
  ])("should find the phone number %s", (phone) => {
    expect(found(`Bel me op ${phone}, dan hoor je het.`, "PHONE")).toEqual([phone]);
  });

  it("should not take a short service number or an amount for a phone number", () => {
    expect(found("Als het een 085-nummer is, of € 1.140, dan niet.", "PHONE")).toEqual([]);
  });

  it.each([["6411 AB"], ["6412CD"], ["6413 ef"], ["1011ab"]])("should find the postcode %s", (pc) => {
    expect(found(`Het adres is Lindelaan 4, ${pc} Ergens.`, "POSTCODE")).toEqual([pc]);
  });

  it("should not take a year followed by a word for a postcode", () => {
    expect(found("Hij woont daar sinds 1968 in hetzelfde huis.", "POSTCODE")).toEqual([]);
  });

  it.each([["123456782"], ["1234.56.782"], ["123 456 782"]])("should find the BSN %s (11-proef)", (bsn) => {
    expect(found(`Zijn nummer is ${bsn}, zei hij.`, "BSN")).toEqual([bsn]);
  });

  it("should not take a nine-digit number that fails the 11-proef for a BSN", () => {
    expect(found("Het kenmerk is 123456789.", "BSN")).toEqual([]);
  });

  it.each([["NL91 ABNA 0417 1643 00"], ["NL91ABNA0417164300"]])("should find the IBAN %s (mod-97)", (iban) => {
    expect(found(`Op rekening ${iban} gestort.`, "IBAN")).toEqual([iban]);
  });

  it("should not take an IBAN-shaped string with a wrong checksum", () => {
    expect(found("Op rekening NL91ABNA0417164301 gestort.", "IBAN")).toEqual([]);
  });

  it.each([["XK-123-B"], ["12-ABC-3"], ["G-123-BB"], ["99-XX-99"]])("should find the plate %s", (plate) => {
    expect(found(`Er stond een auto, ${plate}, voor de deur.`, "PLATE")).toEqual([plate]);
  });

  it("should find a compact plate only after the word kenteken", () => {
    expect(found("Het kenteken was 12ABC3 meen ik.", "PLATE")).toEqual(["12ABC3"]);
    expect(found("De code 12ABC3 werkt niet.", "PLATE")).toEqual([]);
  });

  it("should find e-mail addresses of any top-level domain and handles and profile links", () => {
    const text = "Mail naar j.pieters@voorbeeld.limburg of kijk op @sanne.bakt of facebook.com/sanne.b.123.";
    expect(found(text, "EMAIL")).toEqual(["j.pieters@voorbeeld.limburg"]);
    expect(found(text, "URL")).toEqual(["@sanne.bakt", "facebook.com/sanne.b.123"]);
  });
});

describe("date recogniser", () => {
  it.each([
    ["12 maart 1987"],
    ["12-03-1987"],
    ["3 jan. 2021"],
    ["3/1/21"],
    ["zaterdag 14 oktober"],
    ["de 5e van mei"],
    ["maandag 2 februari 2026"],
    ["14/02"],
    ["14-02"],
  ])("should find the date %s", (date) => {
    expect(found(`Dat was op ${date} denk ik.`, "DATE")).toEqual([date]);
  });

  it.each([["november 2024"], ["1998"], ["7-3"], ["half negen"]])("should not take %s for a date", (text) => {
    expect(found(`Dat was ${text}, geloof ik.`, "DATE")).toEqual([]);
  });
});

describe("address recogniser", () => {
  it.each([
    ["op de Akkerstraat 12a", "Akkerstraat 12a"],
    ["aan de Kloosterlaan 3 bus 2", "Kloosterlaan 3 bus 2"],
    ["in de Bremstraat", "Bremstraat"],
    ["op de Mergelberg 17", "Mergelberg 17"],
    ["op de Lindelaan 4", "Lindelaan 4"],
  ])("should find the street in %s", (phrase, street) => {
    expect(found(`Ze woont ${phrase} sinds kort.`, "ADDRESS")).toEqual([street]);
  });

  it("should not take a place name ending like a street for a street without a number", () => {
    expect(found("Ze woont in Vaesrade, vlakbij.", "ADDRESS")).toEqual([]);
  });
});
