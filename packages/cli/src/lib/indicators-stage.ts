import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Observation, SerializedNetwork } from "@verlicht/core";
import { DASHBOARD_TEXTS, type DashboardDataInput, type DashboardTextKey } from "@verlicht/dashboard";
import { evaluateLogicModel } from "@verlicht/indicators";
import type { RockSource } from "@verlicht/rock";
import { codebookOf } from "./build-networks.js";
import type { CliContext } from "./context.js";
import {
  aggregateArea,
  assessAssumptions,
  type Catalogue,
  type CatalogueGoal,
  catalogue,
  evaluateGoals,
  type IndicatorLink,
  readLinks,
  readLogicModel,
  readObservations,
} from "./indicators-api.js";
import { logicModelToDashboard } from "./logic-model-to-dashboard.js";

/** What the indicator stage adds to the dashboard. */
export interface IndicatorResults {
  goals: NonNullable<DashboardDataInput["goals"]>;
  assumptions?: DashboardDataInput["assumptions"];
  monitoringGaps?: string[];
  caveats?: DashboardDataInput["caveats"];
  logicModels?: DashboardDataInput["logicModels"];
  notes: string[];
}

/** Options of {@link runIndicators}. */
export interface RunIndicatorsOptions {
  /** The project's indicator folder (observations, links, logic models). */
  dir?: string | undefined;
  network: SerializedNetwork;
  sources: ReadonlyArray<RockSource>;
  /** The area: its code and, when the observations hold only its members, the member codes. */
  area: { code: string; name: string; members?: string[] | undefined };
  municipality: string;
  reference: string;
}

/** The files of an indicator folder, recognised by name. */
export function indicatorFiles(dir: string): { observations: string[]; links: string[]; logicModels: string[] } {
  const files = existsSync(dir) ? readdirSync(dir).sort() : [];
  const pick = (re: RegExp, ext: RegExp) => files.filter((f) => re.test(f) && ext.test(f)).map((f) => join(dir, f));
  return {
    observations: pick(/observ|waarnem/i, /\.(csv|json)$/i),
    links: pick(/link|koppel/i, /\.(csv|ya?ml|json)$/i),
    logicModels: pick(/logic|model/i, /\.(ya?ml|json)$/i),
  };
}

/** Make sure the observations hold the area itself: aggregate its members (sums of numerators and denominators) when they do not. */
function withArea(
  ctx: CliContext,
  observations: Observation[],
  area: RunIndicatorsOptions["area"],
  notes: string[],
): Observation[] {
  if (observations.some((o) => o.area.code === area.code)) return observations;
  const members = area.members ?? [
    ...new Set(observations.filter((o) => o.area.level === "WK").map((o) => o.area.code)),
  ];
  if (members.length === 0) return observations;
  const result = aggregateArea(observations, { members, code: area.code, name: area.name });
  notes.push(
    ctx.t(
      `${area.name} opgeteld uit ${members.length} wijken (${result.missing.length} jaar-indicatoren onvolledig)`,
      `${area.name} summed from ${members.length} districts (${result.missing.length} indicator-years incomplete)`,
    ),
  );
  return [...observations, ...result.observations];
}

function series(
  observations: Observation[],
  indicatorId: string,
  areas: Array<{ code: string; name: string; role: "area" | "municipality" | "reference" }>,
) {
  return areas
    .map((a) => ({
      area: a.code,
      name: a.name,
      role: a.role,
      points: observations
        .filter((o) => o.indicatorId === indicatorId && o.area.code === a.code)
        .map((o) => ({ period: o.period, value: o.value }))
        .sort((x, y) => (x.period < y.period ? -1 : 1)),
    }))
    .filter((s) => s.points.length > 0);
}

/**
 * Goals with their indicator trends (area vs municipality vs reference), the assessment of the network's
 * assumptions, and the logic models, from a project's indicator folder and `@verlicht/indicators`. Without
 * indicator data the goals come from the codebook (`kind: goal`), without indicators.
 */
export function runIndicators(ctx: CliContext, options: RunIndicatorsOptions): IndicatorResults {
  const notes: string[] = [];
  const files = options.dir ? indicatorFiles(options.dir) : { observations: [], links: [], logicModels: [] };
  const cat: Catalogue = catalogue();
  let observations: Observation[] = files.observations.flatMap((f) => readObservations(ctx, f));
  observations = withArea(ctx, observations, options.area, notes);
  const areas = [
    { code: options.area.code, name: options.area.name, role: "area" as const },
    { code: options.municipality, name: "Heerlen", role: "municipality" as const },
    { code: options.reference, name: ctx.t("Nederland", "the Netherlands"), role: "reference" as const },
  ];
  const indicatorById = new Map(cat.indicators.map((i) => [i.id, i]));
  const codebook = codebookOf(options.sources);
  const links: IndicatorLink[] = files.links.flatMap((f) => readLinks(ctx, f));
  // The one evaluation of `@verlicht/indicators` that `verlicht indicators evaluate` prints too.
  const evaluations = new Map(
    evaluateGoals(observations, { area: options.area.code, reference: options.reference }).map((e) => [e.goalId, e]),
  );
  const goals = cat.goals.map((goal) => {
    const ev = evaluations.get(goal.id)!;
    const indicators = ev.indicators
      .filter((i) => observations.some((o) => o.indicatorId === i.indicatorId))
      .map((i) => {
        const meta = indicatorById.get(i.indicatorId);
        const gapAt = (p: string | null) => (p === null ? null : (i.gaps.find((g) => g.period === p)?.gap ?? null));
        return {
          id: i.indicatorId,
          label: meta ? { nl: meta.label.nl, ...(meta.label.en ? { en: meta.label.en } : {}) } : i.indicatorId,
          ...(meta?.unit ? { unit: meta.unit } : {}),
          ...(i.better ? { better: i.better } : {}),
          status: i.status as "reached",
          series: series(observations, i.indicatorId, areas),
          gap: { baseline: gapAt(i.baseline), latest: gapAt(i.latest) },
          trendBreak: i.trendBreak,
        };
      });
    const constructs = [
      ...new Set([
        ...links.filter((l) => indicators.some((i) => i.id === l.indicatorId)).map((l) => l.construct),
        ...options.network.edges.filter((e) => e.target === goal.id).map((e) => e.source),
      ]),
    ];
    return {
      id: goal.id,
      number: goal.number,
      ...goalTitle(goal, codebook),
      theme: themeText(goal, cat),
      status: (indicators.length ? ev.status : "insufficient-data") as "reached",
      indicators,
      constructs,
    };
  });
  notes.push(
    ctx.t(
      `${goals.length} doelen geëvalueerd met ${observations.length} waarnemingen`,
      `${goals.length} goals evaluated with ${observations.length} observations`,
    ),
  );
  const result: IndicatorResults = { goals, notes };
  if (links.length) {
    const assessment = assessAssumptions(options.network, links, observations, {
      area: options.area.code,
      reference: options.reference,
    });
    const label = (key: string) => {
      const node = options.network.nodes.find((n) => n.key === key);
      const nl = node?.attributes.label ?? codebook.get(key)?.label ?? key;
      const en = (node?.attributes["labelEn"] as string | undefined) ?? codebook.get(key)?.labelEn;
      return en ? { nl, en } : nl;
    };
    result.assumptions = assessment.edges.map((e) => ({
      from: e.source,
      to: e.target,
      fromLabel: label(e.source),
      toLabel: label(e.target),
      ...(e.type ? { type: e.type } : {}),
      valence: e.valence,
      testability: e.testability,
      ...(e.verdict ? { result: e.verdict } : {}),
      indicators: links.filter((l) => l.construct === e.source || l.construct === e.target).map((l) => l.indicatorId),
    }));
    result.monitoringGaps = assessment.monitoringGaps.map((g) => g.construct);
    // Caveats the dashboard knows by id are shown in the reader's language; others as written.
    result.caveats = assessment.caveats.map((c) => {
      const key = `caveat_${c.id}` as DashboardTextKey;
      return key in DASHBOARD_TEXTS.nl ? { nl: DASHBOARD_TEXTS.nl[key], en: DASHBOARD_TEXTS.en[key] } : c.text;
    });
    notes.push(
      ctx.t(
        `${assessment.edges.length} aannames beoordeeld: ${assessment.summary["testable"] ?? 0} toetsbaar, ${assessment.summary["partly"] ?? 0} deels, ${assessment.summary["untestable"] ?? 0} niet`,
        `${assessment.edges.length} assumptions assessed: ${assessment.summary["testable"] ?? 0} testable, ${assessment.summary["partly"] ?? 0} partly, ${assessment.summary["untestable"] ?? 0} untestable`,
      ),
    );
  }
  if (files.logicModels.length) {
    result.logicModels = files.logicModels.map((f) => {
      const model = readLogicModel(ctx, f);
      return logicModelToDashboard(
        model,
        evaluateLogicModel(model, observations, { area: options.area.code, network: options.network }),
      );
    });
    notes.push(
      ctx.t(
        `${result.logicModels.length} logisch(e) model(len) geëvalueerd`,
        `${result.logicModels.length} logic model(s) evaluated`,
      ),
    );
  }
  return result;
}

/**
 * The goal's full wording (the catalogue's, verbatim from the programme) as the title a card shows first,
 * and a short title: the codebook's label when it has one (e.g. "Doel 11: Kansrijk van start"), else the
 * catalogue's short title.
 */
function goalTitle(
  goal: {
    id: string;
    text: { nl: string; en?: string | undefined };
    title?: { nl: string; en?: string | undefined } | undefined;
  },
  codebook: ReturnType<typeof codebookOf>,
): { title: { nl: string; en?: string }; shortTitle?: { nl: string; en?: string } } {
  const full = { nl: goal.text.nl, ...(goal.text.en ? { en: goal.text.en } : {}) };
  const entry = codebook.get(goal.id);
  if (entry && entry.label !== goal.id)
    return { title: full, shortTitle: { nl: entry.label, ...(entry.labelEn ? { en: entry.labelEn } : {}) } };
  if (goal.title)
    return { title: full, shortTitle: { nl: goal.title.nl, ...(goal.title.en ? { en: goal.title.en } : {}) } };
  return { title: full };
}

/** The theme of a goal as "Thema 3 Werk en bestaanszekerheid, doel A", from the catalogue's themes. */
function themeText(goal: CatalogueGoal, cat: Catalogue): { nl: string; en: string } | string {
  const theme = cat.themes?.find((t) => t.id === goal.theme);
  if (!theme) return goal.theme;
  const letter = theme.goals.find((g) => g.goalId === goal.id)?.letter;
  return {
    nl: `Thema ${theme.number} ${theme.name.nl}${letter ? `, doel ${letter}` : ""}`,
    en: `Theme ${theme.number} ${theme.name.en ?? theme.name.nl}${letter ? `, goal ${letter}` : ""}`,
  };
}
