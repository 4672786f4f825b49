import { en } from "../locales/en.js";
import { nl } from "../locales/nl.js";
import { both } from "./html.js";

/** Keys of the dashboard's interface texts. */
export type DashboardTextKey = keyof typeof en;
/** Keys that have plural forms (`<key>_one`, `<key>_other`). */
export type DashboardPluralKey = DashboardTextKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

/** The dashboard's interface texts per language (every visible interface string comes from here). */
export const DASHBOARD_TEXTS: Readonly<Record<"nl" | "en", Readonly<Record<DashboardTextKey, string>>>> = {
  nl,
  en,
};

/**
 * One interface text in one language, with `{name}` placeholders filled in.
 *
 * @param lang `nl` or `en`.
 * @param key The text's key.
 * @param values Values of the placeholders.
 */
export function uiText(lang: "nl" | "en", key: DashboardTextKey, values?: Record<string, string | number>): string {
  const template = DASHBOARD_TEXTS[lang][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** An interface text as HTML in both languages (CSS shows the chosen one); values are escaped by `both`. */
export function ui(key: DashboardTextKey, values?: Record<string, string | number>): string {
  return both(uiText("nl", key, values), uiText("en", key, values));
}

/** A counted interface text in both languages: the `_one` form for 1, else `_other`. */
export function uiCount(key: DashboardPluralKey, count: number, values?: Record<string, string | number>): string {
  const form = `${key}_${count === 1 ? "one" : "other"}` as DashboardTextKey;
  return ui(form, { count, ...values });
}
