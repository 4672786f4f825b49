import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { PROJECT_FILE } from "../lib/project.js";
import type { Runner } from "../lib/run-cli.js";
import { buildProjectDashboard } from "./dashboard.js";

/** The passphrase of the demo's sealed key. The demo's data is fictional; never use a fixed passphrase for real data. */
export const DEMO_PASSPHRASE = "verlicht-demo-fictief";

/** Find the fictional example project: from the current folder upwards, then next to the CLI's own files. */
export function findExampleProject(cwd = process.cwd()): string | undefined {
  const rel = join("examples", "heerlen-noord");
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, rel, PROJECT_FILE))) return join(dir, rel);
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  let here = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(here, rel, PROJECT_FILE))) return join(here, rel);
    here = dirname(here);
  }
  return undefined;
}

/** `verlicht demo [--out <dir>]`. */
export function registerDemo(program: Command, run: Runner): void {
  program
    .command("demo")
    .description("run the whole chain on the fictional Heerlen-Noord project and write the dashboard")
    .option("--out <dir>", "folder for the dashboard", "out/demo")
    .option("--project <dir>", "another project folder instead of the example")
    .option("--open-in <lang>", "language the dashboard opens in (nl | en)", "nl")
    .action(
      run(async (ctx: CliContext, opts: { out: string; project?: string; openIn: string }) => {
        const project = opts.project ?? findExampleProject();
        if (!project) {
          throw new CliError(
            ctx.t(
              "het voorbeeldproject examples/heerlen-noord is niet gevonden",
              "the example project examples/heerlen-noord was not found",
            ),
            {
              fix: ctx.t(
                "start de demo in een kloon van de repository, of geef --project <map>",
                "run the demo inside a clone of the repository, or give --project <dir>",
              ),
            },
          );
        }
        ctx.say(
          ctx.t(
            `VERLICHT-demo op het FICTIEVE project ${project}`,
            `VERLICHT demo on the FICTIONAL project ${project}`,
          ),
        );
        // The demo's own output folder (`out/` in a fresh clone) is made for it; its contents stay protected.
        mkdirSync(dirname(resolve(opts.out)), { recursive: true });
        await buildProjectDashboard(ctx, project, {
          out: opts.out,
          anonymise: true,
          passphrase: DEMO_PASSPHRASE,
          // The demo shows possible leaks as warnings to review; it does not fail on them.
          failOnLeaks: false,
          // A rerun replaces the demo's own earlier output; any other existing folder needs --force.
          replaceOwn: "demo",
          startLang: opts.openIn === "en" ? "en" : "nl",
        });
      }),
    );
}
