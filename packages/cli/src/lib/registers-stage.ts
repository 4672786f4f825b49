import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DashboardDataInput } from "@verlicht/dashboard";
import { parseAreas } from "@verlicht/indicators";
import {
  analyseActivities,
  analyseCollections,
  DEFAULT_ANALYSE_ACTIVITIES_OPTIONS,
  parseActivities,
  parseCollections,
} from "@verlicht/registers";
import type { CliContext } from "./context.js";
import { requireClean } from "./indicators-api.js";
import { readTextFile } from "./io.js";

/** The register files of a project's `registers/` folder. */
const FILES = { activities: "activiteiten.yaml", collections: "dataloket.yaml" } as const;

/**
 * The dashboard's registers part from a project's `registers/` folder (`activiteiten.yaml`,
 * `dataloket.yaml`), with the custom areas of `areasFile`. `undefined` when the folder holds neither file.
 * Errors in the registers stop the run (exit 2), as for every other input.
 */
export function runRegisters(
  ctx: CliContext,
  dir: string,
  areasFile: string | undefined,
  today?: string,
): { registers: NonNullable<DashboardDataInput["registers"]>; note: string } | undefined {
  const aFile = join(dir, FILES.activities);
  const cFile = join(dir, FILES.collections);
  if (!existsSync(aFile) && !existsSync(cFile)) return undefined;
  const locale = ctx.lang;
  const areas =
    areasFile && existsSync(areasFile)
      ? parseAreas(readTextFile(areasFile, ctx.t), { file: areasFile, locale }).value
      : [];
  const activities = existsSync(aFile)
    ? requireClean(
        ctx,
        aFile,
        parseActivities(readTextFile(aFile, ctx.t), { file: aFile, locale }),
        ctx.t("het activiteitenloket", "the activiteitenloket"),
      ).entries
    : [];
  const collections = existsSync(cFile)
    ? requireClean(
        ctx,
        cFile,
        parseCollections(readTextFile(cFile, ctx.t), { file: cFile, locale }),
        ctx.t("het dataloket", "the dataloket"),
      ).entries
    : [];
  const a = analyseActivities(activities, { areas, ...(today ? { today } : {}) });
  const c = analyseCollections(collections, { areas });
  const areaNames: Record<string, string> = {};
  for (const g of areas) {
    if (g.name) areaNames[g.code] = g.name;
    Object.assign(areaNames, g.names ?? {});
  }
  return {
    registers: {
      period: a.period,
      thresholds: { ...DEFAULT_ANALYSE_ACTIVITIES_OPTIONS },
      activities,
      overAsked: a.overAsked.map((o) => ({ ...o })),
      overlaps: a.overlaps.map((o) => ({ ...o })),
      planned: a.planned,
      collections,
      duplicates: c.duplicates.map((d) => ({ ...d })),
      uncollected: c.uncollected,
      areaNames,
    },
    note: ctx.t(
      `registers: ${activities.length} activiteiten (${a.overAsked.length} keer overvraagd), ${collections.length} dataverzamelingen (${c.duplicates.length} indicatoren dubbel verzameld)`,
      `registers: ${activities.length} activities (${a.overAsked.length} over-asked), ${collections.length} data collections (${c.duplicates.length} indicators collected twice)`,
    ),
  };
}
