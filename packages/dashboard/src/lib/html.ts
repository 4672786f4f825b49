import { escapeMarkup } from "@verlicht/core";
import type { LocalText } from "./dashboard-data.js";

/** Escape text for HTML element content and attribute values: core's `escapeMarkup`, the one escaper of the toolkit. */
export const escapeHtml: (value: string) => string = escapeMarkup;

/** The Dutch text of a local text. */
export function textNl(text: LocalText | undefined): string {
  if (text === undefined) return "";
  return typeof text === "string" ? text : text.nl;
}

/** The English text of a local text (Dutch when no English exists). */
export function textEn(text: LocalText | undefined): string {
  if (text === undefined) return "";
  return typeof text === "string" ? text : (text.en ?? text.nl);
}

/**
 * Render a local text as HTML: one span per language when they differ (CSS shows the active one),
 * plain escaped text when they are the same.
 */
export function local(text: LocalText | undefined): string {
  const nl = textNl(text);
  const en = textEn(text);
  if (nl === en) return escapeHtml(nl);
  return `<span data-l="nl">${escapeHtml(nl)}</span><span data-l="en">${escapeHtml(en)}</span>`;
}

/** Render a pair of literal Dutch and English strings (UI text) as HTML. */
export function both(nl: string, en: string): string {
  return local({ nl, en });
}

/** Format a number for display: at most `digits` decimals, Dutch decimal comma in `nl`. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return String(rounded);
}
