import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Message } from "@verlicht/core";
import { type AreaDefinition, parseAreas } from "@verlicht/indicators";
import {
  type Activity,
  analyseActivities,
  analyseCollections,
  type Collection,
  checkRegisters,
  parseActivities,
  parseCollections,
  partnerAccess,
  type Register,
} from "@verlicht/registers";
import type { Command } from "commander";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { readTextFile } from "../lib/io.js";
import type { Runner } from "../lib/run-cli.js";
import { formatReport, localizeAll } from "./registers-text.js";

/** The two registers and the areas, read from a folder or from files. */
interface LoadedRegisters {
  activities: Register<Activity>;
  collections: Register<Collection>;
  areas: AreaDefinition[];
  messages: Message[];
}

/** Find the register files: names with `activit` are the activiteitenloket, `data`/`collect` the dataloket. */
function registerFiles(inputs: string[]): { activities: string[]; collections: string[] } {
  const files = inputs.flatMap((p) =>
    existsSync(p) && statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .filter((f) => /\.(ya?ml|json)$/i.test(f))
          .map((f) => join(p, f))
      : [p],
  );
  return {
    activities: files.filter((f) => /activit/i.test(f.split(/[\\/]/).pop() ?? "")),
    collections: files.filter((f) => /data|collect|verzamel/i.test(f.split(/[\\/]/).pop() ?? "")),
  };
}

function load(ctx: CliContext, inputs: string[], areasFile: string | undefined): LoadedRegisters {
  const files = registerFiles(inputs);
  if (files.activities.length === 0 && files.collections.length === 0) {
    throw new CliError(
      ctx.t(`geen registerbestanden in ${inputs.join(", ")}`, `no register files in ${inputs.join(", ")}`),
      {
        file: inputs[0],
        fix: ctx.t(
          "noem de bestanden activiteiten.yaml en dataloket.yaml, of geef ze los op",
          "name the files activiteiten.yaml and dataloket.yaml, or give them one by one",
        ),
      },
    );
  }
  const locale = ctx.lang;
  const messages: Message[] = [];
  const merge = <T>(parts: Register<T>[]): Register<T> => ({
    entries: parts.flatMap((p) => p.entries),
    file: parts.map((p) => p.file).join(", "),
    places: Object.assign({}, ...parts.map((p) => p.places)),
  });
  const read = <T>(
    list: string[],
    parse: (t: string, o: { file: string; locale: "nl" | "en" }) => { value: Register<T>; messages: Message[] },
  ) =>
    merge(
      list.map((file) => {
        const r = parse(readTextFile(file, ctx.t), { file, locale });
        messages.push(...r.messages);
        return r.value;
      }),
    );
  const activities = read(files.activities, parseActivities);
  const collections = read(files.collections, parseCollections);
  const first = inputs[0] ?? ".";
  const guess = [join(first, "areas.json"), join(dirname(first), "indicators", "areas.json")].find((f) =>
    existsSync(f),
  );
  const areaPath = areasFile ?? guess;
  const areas = areaPath
    ? parseAreas(readTextFile(areaPath, ctx.t), { file: areaPath, locale })
    : { value: [], messages: [] };
  messages.push(...areas.messages);
  return { activities, collections, areas: areas.value, messages };
}

/** `verlicht registers check|report`. */
export function registerRegisters(program: Command, run: Runner): void {
  const registers = program
    .command("registers")
    .description("the activiteitenloket and the dataloket: check them, report over-asking and duplicate collection");

  registers
    .command("check")
    .description("validate the registers and their references to each other and to the indicator catalogue")
    .argument("<inputs...>", "a folder with activiteiten.yaml and dataloket.yaml, or the files")
    .option("--areas <file>", "custom areas (areas.json); default: areas.json beside the registers or in ../indicators")
    .action(
      run(async (ctx: CliContext, inputs: string[], opts: { areas?: string }) => {
        const loaded = load(ctx, inputs, opts.areas);
        const messages = localizeAll(
          [
            ...loaded.messages,
            ...checkRegisters(loaded.activities, loaded.collections, { areas: loaded.areas, locale: ctx.lang }),
          ],
          ctx.lang,
        );
        ctx.messages(messages);
        const errors = messages.filter((m) => m.severity === "error").length;
        const warnings = messages.filter((m) => m.severity === "warning").length;
        ctx.result(
          {
            activities: loaded.activities.entries.length,
            collections: loaded.collections.entries.length,
            errors,
            warnings,
            messages,
          },
          ctx.t(
            `${loaded.activities.entries.length} activiteiten, ${loaded.collections.entries.length} dataverzamelingen: ${errors} fout(en), ${warnings} waarschuwing(en)`,
            `${loaded.activities.entries.length} activities, ${loaded.collections.entries.length} data collections: ${errors} error(s), ${warnings} warning(s)`,
          ),
        );
        if (errors) ctx.fail(EXIT_CODES.usage);
      }),
    );

  registers
    .command("report")
    .description(
      "over-asked groups, overlapping activities, what is planned, duplicate collection, gaps, partner access",
    )
    .argument("<inputs...>", "a folder with activiteiten.yaml and dataloket.yaml, or the files")
    .option("--areas <file>", "custom areas (areas.json)")
    .option("--today <date>", "the day to report from (YYYY-MM-DD; default today)")
    .option("--from <date>", "start of the period for over-asking (default: the year of --today)")
    .option("--to <date>", "end of that period")
    .option("--max-activities <n>", "over-asked when more than n activities ask a group in an area", "3")
    .option("--max-minutes <n>", "over-asked when they ask more than n minutes a year of one person", "240")
    .option("--indicators <which>", "gaps among the key indicators (key) or all catalogue indicators (all)", "key")
    .option("--partner <name>", "also say which data this partner may get")
    .action(
      run(
        async (
          ctx: CliContext,
          inputs: string[],
          opts: {
            areas?: string;
            today?: string;
            from?: string;
            to?: string;
            maxActivities: string;
            maxMinutes: string;
            indicators: string;
            partner?: string;
          },
        ) => {
          const loaded = load(ctx, inputs, opts.areas);
          const errors = loaded.messages.filter((m) => m.severity === "error");
          if (errors.length) {
            ctx.messages(localizeAll(errors, ctx.lang));
            throw new CliError(ctx.t("de registers bevatten fouten", "the registers hold errors"), {
              file: errors[0]?.file,
              fix: ctx.t("draai eerst `verlicht registers check`", "run `verlicht registers check` first"),
            });
          }
          const number = (v: string, name: string) => {
            const n = Number(v);
            if (!Number.isFinite(n) || n < 0)
              throw new CliError(ctx.t(`${name} moet een getal zijn`, `${name} must be a number`), {
                fix: `${name} 3`,
              });
            return n;
          };
          if (opts.indicators !== "key" && opts.indicators !== "all")
            throw new CliError(ctx.t("--indicators is key of all", "--indicators is key or all"), {
              fix: "--indicators key",
            });
          if (opts.today && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today))
            throw new CliError(ctx.t("--today is een datum JJJJ-MM-DD", "--today is a date YYYY-MM-DD"), {
              fix: "--today 2025-06-01",
            });
          const activities = analyseActivities(loaded.activities.entries, {
            areas: loaded.areas,
            maxActivities: number(opts.maxActivities, "--max-activities"),
            maxMinutesPerYear: number(opts.maxMinutes, "--max-minutes"),
            ...(opts.today ? { today: opts.today } : {}),
            ...(opts.from ? { period: { from: opts.from, ...(opts.to ? { to: opts.to } : {}) } } : {}),
          });
          const collections = analyseCollections(loaded.collections.entries, {
            areas: loaded.areas,
            indicators: opts.indicators,
          });
          const access = opts.partner ? partnerAccess(loaded.collections.entries, opts.partner) : undefined;
          ctx.result(
            { activities, collections, ...(access ? { access } : {}) },
            formatReport(ctx, activities, collections, access),
          );
          if (activities.overAsked.length || collections.duplicates.length) ctx.fail(EXIT_CODES.findings);
        },
      ),
    );
}
