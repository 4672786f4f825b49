import type { Locale, Message, MessageParams } from "@verlicht/core";
import { type Catalogue, DEFAULT_CATALOGUE, MONITORING_FRAME } from "@verlicht/indicators";
import { type AreaGroup, isCbsCode } from "./areas.js";
import { type RegistersRuleId, registersMessages } from "./messages.js";
import { endOf, startOf } from "./periods.js";
import type { Register } from "./read-register.js";
import type { Activity, Collection } from "./schemas.js";

/** Options of {@link checkRegisters}. */
export interface CheckRegistersOptions {
  /** The indicator catalogue ids are checked against (default the shipped one). */
  catalogue?: Readonly<Catalogue> | undefined;
  /** Custom areas (e.g. `areas.json`); their codes and members are known areas besides CBS codes. */
  areas?: ReadonlyArray<AreaGroup> | undefined;
  /** Ids of the known logic models; when given, an activity's `logicModel` must be one of them. */
  logicModels?: ReadonlyArray<string> | undefined;
  /** Language of the messages (default English). */
  locale?: Locale | undefined;
}

/**
 * Check the two registers against each other and against the indicator catalogue: every collection an
 * activity names is in the dataloket (`unknown-collection`, error) and every activity a collection names
 * is in the activiteitenloket (`unknown-activity`, error); indicator and goal ids are in the catalogue,
 * area codes are CBS codes or defined areas, logic models are known (warnings); periods run forward
 * (error); an ask's group is one of the activity's target groups, and an activity that asks people names
 * a data collection (warnings). Every message names the file and line of the id.
 *
 * @param activities The activiteitenloket (from `parseActivities`).
 * @param collections The dataloket (from `parseCollections`).
 * @param options See {@link CheckRegistersOptions}.
 * @returns Messages (empty when the registers are consistent).
 */
export function checkRegisters(
  activities: Register<Activity>,
  collections: Register<Collection>,
  options?: CheckRegistersOptions | null,
): Message[] {
  const catalogue = options?.catalogue ?? DEFAULT_CATALOGUE;
  const locale = options?.locale;
  const indicators = new Set(catalogue.indicators.map((i) => i.id));
  const goals = new Set(catalogue.goals.map((g) => g.id));
  const knownAreas = new Set<string>(MONITORING_FRAME.areas.map((a) => a.code));
  for (const g of options?.areas ?? []) {
    knownAreas.add(g.code);
    for (const m of g.members) knownAreas.add(m);
  }
  const collectionIds = new Set(collections.entries.map((c) => c.id));
  const activityIds = new Set(activities.entries.map((a) => a.id));
  const models = options?.logicModels ? new Set(options.logicModels) : null;
  const messages: Message[] = [];
  const at =
    <T>(register: Register<T>, id: string): Reporter =>
    (ruleId, severity, params, field = "") =>
      void messages.push(
        registersMessages.create(ruleId, {
          severity,
          params,
          place:
            register.places[id]?.[field] ?? register.places[id]?.[field.split(".")[0]!] ?? register.places[id]?.[""],
          file: register.file,
          locale,
        }),
      );
  const common = (
    report: Reporter,
    owner: string,
    entry: {
      areas: string[];
      indicators?: string[];
      goals?: string[];
      period?: { from: string; to?: string | undefined } | undefined;
    },
  ) => {
    entry.areas.forEach((code, j) => {
      if (!isCbsCode(code) && !knownAreas.has(code))
        report("unknown-area", "warning", { owner, id: code }, `areas.${j}`);
    });
    entry.indicators?.forEach((id, j) => {
      if (!indicators.has(id)) report("unknown-indicator", "warning", { owner, id }, `indicators.${j}`);
    });
    entry.goals?.forEach((id, j) => {
      if (!goals.has(id)) report("unknown-goal", "warning", { owner, id }, `goals.${j}`);
    });
    const p = entry.period;
    if (p?.to !== undefined && endOf(p.to) < startOf(p.from))
      report("period-order", "error", { owner, from: p.from, to: p.to }, "period");
  };
  for (const a of activities.entries) {
    const report = at(activities, a.id);
    common(report, a.id, a);
    a.collections.forEach((id, j) => {
      if (!collectionIds.has(id)) report("unknown-collection", "error", { activity: a.id, id }, `collections.${j}`);
    });
    if (a.logicModel && models && !models.has(a.logicModel))
      report("unknown-logic-model", "warning", { owner: a.id, id: a.logicModel }, "logicModel");
    const groups = new Set(a.targetGroups.map(normaliseGroup));
    for (const ask of a.asks) {
      if (ask.group && !groups.has(normaliseGroup(ask.group)))
        report("ask-group", "warning", { owner: a.id, group: ask.group });
    }
    if (a.asks.length > 0 && a.collections.length === 0) report("not-linked", "warning", { activity: a.id });
  }
  for (const c of collections.entries) {
    const report = at(collections, c.id);
    common(report, c.id, c);
    if (c.activity && !activityIds.has(c.activity))
      report("unknown-activity", "error", { collection: c.id, id: c.activity }, "activity");
  }
  return messages;
}

type Reporter = (ruleId: RegistersRuleId, severity: Message["severity"], params: MessageParams, field?: string) => void;

/** Target groups are compared case-insensitively, with runs of spaces as one. */
export function normaliseGroup(group: string): string {
  return group.trim().toLowerCase().replace(/\s+/g, " ");
}
