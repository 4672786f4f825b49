import { isVerlichtError } from "@verlicht/core";
import { Command, CommanderError, Option } from "commander";
import { registerAnonymise } from "../commands/anonymise.js";
import { registerAssumptions } from "../commands/assumptions.js";
import { registerDashboard } from "../commands/dashboard.js";
import { registerDemo } from "../commands/demo.js";
import { registerIndicators } from "../commands/indicators.js";
import { registerNetwork } from "../commands/network.js";
import { registerRegisters } from "../commands/registers.js";
import { registerReview } from "../commands/review.js";
import { registerRock } from "../commands/rock.js";
import { CliError, EXIT_CODES, isCliError } from "./cli-error.js";
import { CliContext, type CliIo, type GlobalOptions, processIo } from "./context.js";
import { defaultLang, type Lang } from "./translate.js";

/** The CLI's version (kept equal to the package version). */
export const CLI_VERSION = "0.1.0";

/** An action of a command: gets the context and commander's arguments. */
export type Action = (ctx: CliContext, ...args: never[]) => void | Promise<void>;

/** Wraps actions so they get a {@link CliContext} built from the global options. */
export type Runner = (action: Action) => (...args: unknown[]) => Promise<void>;

/** Register-function of a command group. */
export type Register = (program: Command, run: Runner) => void;

const GROUPS: Register[] = [
  registerAnonymise,
  registerRock,
  registerNetwork,
  registerIndicators,
  registerAssumptions,
  registerRegisters,
  registerReview,
  registerDashboard,
  registerDemo,
];

/**
 * Build the `verlicht` program (commander). Every command has `--help`; the global options `--lang`,
 * `--json`, `--quiet` and `--no-progress` apply to all.
 *
 * @param io Where to write (default: the process's streams).
 * @param state Receives the context of the command that ran (for the exit code).
 */
export function createProgram(io: CliIo = processIo(), state: { ctx?: CliContext } = {}): Command {
  const lang = defaultLang();
  const program = new Command("verlicht")
    .description(
      lang === "en"
        ? "VERLICHT: from interviews to monitored assumption networks (Heerlen-Noord)"
        : "VERLICHT: van interviews naar gemonitorde netwerken van aannames (Heerlen-Noord)",
    )
    .version(CLI_VERSION, "-V, --version")
    .addOption(new Option("--lang <lang>", "nl | en").choices(["nl", "en"]).default(lang))
    .option("--json", "machine-readable output (JSON on stdout)", false)
    .option("-q, --quiet", "print only errors", false)
    .option("--no-progress", "no progress bars")
    .option("--force", "replace output files and folders that exist already (default: refuse them)", false)
    .option("--no-csv-guard", "write CSV cells starting with = + - @ as they are (default: prefix them with ')")
    .showHelpAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const run: Runner =
    (action) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const g = command.optsWithGlobals() as Partial<GlobalOptions> & { lang?: Lang; csvGuard?: boolean };
      const ctx = new CliContext(io, {
        lang: g.lang === "en" ? "en" : "nl",
        json: Boolean(g.json),
        quiet: Boolean(g.quiet),
        progress: g.progress !== false,
        force: g.force === true,
        csvGuard: g.csvGuard !== false,
      });
      state.ctx = ctx;
      await (action as (ctx: CliContext, ...rest: unknown[]) => Promise<void>)(ctx, ...args);
    };

  for (const register of GROUPS) register(program, run);
  for (const command of program.commands) applyToTree(command, io);
  return program;
}

function applyToTree(command: Command, io: CliIo): void {
  command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError(true);
  for (const sub of command.commands) applyToTree(sub, io);
}

/**
 * Run the `verlicht` command with the given arguments (without `node` and the script) and return the
 * exit code: 0 ok, 1 findings or failures, 2 usage errors or unusable input. User errors are printed with
 * file, line and fix; a stack trace is printed only for internal errors when `VERLICHT_DEBUG=1`.
 *
 * @example
 * ```ts
 * const code = await runCli(["rock", "validate", "coded/int01.rock"]);
 * ```
 */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo = processIo()): Promise<number> {
  const state: { ctx?: CliContext } = {};
  const program = createProgram(io, state);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return state.ctx?.exitCode ?? EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      ) {
        return EXIT_CODES.ok;
      }
      // commander has printed its message (and the help) already.
      return EXIT_CODES.usage;
    }
    const ctx = state.ctx ?? new CliContext(io, { lang: defaultLang(), json: false, quiet: false, progress: false });
    if (isCliError(error)) {
      ctx.error(error);
      return error.exitCode;
    }
    if (isVerlichtError(error)) {
      // A library refused its input: report it as a usage problem, without a stack trace.
      const messages = "messages" in error ? ((error as { messages?: [] }).messages ?? []) : [];
      ctx.error(new CliError(error.message, { messages, code: error.code }));
      return EXIT_CODES.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${ctx.frame("internal-error", { detail: message })}\n  ${ctx.frame("internal-error-note")}\n`);
    if (process.env["VERLICHT_DEBUG"] === "1" && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_CODES.findings;
  }
}
