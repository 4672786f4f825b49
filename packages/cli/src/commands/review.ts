import type { Command } from "commander";
import type { Runner } from "../lib/run-cli.js";

/** `verlicht review …` (wired to @verlicht/review). */
export function registerReview(program: Command, _run: Runner): void {
  program.command("review").description("living systematic reviews");
}
