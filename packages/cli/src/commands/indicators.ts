import type { Command } from "commander";
import type { Runner } from "../lib/run-cli.js";

/** `verlicht indicators import|aggregate|evaluate` (wired to @verlicht/indicators). */
export function registerIndicators(program: Command, _run: Runner): void {
  program.command("indicators").description("observations: import, aggregate areas, evaluate goals");
}
