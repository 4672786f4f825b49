import type { Observation } from "@verlicht/core";
import { toObservationsCsv } from "@verlicht/indicators";
import type { Command } from "commander";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { aggregateArea, catalogue, evaluateGoals, readObservations, requireAreas } from "../lib/indicators-api.js";
import { readJsonFile } from "../lib/read-network.js";
import type { Runner } from "../lib/run-cli.js";
import { writeOutputFile } from "../lib/write-output.js";

/** Write observations as tidy CSV (with `toObservationsCsv` of `@verlicht/indicators`). */
function writeObservations(ctx: CliContext, observations: Observation[], out: string | undefined): void {
  const csv = toObservationsCsv(observations, { guard: ctx.csvGuard });
  if (out) {
    writeOutputFile(ctx, out, csv);
    ctx.say(ctx.t(`${observations.length} waarnemingen → ${out}`, `${observations.length} observations → ${out}`));
  } else ctx.raw(csv);
}

/** `verlicht indicators import|aggregate|evaluate`. */
export function registerIndicators(program: Command, run: Runner): void {
  const indicators = program.command("indicators").description("observations: import, aggregate areas, evaluate goals");

  indicators
    .command("import")
    .description("read observations (tidy CSV, or CBS OData JSON), validate them and write tidy CSV")
    .argument("<files...>", "observation files (.csv, .json)")
    .option("--measures <file>", "for CBS JSON: {measureCode: {indicatorId, role, unit}} (JSON)")
    .option("--out <file>", "CSV to write (default: stdout)")
    .action(
      run(async (ctx: CliContext, files: string[], opts: { out?: string; measures?: string }) => {
        const measures = opts.measures ? (readJsonFile(ctx, opts.measures) as Record<string, unknown>) : undefined;
        const observations = files.flatMap((f) => readObservations(ctx, f, measures));
        writeObservations(ctx, observations, opts.out);
      }),
    );

  indicators
    .command("goals")
    .description("the programme's mission, 12 goals (word for word) and four themes")
    .action(
      run(async (ctx: CliContext) => {
        const cat = catalogue();
        const lines: string[] = [];
        if (cat.mission)
          lines.push(`${ctx.t("Missie", "Mission")}: ${ctx.t(cat.mission.nl, cat.mission.en ?? cat.mission.nl)}`, "");
        for (const g of cat.goals) {
          lines.push(`${g.number}. ${ctx.t(g.text.nl, g.text.en ?? g.text.nl)}`);
          if (g.title) lines.push(`   ${ctx.t(g.title.nl, g.title.en ?? g.title.nl)} (${g.id})`);
        }
        for (const t of cat.themes ?? []) {
          lines.push("", `${ctx.t("Thema", "Theme")} ${t.number}. ${ctx.t(t.name.nl, t.name.en ?? t.name.nl)}`);
          for (const tg of t.goals) {
            const n = cat.goals.find((g) => g.id === tg.goalId)?.number;
            lines.push(`   ${tg.letter} = ${ctx.t("doel", "goal")} ${n}`);
          }
        }
        ctx.result({ mission: cat.mission, goals: cat.goals, themes: cat.themes }, lines.join("\n"));
      }),
    );

  indicators
    .command("aggregate")
    .description(
      "build an area that is not a CBS region (e.g. Heerlen-Noord) by summing numerators and denominators of its members",
    )
    .argument("<observations>", "tidy CSV")
    .requiredOption("--members <codes>", "member area codes, comma-separated (e.g. WK091701,WK091702)")
    .requiredOption("--code <code>", "code of the new area (e.g. HLN-NOORD)")
    .option("--name <name>", "name of the new area")
    .option("--out <file>", "CSV to write (default: stdout)")
    .action(
      run(
        async (ctx: CliContext, file: string, opts: { members: string; code: string; name?: string; out?: string }) => {
          const observations = readObservations(ctx, file);
          const members = opts.members
            .split(",")
            .map((m) => m.trim())
            .filter(Boolean);
          const unknown = members.filter((m) => !observations.some((o) => o.area.code === m));
          if (unknown.length) {
            throw new CliError(
              ctx.t(`geen waarnemingen voor ${unknown.join(", ")}`, `no observations for ${unknown.join(", ")}`),
              {
                file,
                fix: ctx.t("controleer de gebiedscodes in --members", "check the area codes in --members"),
              },
            );
          }
          const result = aggregateArea(observations, {
            members,
            code: opts.code,
            ...(opts.name ? { name: opts.name } : {}),
          });
          for (const m of result.missing.slice(0, 20))
            ctx.warn(
              `${file}: ${ctx.t("onvolledig", "incomplete")} ${m.indicatorId} ${m.period}: ${m.reason} (${m.members.join(", ")})`,
            );
          if (result.missing.length) {
            // An incomplete aggregate is not written: a file that exists is one that is complete.
            ctx.fail(EXIT_CODES.findings);
            ctx.warn(
              ctx.t(
                `${result.missing.length} jaar-indicator(en) onvolledig: niets geschreven`,
                `${result.missing.length} indicator-year(s) incomplete: nothing written`,
              ),
            );
            return;
          }
          writeObservations(ctx, result.observations, opts.out);
        },
      ),
    );

  indicators
    .command("evaluate")
    .description("status of each goal: reached, closing, stable, widening or insufficient-data")
    .argument("<observations...>", "tidy CSV or CBS JSON files")
    .requiredOption("--area <code>", "area code (e.g. HLN-NOORD)")
    .option("--reference <code>", "reference area code", "NL01")
    .option("--goal <id>", "only this goal (e.g. goal01)")
    .option("--baseline <period>", "baseline period")
    .option("--latest <period>", "latest period")
    .action(
      run(
        async (
          ctx: CliContext,
          files: string[],
          opts: { area: string; reference: string; goal?: string; baseline?: string; latest?: string },
        ) => {
          const observations = files.flatMap((f) => readObservations(ctx, f));
          requireAreas(ctx, observations, [opts.area, opts.reference], files[0]);
          if (opts.goal && !catalogue().goals.some((g) => g.id === opts.goal))
            throw new CliError(ctx.t(`onbekend doel ${opts.goal}`, `unknown goal ${opts.goal}`), {
              fix: "--goal goal01 … goal12",
            });
          const results = evaluateGoals(observations, {
            area: opts.area,
            reference: opts.reference,
            ...(opts.goal ? { goals: [opts.goal] } : {}),
            ...(opts.baseline ? { baseline: opts.baseline } : {}),
            ...(opts.latest ? { latest: opts.latest } : {}),
          });
          ctx.result(
            results,
            results
              .map((r) => {
                const g = r.goal;
                const text = ctx.t(g.text.nl, g.text.en ?? g.text.nl);
                const short = g.title ? ` (${ctx.t(g.title.nl, g.title.en ?? g.title.nl)})` : "";
                const lines = r.indicators.map(
                  (x) =>
                    `    ${x.indicatorId}: ${x.status}${x.trendBreak ? ctx.t(" (trendbreuk)", " (trend break)") : ""}${x.coronaPeriods.length ? ctx.t(" [coronajaren]", " [corona years]") : ""}`,
                );
                return `${ctx.t("Doel", "Goal")} ${g.number}. ${text}${short}\n  ${r.status}\n${lines.join("\n")}`;
              })
              .join("\n"),
          );
        },
      ),
    );
}
