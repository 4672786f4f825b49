import * as anonymise from "@verlicht/anonymise";
import * as core from "@verlicht/core";
import {
  defineCatalog,
  type Locale,
  localizeMessage,
  type Message,
  type MessageCatalog,
  messageStart,
} from "@verlicht/core";
import * as dashboard from "@verlicht/dashboard";
import * as indicators from "@verlicht/indicators";
import * as qna from "@verlicht/qna";
import * as registers from "@verlicht/registers";
import * as review from "@verlicht/review";
import * as rock from "@verlicht/rock";
import { en } from "../locales/en.js";
import { nl } from "../locales/nl.js";

/** The wording of the CLI's own frame (`fout:`, `oplossing:`, severity words), in Dutch and English. */
export const cliMessages = defineCatalog("cli", { en, nl });

function isCatalog(value: unknown): value is MessageCatalog {
  const c = value as Partial<MessageCatalog> | null;
  return (
    typeof c === "object" &&
    c !== null &&
    typeof c.source === "string" &&
    typeof c.format === "function" &&
    typeof c.tables === "object"
  );
}

/**
 * Every message catalogue the libraries export (`<pkg>Messages`, made with core's `defineCatalog`), found
 * by looking through their exports, so a package that adds its catalogue is picked up without a change here.
 */
export const LIBRARY_CATALOGUES: ReadonlyArray<MessageCatalog> = [
  core,
  rock,
  anonymise,
  qna,
  indicators,
  registers,
  review,
  dashboard,
]
  .flatMap((mod) => Object.entries(mod as Record<string, unknown>))
  .filter(([name, value]) => name.endsWith("Messages") && isCatalog(value))
  .map(([, value]) => value as MessageCatalog);

/** A library message worded in `lang` (unchanged when its package has no catalogue entry for it yet). */
export function localize(message: Message, lang: Locale): Message {
  return localizeMessage(message, LIBRARY_CATALOGUES, lang);
}

/** `file:line:column: <severity> reason [source:ruleId]`, with the severity word and labels in `lang`. */
export function formatLocalized(message: Message, lang: Locale, file?: string): string {
  const m = localize(message, lang);
  const start = messageStart(m);
  const where = [m.file ?? file, start ? `${start.line}:${start.column}` : undefined].filter(Boolean).join(":");
  const severity = cliMessages.format(`frame-${m.severity}`, null, lang);
  let line = `${where ? `${where}: ` : ""}${severity} ${m.reason} [${m.source}:${m.ruleId}]`;
  if (m.expected?.length) line += `\n  ${cliMessages.format("frame-expected", null, lang)}: ${m.expected.join(" | ")}`;
  if (m.actual !== undefined) line += `\n  ${cliMessages.format("frame-found", null, lang)}: ${m.actual}`;
  if (m.note) line += `\n  ${m.note}`;
  return line;
}
