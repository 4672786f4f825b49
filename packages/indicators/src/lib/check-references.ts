import type { AreaLevel, Locale, Message, Position } from "@verlicht/core";
import { MONITORING_FRAME } from "../model/monitoring-frame.js";
import { areaLevelOf, readPeriod } from "./area-level-of.js";
import { DEFAULT_CATALOGUE } from "./default-catalogue.js";
import { indicatorsMessages } from "./messages.js";
import type { AreaDefinition } from "./parse-areas.js";
import type { Catalogue } from "./schemas.js";

/** What observation readers check ids against. */
export interface ReferenceOptions {
  /** Indicator ids outside this catalogue are `unknown-indicator` warnings (default the shipped one; `null` skips the check). */
  catalogue?: Readonly<Catalogue> | null | undefined;
  /**
   * Known areas: custom area definitions (e.g. `areas.json`) and/or plain codes. Codes that fit no CBS
   * pattern are warned about unless defined here (or in the monitoring frame, `HLN-NOORD`); wijk and buurt
   * codes of a gemeente whose members are defined here are warned about when they are not among them.
   */
  areas?: ReadonlyArray<AreaDefinition | string> | undefined;
}

/** Checks ids of one file and reports each unknown id once, at its first line. Internal helper. */
export interface ReferenceCheck {
  indicator(id: string, place: Position | undefined): void;
  area(code: string, level: AreaLevel, place: Position | undefined): void;
  /** The normalised period; sub-yearly and unknown forms are reported once per form. */
  period(raw: string, place: Position | undefined): string;
}

/** Build a {@link ReferenceCheck} that pushes its messages into `messages`. */
export function createReferenceCheck(
  options: ReferenceOptions | null | undefined,
  messages: Message[],
  file: string | undefined,
  locale: Locale | null | undefined,
): ReferenceCheck {
  const catalogue = options?.catalogue === null ? null : (options?.catalogue ?? DEFAULT_CATALOGUE);
  const indicators = catalogue ? new Set(catalogue.indicators.map((i) => i.id)) : null;
  const known = new Set<string>(MONITORING_FRAME.areas.map((a) => a.code));
  for (const a of options?.areas ?? []) {
    if (typeof a === "string") known.add(a.trim());
    else {
      known.add(a.code.trim());
      for (const m of a.members) known.add(m.trim());
      for (const k of Object.keys(a.names ?? {})) known.add(k.trim());
    }
  }
  // Gemeenten whose wijken/buurten are listed: a WK/BU code of one of them that is not listed is unknown.
  const listedGemeenten = new Set([...known].filter((c) => /^(WK|BU)\d{4}/.test(c)).map((c) => c.slice(2, 6)));
  const reported = new Set<string>();
  const once = (key: string): boolean => {
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  };
  return {
    indicator(id, place) {
      if (!indicators || indicators.has(id) || !once(`i\u0000${id}`)) return;
      messages.push(
        indicatorsMessages.create("unknown-indicator", {
          severity: "warning",
          params: { indicatorId: id },
          actual: id,
          place,
          file,
          locale,
        }),
      );
    },
    area(code, level, place) {
      if (known.has(code)) return;
      let why: "not-cbs" | "not-listed" | undefined;
      if (level === "CUSTOM" && areaLevelOf(code) === "CUSTOM") why = "not-cbs";
      else if ((level === "WK" || level === "BU") && listedGemeenten.has(code.slice(2, 6))) why = "not-listed";
      if (!why || !once(`a\u0000${code}`)) return;
      messages.push(
        indicatorsMessages.create("unknown-area", {
          severity: "warning",
          params: { code, why },
          actual: code,
          place,
          file,
          locale,
        }),
      );
    },
    period(raw, place) {
      const { period, kind } = readPeriod(raw);
      if (kind === "month" || kind === "quarter") {
        if (once(`p\u0000${kind}`))
          messages.push(
            indicatorsMessages.create("monthly-period", {
              severity: "info",
              params: { raw: raw.trim(), period, kind },
              place,
              file,
              locale,
            }),
          );
      } else if (kind === "other" && once(`p\u0000${period}`)) {
        messages.push(
          indicatorsMessages.create("unknown-period", {
            severity: "warning",
            params: { raw: period },
            place,
            file,
            locale,
          }),
        );
      }
      return period;
    },
  };
}
