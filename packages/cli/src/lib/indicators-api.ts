import type { Message, Observation, ParseResult } from "@verlicht/core";
import {
  type Catalogue,
  type CbsMeasureMapping,
  DEFAULT_CATALOGUE,
  type IndicatorLink,
  type LogicModel,
  parseCbsOdata,
  parseLinks,
  parseLogicModel,
  parseObservationsCsv,
} from "@verlicht/indicators";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";
import { readTextFile } from "./io.js";

export type {
  AssumptionAssessment,
  Catalogue,
  Goal as CatalogueGoal,
  GoalEvaluation,
  IndicatorLink,
} from "@verlicht/indicators";
export { aggregateArea, assessAssumptions, evaluateGoal, evaluateGoals } from "@verlicht/indicators";

/** The shipped catalogue of `@verlicht/indicators`. */
export function catalogue(): Catalogue {
  return DEFAULT_CATALOGUE;
}

/** Stop with exit 2 on error-level messages; print the others. */
export function requireClean<T>(ctx: CliContext, file: string, result: ParseResult<T | undefined>, what: string): T {
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
  return result.value as T;
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
    const mapping = measures as Record<string, CbsMeasureMapping>;
    return requireClean(
      ctx,
      file,
      parseCbsOdata(text, { file, measures: mapping }),
      ctx.t("de CBS-gegevens", "the CBS data"),
    );
  }
  return requireClean(ctx, file, parseObservationsCsv(text, { file }), ctx.t("de waarnemingen", "the observations"));
}

/** Read a links file (CSV or YAML/JSON). */
export function readLinks(ctx: CliContext, file: string): IndicatorLink[] {
  return requireClean(ctx, file, parseLinks(readTextFile(file, ctx.t), { file }), ctx.t("de koppelingen", "the links"));
}

/** Read a logic model (YAML or JSON). */
export function readLogicModel(ctx: CliContext, file: string): LogicModel {
  return requireClean(
    ctx,
    file,
    parseLogicModel(readTextFile(file, ctx.t), { file }),
    ctx.t("het logische model", "the logic model"),
  );
}

/**
 * Stop with exit 2 naming the area when the observations hold none of it (as `indicators evaluate` and
 * `assumptions assess` do for `--area` and `--reference`).
 */
export function requireAreas(
  ctx: CliContext,
  observations: Observation[],
  codes: string[],
  file: string | undefined,
): void {
  for (const code of codes) {
    if (observations.some((o) => o.area.code === code)) continue;
    const present = [...new Set(observations.map((o) => o.area.code))].slice(0, 12).join(", ");
    throw new CliError(ctx.t(`geen waarnemingen voor gebied ${code}`, `no observations for area ${code}`), {
      file,
      fix: ctx.t(
        `maak het gebied eerst met \`verlicht indicators aggregate\`, of kies een code uit de gegevens (${present})`,
        `build the area first with \`verlicht indicators aggregate\`, or choose a code in the data (${present})`,
      ),
      code: "unknown-area",
    });
  }
}
