import type { Command } from "commander";
import type { Runner } from "../lib/run-cli.js";

/** `verlicht assumptions assess` (wired to @verlicht/indicators). */
export function registerAssumptions(program: Command, _run: Runner): void {
  program.command("assumptions").description("which assumptions the indicator data can test");
}
