import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { issuesToMessages } from "@verlicht/core";
import { z } from "zod";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";
import { readTextFile } from "./io.js";

/** The name of a project file inside a project folder. */
export const PROJECT_FILE = "verlicht.project.json";

/** Schema of `verlicht.project.json`: where a project's files are, relative to the project folder. */
export const ProjectSchema = z.object({
  name: z.string().min(1),
  fictional: z.boolean().optional(),
  transcripts: z.string().optional(),
  keep: z.string().optional(),
  codebook: z.string().optional(),
  sources: z.string(),
  primaryCoder: z.string().optional(),
  groupBy: z.string().optional(),
  indicators: z.string().optional(),
  area: z.object({ code: z.string(), name: z.string(), members: z.array(z.string()).optional() }).optional(),
  municipality: z.string().optional(),
  reference: z.string().optional(),
  review: z
    .object({
      name: z.string().optional(),
      rounds: z.array(
        z.object({
          round: z.number().int().min(1),
          file: z.string(),
          date: z.string().optional(),
          database: z.string().optional(),
          query: z.string().optional(),
        }),
      ),
      screening: z.string().optional(),
    })
    .optional(),
});

/** A project file's content. */
export type Project = z.infer<typeof ProjectSchema>;

/** A loaded project: its folder, its file and its settings with absolute paths resolved. */
export interface LoadedProject {
  dir: string;
  file: string;
  project: Project;
  /** Resolve a path of the project file against the project folder. */
  path: (relative: string) => string;
}

/** The line of the first occurrence of `"key"` in a JSON text (for messages), or 1. */
function lineOfKey(text: string, key: string | number | undefined): number {
  if (key === undefined) return 1;
  const i = text.indexOf(`"${String(key)}"`);
  return i < 0 ? 1 : text.slice(0, i).split("\n").length;
}

/**
 * Load `verlicht.project.json` from a project folder. A missing folder or file, bad JSON, a wrong field or a
 * path that does not exist is a {@link CliError} naming the file and line.
 */
export function loadProject(ctx: CliContext, dir: string): LoadedProject {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CliError(ctx.t(`projectmap niet gevonden: ${dir}`, `project folder not found: ${dir}`), {
      file: dir,
      fix: ctx.t(`geef een map met een ${PROJECT_FILE}`, `give a folder that holds a ${PROJECT_FILE}`),
      code: "not-found",
    });
  }
  const file = join(dir, PROJECT_FILE);
  if (!existsSync(file)) {
    throw new CliError(ctx.t(`${PROJECT_FILE} ontbreekt in ${dir}`, `${PROJECT_FILE} is missing in ${dir}`), {
      file,
      fix: ctx.t(
        "maak er een naar het voorbeeld in examples/heerlen-noord/ (zie docs/getting-started.md)",
        "create one after examples/heerlen-noord/ (see docs/getting-started.md)",
      ),
      code: "not-found",
    });
  }
  const text = readTextFile(file, ctx.t);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const m = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    const line = m ? text.slice(0, Number(m[1])).split("\n").length : 1;
    throw new CliError(ctx.t(`${PROJECT_FILE} is geen geldige JSON`, `${PROJECT_FILE} is not valid JSON`), {
      file,
      line,
      fix: ctx.t("herstel de JSON-syntaxis op die regel", "fix the JSON syntax on that line"),
      code: "invalid-json",
    });
  }
  const parsed = ProjectSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path[issue.path.length - 1];
    throw new CliError(ctx.t(`${PROJECT_FILE} klopt niet`, `${PROJECT_FILE} is not valid`), {
      file,
      line: lineOfKey(text, typeof key === "symbol" ? undefined : key),
      messages: issuesToMessages(parsed.error.issues, { source: "cli", file, ruleId: "invalid-project" }),
      fix: ctx.t("zie docs/getting-started.md voor de velden", "see docs/getting-started.md for the fields"),
      code: "invalid-project",
    });
  }
  const project = parsed.data;
  const path = (relative: string) => resolve(dir, relative);
  const mentioned: Array<[string, string | undefined]> = [
    ["sources", project.sources],
    ["transcripts", project.transcripts],
    ["keep", project.keep],
    ["codebook", project.codebook],
    ...(project.review?.rounds.map((r) => ["file", r.file] as [string, string]) ?? []),
    ["screening", project.review?.screening],
  ];
  for (const [key, rel] of mentioned) {
    if (rel !== undefined && !existsSync(path(rel))) {
      throw new CliError(
        ctx.t(`${rel} (uit ${PROJECT_FILE}) bestaat niet`, `${rel} (from ${PROJECT_FILE}) does not exist`),
        {
          file,
          line: lineOfKey(text, key === "file" ? rel : key),
          fix: ctx.t(
            "corrigeer het pad; paden zijn relatief aan de projectmap",
            "correct the path; paths are relative to the project folder",
          ),
          code: "not-found",
        },
      );
    }
  }
  return { dir, file, project, path };
}
