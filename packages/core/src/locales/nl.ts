import type { LocaleTable } from "../lib/locale.js";
import type { en } from "./en.js";

/** Nederlandse formulering van de meldingen van `@verlicht/core` (zie `../lib/messages.ts`). */
export const nl: LocaleTable<keyof typeof en> = {
  "invalid-json": "Het netwerk is geen geldige JSON: {detail}",
  "duplicate-node": 'Knoop "{node}" komt meer dan eens voor.',
  "duplicate-edge": 'Verbinding "{edge}" komt meer dan eens voor.',
  "unknown-node":
    'Verbinding "{edge}" (edges[{index}]) verwijst naar knoop "{node}", die niet in de lijst met knopen staat.',
  "csv-unclosed-quote":
    "Deze cel tussen aanhalingstekens wordt nergens gesloten; de rest van het bestand is als één cel gelezen",
  "csv-stray-quote":
    'Een aanhalingsteken midden in een cel zonder aanhalingstekens; zet de cel tussen aanhalingstekens en verdubbel het teken ("")',
  "csv-text-after-quote": "Tekst na het sluitende aanhalingsteken van een cel; zet de hele cel tussen aanhalingstekens",
};
