/** The languages of the CLI's output. */
export type Lang = "nl" | "en";

/** Pick the Dutch or the English text. */
export type Translate = (nl: string, en: string) => string;

/** Make a {@link Translate} for a language. */
export function createTranslate(lang: Lang): Translate {
  return (nl, en) => (lang === "en" ? en : nl);
}

/** The default language: `VERLICHT_LANG` when it is `nl` or `en`, otherwise Dutch. */
export function defaultLang(env: Record<string, string | undefined> = process.env): Lang {
  return env["VERLICHT_LANG"] === "en" ? "en" : "nl";
}
