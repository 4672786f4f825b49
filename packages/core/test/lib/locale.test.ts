import { describe, expect, it } from "vitest";
import { defineCatalog, isLocale, localizeMessage } from "../../src/lib/locale.js";
import { MessageSchema } from "../../src/lib/schemas.js";

const catalog = defineCatalog("demo", {
  en: {
    "unclosed-token": { reason: "This [[ is never closed", note: "add ]] after {token}" },
    "many-rows": ({ count }) => (count === 1 ? "1 row" : `${count} rows`),
  },
  nl: {
    "unclosed-token": { reason: "Deze [[ wordt nergens gesloten", note: "zet ]] na {token}" },
    "many-rows": ({ count }) => (count === 1 ? "1 rij" : `${count} rijen`),
  },
});

describe("defineCatalog", () => {
  it("should word a message in the asked locale and keep its params", () => {
    const nl = catalog.create("unclosed-token", { params: { token: "[[a" }, locale: "nl", severity: "error" });
    expect(nl).toMatchObject({ ruleId: "unclosed-token", source: "demo", severity: "error" });
    expect(nl.reason).toBe("Deze [[ wordt nergens gesloten");
    expect(nl.note).toBe("zet ]] na [[a");
    expect(nl.params).toEqual({ token: "[[a" });
    expect(MessageSchema.safeParse(nl).success).toBe(true);
  });

  it("should default to English and support plural functions", () => {
    expect(catalog.format("many-rows", { count: 1 })).toBe("1 row");
    expect(catalog.format("many-rows", { count: 3 }, "nl")).toBe("3 rijen");
    expect(catalog.ruleIds).toEqual(["unclosed-token", "many-rows"]);
  });

  it("should leave a missing placeholder visible instead of dropping it", () => {
    expect(catalog.create("unclosed-token").note).toBe("add ]] after {token}");
  });
});

describe("localizeMessage", () => {
  it("should reword a message from its catalogue, and leave unknown sources alone", () => {
    const en = catalog.create("unclosed-token", { params: { token: "x" } });
    expect(localizeMessage(en, [catalog], "nl").reason).toBe("Deze [[ wordt nergens gesloten");
    expect(localizeMessage(en, [catalog], "nl").note).toBe("zet ]] na x");
    const foreign = { ...en, source: "other" };
    expect(localizeMessage(foreign, [catalog], "nl")).toBe(foreign);
  });

  it("isLocale should accept only nl and en", () => {
    expect(isLocale("nl")).toBe(true);
    expect(isLocale("de")).toBe(false);
  });
});
