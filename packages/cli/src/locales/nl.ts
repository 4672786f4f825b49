import type { LocaleTable } from "@verlicht/core";
import type { en } from "./en.js";

/** Nederlandse formulering van het kader van de CLI (zie `../lib/messages.ts`). */
export const nl: LocaleTable<keyof typeof en> = {
  "frame-error": "fout",
  "frame-warning": "waarschuwing",
  "frame-info": "opmerking",
  "frame-fix": "oplossing",
  "frame-expected": "verwacht",
  "frame-found": "gevonden",
  "internal-error": "interne fout: {detail}",
  "internal-error-note": "meld dit alstublieft; zet VERLICHT_DEBUG=1 voor details",
};
