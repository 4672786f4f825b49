import { createMessage, type Message, type MessageInit } from "./message.js";

/** The languages every message and interface string is written in. */
export const LOCALES = ["nl", "en"] as const;

/** A language: `nl` (Dutch) or `en` (English). */
export type Locale = (typeof LOCALES)[number];

/** The language used when none is asked for. Libraries default to English; the CLI defaults to Dutch. */
export const DEFAULT_LOCALE: Locale = "en";

/** Values filled into a message template, by name. */
export type MessageParams = Record<string, string | number | boolean | null | undefined>;

/**
 * One sentence in one language: a string with `{name}` placeholders, or a function of the parameters
 * (for plurals and choices that a placeholder cannot express).
 */
export type MessageTemplate = string | ((params: MessageParams) => string);

/** One rule's wording in one language: the reason, and optionally a note (how to fix it). */
export type MessageEntry = MessageTemplate | { reason: MessageTemplate; note?: MessageTemplate | undefined };

/** All rules of one package in one language, keyed by `ruleId`. */
export type LocaleTable<R extends string> = Record<R, MessageEntry>;

/** Fields accepted by {@link MessageCatalog.create}: a message without its wording, plus parameters. */
export type CatalogMessageInit = Omit<MessageInit, "ruleId" | "source" | "reason" | "note"> & {
  /** Values for the template's placeholders; kept on the message so it can be worded again in another language. */
  params?: MessageParams | undefined;
  /** The language of `reason` and `note`; default {@link DEFAULT_LOCALE}. */
  locale?: Locale | null | undefined;
};

/** The messages of one package: their stable `ruleId`s and their wording in every locale. */
export interface MessageCatalog<R extends string = string> {
  /** The package or tool the messages come from (the message's `source`), e.g. `rock`. */
  readonly source: string;
  /** Every rule of the catalogue. */
  readonly ruleIds: readonly R[];
  /** The tables, one per locale. */
  readonly tables: { readonly [L in Locale]: LocaleTable<R> };
  /** The reason of `ruleId` in `locale`, with `params` filled in. */
  format(ruleId: R, params?: MessageParams | null, locale?: Locale | null): string;
  /** A message of rule `ruleId`, worded in `init.locale`. */
  create(ruleId: R, init?: CatalogMessageInit | null): Message;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Fill `{name}` placeholders; a missing parameter stays visible as `{name}` rather than vanishing. */
function fill(template: MessageTemplate, params: MessageParams): string {
  if (typeof template === "function") return template(params);
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

function entryParts(entry: MessageEntry): { reason: MessageTemplate; note?: MessageTemplate | undefined } {
  return typeof entry === "object" ? entry : { reason: entry };
}

/** Is `value` one of {@link LOCALES}? */
export function isLocale(value: unknown): value is Locale {
  return value === "nl" || value === "en";
}

/**
 * Define the message catalogue of a package: one table per locale, each with an entry for every `ruleId`
 * (TypeScript checks that the tables have the same keys). Messages are created through the catalogue, so
 * their wording never lives in the code that detects the problem.
 *
 * @example
 * const messages = defineCatalog("rock", {
 *   en: { "unclosed-token": "This [[ is never closed" },
 *   nl: { "unclosed-token": "Deze [[ wordt nergens gesloten" },
 * });
 * messages.create("unclosed-token", { place, locale: "nl" });
 */
export function defineCatalog<R extends string>(
  source: string,
  tables: { readonly [L in Locale]: LocaleTable<R> },
): MessageCatalog<R> {
  const ruleIds = Object.keys(tables.en) as R[];
  const format = (ruleId: R, params?: MessageParams | null, locale?: Locale | null): string =>
    fill(entryParts(tables[locale ?? DEFAULT_LOCALE][ruleId]).reason, params ?? {});
  return {
    source,
    ruleIds,
    tables,
    format,
    create(ruleId, init) {
      const { params, locale, ...rest } = init ?? {};
      const parts = entryParts(tables[locale ?? DEFAULT_LOCALE][ruleId]);
      const message = createMessage({
        ...rest,
        ruleId,
        source,
        reason: fill(parts.reason, params ?? {}),
        note: parts.note === undefined ? undefined : fill(parts.note, params ?? {}),
      });
      if (params !== undefined) message.params = params;
      return message;
    },
  };
}

/**
 * Word `message` again in `locale`, using the catalogue of its `source`. A message whose source or rule
 * no catalogue knows is returned unchanged (its wording is all there is).
 */
export function localizeMessage(message: Message, catalogs: ReadonlyArray<MessageCatalog>, locale: Locale): Message {
  const catalog = catalogs.find((c) => c.source === message.source);
  const entry = catalog?.tables[locale][message.ruleId];
  if (entry === undefined) return message;
  const parts = entryParts(entry);
  const params = message.params ?? {};
  const localized: Message = { ...message, reason: fill(parts.reason, params) };
  if (parts.note !== undefined) localized.note = fill(parts.note, params);
  return localized;
}
