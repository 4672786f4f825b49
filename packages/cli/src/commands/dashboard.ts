import { resolve } from "node:path";
import { writeDashboard } from "@verlicht/dashboard";
import type { Command } from "commander";
import { EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { loadProject } from "../lib/project.js";
import type { Runner } from "../lib/run-cli.js";
import { runProject } from "../lib/run-project.js";

/** Options shared by `verlicht dashboard` and `verlicht demo`. */
export interface DashboardRunOptions {
  out: string;
  anonymise: boolean;
  passphrase?: string | undefined;
  startLang: "nl" | "en";
  /** Exit 1 when personal data from the raw transcripts is found in the coded sources (default true). */
  failOnLeaks?: boolean | undefined;
}

/**
 * Run a project and write its dashboard; print the steps and where the dashboard is. Returns the exit code
 * contribution: 1 when personal data leaked into the coded sources.
 */
export async function buildProjectDashboard(
  ctx: CliContext,
  projectDir: string,
  options: DashboardRunOptions,
): Promise<void> {
  const started = Date.now();
  const loaded = loadProject(ctx, projectDir);
  const outDir = resolve(options.out);
  const workDir = `${outDir.replace(/[\\/]+$/, "")}-work`;
  const run = await runProject(ctx, loaded, {
    outDir,
    workDir,
    anonymise: options.anonymise,
    passphrase: options.passphrase,
  });
  const written = writeDashboard(run.data, outDir, { lang: options.startLang });
  for (const leak of run.leaks) {
    ctx.warn(
      `${leak.file}:${leak.line}: ${ctx.t("waarschuwing", "warning")} ${ctx.t(`mogelijk lek: wat de pseudonimiseerder in een ruw transcript als ${leak.category} zag, staat ook in deze gecodeerde bron (controleer het)`, `possible leak: what the pseudonymiser took for ${leak.category} in a raw transcript also occurs in this coded source (check it)`)}: "${leak.text}"`,
    );
  }
  if (run.leaks.length && options.failOnLeaks !== false) ctx.fail(EXIT_CODES.findings);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  ctx.result(
    {
      dashboard: written.file,
      bytes: written.bytes,
      renderer: written.renderer,
      steps: run.steps,
      leaks: run.leaks,
      files: run.files,
      seconds: Number(seconds),
    },
    [
      ...run.steps.map((s) => `✓ ${s}`),
      ...(written.renderer === "missing"
        ? [
            `  ${ctx.t("let op", "warning")}: ${written.viewerReason ?? ""}; ${ctx.t("het dashboard toont het netwerk niet (alleen de lijst met verbanden)", "the dashboard does not show the network (only the list of links)")}`,
          ]
        : []),
      "",
      ctx.t(
        `Dashboard geschreven (${seconds} s): ${written.file}`,
        `Dashboard written (${seconds} s): ${written.file}`,
      ),
      ctx.t(`Open het in een browser: file://${written.file}`, `Open it in a browser: file://${written.file}`),
      ctx.t(`Tussenresultaten: ${workDir}`, `Intermediate results: ${workDir}`),
    ].join("\n"),
  );
}

/** `verlicht dashboard <project-dir> --out <dir>`. */
export function registerDashboard(program: Command, run: Runner): void {
  program
    .command("dashboard")
    .description("run a project (verlicht.project.json) and write its offline HTML dashboard")
    .argument("<project-dir>", "folder with verlicht.project.json")
    .option("--out <dir>", "folder for index.html", "out/dashboard")
    .option("--anonymise", "also pseudonymise the raw transcripts and check the coded sources for leaks", false)
    .option("--open-in <lang>", "language the dashboard opens in (nl | en)", "nl")
    .action(
      run(async (ctx: CliContext, dir: string, opts: { out: string; anonymise: boolean; openIn: string }) => {
        await buildProjectDashboard(ctx, dir, {
          out: opts.out,
          anonymise: opts.anonymise,
          passphrase: process.env["VERLICHT_PASSPHRASE"],
          startLang: opts.openIn === "en" ? "en" : "nl",
        });
      }),
    );
}
