import type { Message, Observation, SerializedNetwork } from "@verlicht/core";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";
import { readTextFile } from "./io.js";
import { exported, need, type Parsed } from "./libs.js";

/** A goal of the catalogue of `@verlicht/indicators`. */
export interface CatalogueGoal {
  id: string;
  number: number;
  text: { nl: string; en?: string };
  theme: string;
}

/** An indicator of the catalogue. */
export interface CatalogueIndicator {
  id: string;
  label: { nl: string; en?: string };
  unit: string;
  better: "higher" | "lower";
  goals: string[];
}

/** The catalogue. */
export interface Catalogue {
  goals: CatalogueGoal[];
  indicators: CatalogueIndicator[];
}

/** A construct → indicator link. */
export interface IndicatorLink {
  construct: string;
  indicatorId: string;
  sign: 1 | -1;
  role: string;
}

/** `evaluateGoal`'s result, as used here. */
export interface GoalEvaluation {
  goalId: string;
  status: string;
  indicators: Array<{
    indicatorId: string;
    status: string;
    better: "higher" | "lower" | null;
    baseline: string | null;
    latest: string | null;
    gaps: Array<{ period: string; gap: number | null }>;
    trendBreak: boolean;
  }>;
}

/** `assessAssumptions`' result, as used here. */
export interface AssumptionAssessment {
  edges: Array<{
    source: string;
    target: string;
    type: string | null;
    valence: 1 | -1 | 0 | null;
    testability: "testable" | "partly" | "untestable";
    verdict: string | null;
  }>;
  monitoringGaps: Array<{ construct: string; label: string; goals: string[] }>;
  summary: Record<string, number>;
  caveats: ReadonlyArray<{ id: string; text: string }>;
}

/** The shipped catalogue of `@verlicht/indicators`. */
export function catalogue(): Catalogue {
  const value = exported("indicators", "DEFAULT_CATALOGUE") as Catalogue | undefined;
  if (!value) {
    throw new CliError("@verlicht/indicators has no DEFAULT_CATALOGUE in this version", { exitCode: 1 });
  }
  return value;
}

/** Stop with exit 2 on error-level messages; print the others. */
export function requireClean<T>(ctx: CliContext, file: string, result: Parsed<T>, what: string): T {
  const messages: Message[] = result.messages.map((m) => ({ ...m, file: m.file ?? file }));
  const errors = messages.filter((m) => m.severity === "error");
  ctx.messages(messages.filter((m) => m.severity !== "error"));
  if (errors.length || result.value === undefined) {
    const first = errors[0]?.place;
    const start = first ? ("start" in first ? first.start : first) : undefined;
    throw new CliError(
      ctx.t(`${file}: ${errors.length} fout(en) in ${what}`, `${file}: ${errors.length} error(s) in ${what}`),
      {
        file,
        line: start?.line,
        column: start?.column,
        messages: errors,
        fix: ctx.t("herstel de genoemde regels", "fix the lines named"),
        code: "invalid-input",
      },
    );
  }
  return result.value;
}

/**
 * Read an observations file: tidy CSV, or CBS OData JSON (`.json`), whose measures are mapped to indicators by
 * `measures` (a JSON object `{measureCode: {indicatorId, role?, unit?}}`, e.g. from `--measures <file>`).
 */
export function readObservations(ctx: CliContext, file: string, measures?: Record<string, unknown>): Observation[] {
  const text = readTextFile(file, ctx.t);
  if (/\.json$/i.test(file)) {
    if (!measures || Object.keys(measures).length === 0) {
      throw new CliError(
        ctx.t(
          `${file}: CBS-gegevens hebben een koppeling van maatstaven naar indicatoren nodig`,
          `${file}: CBS data need a mapping from measures to indicators`,
        ),
        {
          file,
          fix: ctx.t(
            "geef --measures <bestand.json> ({maatcode: {indicatorId, role, unit}})",
            "give --measures <file.json> ({measureCode: {indicatorId, role, unit}})",
          ),
        },
      );
    }
    const parse = need<(t: string, o: Record<string, unknown>) => Parsed<Observation[]>>("indicators", "parseCbsOdata");
    return requireClean(ctx, file, parse(text, { file, measures }), ctx.t("de CBS-gegevens", "the CBS data"));
  }
  const parse = need<(t: string, o: { file: string }) => Parsed<Observation[]>>("indicators", "parseObservationsCsv");
  return requireClean(ctx, file, parse(text, { file }), ctx.t("de waarnemingen", "the observations"));
}

/** Read a links file (CSV or YAML/JSON). */
export function readLinks(ctx: CliContext, file: string): IndicatorLink[] {
  const parse = need<(t: string, o: { file: string }) => Parsed<IndicatorLink[]>>("indicators", "parseLinks");
  return requireClean(ctx, file, parse(readTextFile(file, ctx.t), { file }), ctx.t("de koppelingen", "the links"));
}

/** Read a logic model (YAML or JSON). */
export function readLogicModel(ctx: CliContext, file: string): unknown {
  const parse = need<(t: string, o: { file: string }) => Parsed<unknown>>("indicators", "parseLogicModel");
  return requireClean(
    ctx,
    file,
    parse(readTextFile(file, ctx.t), { file }),
    ctx.t("het logische model", "the logic model"),
  );
}

/** `evaluateGoal(goal, observations, options)`. */
export function evaluateGoal(
  goal: CatalogueGoal | string,
  observations: Observation[],
  options: Record<string, unknown>,
): GoalEvaluation {
  return need<(g: unknown, o: Observation[], opt: Record<string, unknown>) => GoalEvaluation>(
    "indicators",
    "evaluateGoal",
  )(goal, observations, options);
}

/** `assessAssumptions(network, links, observations, options)`. */
export function assessAssumptions(
  network: SerializedNetwork,
  links: IndicatorLink[],
  observations: Observation[],
  options: Record<string, unknown>,
): AssumptionAssessment {
  return need<(n: unknown, l: unknown, o: unknown, opt: unknown) => AssumptionAssessment>(
    "indicators",
    "assessAssumptions",
  )(network, links, observations, options);
}

/** `aggregateArea(observations, {members, code, name})`. */
export function aggregateArea(
  observations: Observation[],
  spec: { members: string[]; code: string; name?: string },
): {
  observations: Observation[];
  missing: Array<{ indicatorId: string; period: string; members: string[]; reason: string }>;
} {
  return need<(o: Observation[], s: unknown) => ReturnType<typeof aggregateArea>>("indicators", "aggregateArea")(
    observations,
    spec,
  );
}
