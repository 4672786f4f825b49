import type { Command } from "commander";
import type { CliContext } from "../lib/context.js";
import { assessAssumptions, readLinks, readObservations, requireAreas } from "../lib/indicators-api.js";
import { readNetwork } from "../lib/read-network.js";
import type { Runner } from "../lib/run-cli.js";

/** `verlicht assumptions assess`. */
export function registerAssumptions(program: Command, run: Runner): void {
  const assumptions = program.command("assumptions").description("which assumptions the indicator data can test");
  assumptions
    .command("assess")
    .description("per link of the network: testable / partly / untestable, and whether the data moved as assumed")
    .argument("<network>", "network JSON (verlicht network build)")
    .requiredOption("--links <file>", "construct → indicator links (CSV or YAML)")
    .requiredOption("--observations <file>", "observations (tidy CSV)")
    .requiredOption("--area <code>", "area code (e.g. HLN-NOORD)")
    .option("--reference <code>", "reference area code (its change is subtracted)")
    .action(
      run(
        async (
          ctx: CliContext,
          file: string,
          opts: { links: string; observations: string; area: string; reference?: string },
        ) => {
          const { serialized } = readNetwork(ctx, file);
          const links = readLinks(ctx, opts.links);
          const observations = readObservations(ctx, opts.observations);
          requireAreas(ctx, observations, [opts.area, ...(opts.reference ? [opts.reference] : [])], opts.observations);
          const result = assessAssumptions(serialized, links, observations, {
            area: opts.area,
            ...(opts.reference ? { reference: opts.reference } : {}),
          });
          const lines = result.edges.map(
            (e) => `${e.testability.padEnd(10)} ${e.source} → ${e.target}${e.verdict ? `: ${e.verdict}` : ""}`,
          );
          if (result.monitoringGaps.length)
            lines.push(
              ctx.t("monitoringgaten:", "monitoring gaps:"),
              ...result.monitoringGaps.map((g) => `  ${g.construct}`),
            );
          lines.push(...result.caveats.map((c) => `* ${c.text}`));
          ctx.result(result, lines.join("\n"));
        },
      ),
    );
}
