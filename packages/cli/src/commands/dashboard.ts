import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeDashboard } from "@verlicht/dashboard";
import type { Command } from "commander";
import { EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { readTextFile, writeFileAtomic } from "../lib/io.js";
import { loadProject } from "../lib/project.js";
import type { Runner } from "../lib/run-cli.js";
import { runProject } from "../lib/run-project.js";
import { beginOutputFolder, checkOutputFile, checkOutputFolder, type OutputFolder } from "../lib/write-output.js";

/** Options shared by `verlicht dashboard` and `verlicht demo`. */
export interface DashboardRunOptions {
  out: string;
  anonymise: boolean;
  passphrase?: string | undefined;
  startLang: "nl" | "en";
  /** Exit 1 when personal data from the raw transcripts is found in the coded sources (default true). */
  failOnLeaks?: boolean | undefined;
  /**
   * Replace the output of an earlier run of this same command without `--force` (the demo): folders that
   * hold {@link OUTPUT_MARKER} with this value. Any other existing folder is still refused.
   */
  replaceOwn?: string | undefined;
}

/** A file the dashboard command leaves in its folders, saying which command made them. */
export const OUTPUT_MARKER = ".verlicht-output";

/** Did this command (`kind`) make the folder (or is there none)? */
function ownOutput(dir: string, kind: string): boolean {
  if (!existsSync(dir)) return true;
  try {
    return readTextFile(join(dir, OUTPUT_MARKER), (nl) => nl).trim() === kind;
  } catch {
    return false;
  }
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
  const keyFile = `${workDir}-key.sealed`;
  const own = options.replaceOwn;
  const force = ctx.force || (own !== undefined && ownOutput(outDir, own) && ownOutput(workDir, own));
  // Refuse existing output before the (long) run; then write both folders as a whole at the end.
  checkOutputFolder(ctx, outDir, { force });
  checkOutputFolder(ctx, workDir, { force });
  if (options.anonymise && options.passphrase) checkOutputFile(ctx, keyFile, { force });
  const folders: OutputFolder[] = [];
  const out = beginOutputFolder(ctx, outDir, { force });
  folders.push(out);
  let run: Awaited<ReturnType<typeof runProject>>;
  let written: ReturnType<typeof writeDashboard>;
  try {
    const work = beginOutputFolder(ctx, workDir, { force });
    folders.push(work);
    run = await runProject(ctx, loaded, {
      outDir: out.tmp,
      workDir: work.tmp,
      keyFile,
      replaceKey: force,
      anonymise: options.anonymise,
      passphrase: options.passphrase,
    });
    written = writeDashboard(run.data, out.tmp, { lang: options.startLang });
    if (own !== undefined) for (const f of folders) writeFileAtomic(join(f.tmp, OUTPUT_MARKER), `${own}\n`);
    run = { ...run, files: run.files.map((f) => work.userPath(f)) };
    written = { ...written, file: out.userPath(written.file) };
    for (const f of folders) f.commit();
  } catch (error) {
    for (const f of folders) f.discard();
    throw error;
  }
  for (const leak of run.leaks) {
    ctx.warn(
      `${leak.file}:${leak.line}: ${ctx.frame("frame-warning")} ${ctx.t(`mogelijk lek: wat de pseudonimiseerder in een ruw transcript als ${leak.category} zag, staat ook in deze gecodeerde bron (controleer het)`, `possible leak: what the pseudonymiser took for ${leak.category} in a raw transcript also occurs in this coded source (check it)`)}: "${leak.text}"`,
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
