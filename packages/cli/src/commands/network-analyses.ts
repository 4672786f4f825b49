import {
  betweennessCentrality,
  combineOpposites,
  degreeCentrality,
  detectCommunities,
  filterBySupport,
  focusNetwork,
  pageRank,
  pathRobustness,
  type QnaNetwork,
  topNetwork,
  toSerializedNetwork,
  traceThreads,
  zoomNetwork,
} from "@verlicht/qna";
import type { Command } from "commander";
import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { readNetwork } from "../lib/read-network.js";
import type { Runner } from "../lib/run-cli.js";
import { writeOutputFile } from "../lib/write-output.js";
import { labeler, positiveInt, requireNode } from "./network.js";

/** Write a derived network to `--out` and say what it holds. */
function writeNetwork(ctx: CliContext, out: string, network: QnaNetwork, what: string): void {
  const serialized = toSerializedNetwork(network);
  writeOutputFile(ctx, out, `${JSON.stringify(serialized, null, 1)}\n`);
  ctx.result(
    { out, nodes: serialized.nodes.length, edges: serialized.edges.length },
    ctx.t(
      `${what}: ${serialized.nodes.length} constructen, ${serialized.edges.length} verbanden → ${out}`,
      `${what}: ${serialized.nodes.length} constructs, ${serialized.edges.length} links → ${out}`,
    ),
  );
}

/** A whole number ≥ 0 option. */
function count(ctx: CliContext, option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return value === "0" ? 0 : positiveInt(ctx, option, value);
}

function oneOf<T extends string>(ctx: CliContext, option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(ctx.t(`${option} kent "${value}" niet`, `${option} does not know "${value}"`), {
    fix: `${option} ${allowed.join(" | ")}`,
  });
}

const MEASURES = ["degree", "pagerank", "betweenness"] as const;

/** `verlicht network centrality|communities|zoom|filter|focus|opposites|threads|robustness`. */
export function registerNetworkAnalyses(network: Command, run: Runner): void {
  network
    .command("centrality")
    .description("rank constructs by degree, PageRank or betweenness")
    .argument("<network>", "network JSON")
    .option("--measure <measure>", MEASURES.join(" | "), "degree")
    .option("--top <n>", "show the n highest", "10")
    .action(
      run(async (ctx: CliContext, file: string, opts: { measure: string; top: string }) => {
        const measure = oneOf(ctx, "--measure", opts.measure, MEASURES);
        const top = positiveInt(ctx, "--top", opts.top);
        const { graph, serialized } = readNetwork(ctx, file);
        const scores: Record<string, number> =
          measure === "degree"
            ? Object.fromEntries(Object.entries(degreeCentrality(graph)).map(([k, d]) => [k, d.degree]))
            : measure === "pagerank"
              ? pageRank(graph)
              : betweennessCentrality(graph);
        const ranked = Object.entries(scores)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, top);
        const label = labeler(serialized);
        const digits = measure === "degree" ? 0 : 3;
        ctx.result(
          ranked.map(([node, score]) => ({ node, score })),
          ranked.map(([node, score], i) => `${i + 1}. ${label(node)}  ${score.toFixed(digits)}`).join("\n"),
        );
      }),
    );

  network
    .command("communities")
    .description("clusters of constructs that are linked more among themselves (Louvain, seeded)")
    .argument("<network>", "network JSON")
    .option("--seed <seed>", "seed: the same seed gives the same clusters", "1")
    .option("--resolution <r>", "higher gives more, smaller clusters", "1")
    .action(
      run(async (ctx: CliContext, file: string, opts: { seed: string; resolution: string }) => {
        const resolution = Number(opts.resolution);
        if (!(resolution > 0)) {
          throw new CliError(ctx.t("--resolution moet een getal > 0 zijn", "--resolution must be a number > 0"), {
            fix: "--resolution 1",
          });
        }
        const { graph, serialized } = readNetwork(ctx, file);
        const found = detectCommunities(graph, { seed: opts.seed, resolution });
        const members = new Map<number, string[]>();
        for (const [node, c] of Object.entries(found.communities)) members.set(c, [...(members.get(c) ?? []), node]);
        const label = labeler(serialized);
        const groups = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
        ctx.result(
          { count: found.count, modularity: found.modularity, communities: found.communities },
          [
            ctx.t(
              `${found.count} clusters, modulariteit ${found.modularity.toFixed(3)}`,
              `${found.count} clusters, modularity ${found.modularity.toFixed(3)}`,
            ),
            ...groups.map(([c, nodes]) => `${c}: ${nodes.map(label).sort().join(", ")}`),
          ].join("\n"),
        );
      }),
    );

  network
    .command("zoom")
    .description("zoom out along the code hierarchy: merge constructs into their ancestor at a level")
    .argument("<network>", "network JSON")
    .requiredOption("--level <n>", "levels of each code path to keep")
    .requiredOption("--out <file>", "network JSON file to write")
    .action(
      run(async (ctx: CliContext, file: string, opts: { level: string; out: string }) => {
        const level = positiveInt(ctx, "--level", opts.level);
        const { graph } = readNetwork(ctx, file);
        writeNetwork(ctx, opts.out, zoomNetwork(graph, level), ctx.t("ingezoomd netwerk", "zoomed network"));
      }),
    );

  network
    .command("filter")
    .description("keep links by minimum support and/or the most-mentioned factors and links")
    .argument("<network>", "network JSON")
    .requiredOption("--out <file>", "network JSON file to write")
    .option("--min-sources <n>", "keep links named in at least n sources (documents)")
    .option("--min-cases <n>", "keep links named by at least n cases")
    .option("--min-citations <n>", "keep links named in at least n utterances")
    .option("--top-factors <n>", "keep the n factors with the most sources (ties kept)")
    .option("--top-links <n>", "then keep the n links with the most sources (ties kept)")
    .action(
      run(
        async (
          ctx: CliContext,
          file: string,
          opts: {
            out: string;
            minSources?: string;
            minCases?: string;
            minCitations?: string;
            topFactors?: string;
            topLinks?: string;
          },
        ) => {
          const min = {
            sources: count(ctx, "--min-sources", opts.minSources),
            cases: count(ctx, "--min-cases", opts.minCases),
            citations: count(ctx, "--min-citations", opts.minCitations),
          };
          const factors = count(ctx, "--top-factors", opts.topFactors);
          const links = count(ctx, "--top-links", opts.topLinks);
          const { graph } = readNetwork(ctx, file);
          let out = filterBySupport(graph, Object.fromEntries(Object.entries(min).filter(([, v]) => v !== undefined)));
          if (factors !== undefined || links !== undefined) out = topNetwork(out, { factors, links });
          writeNetwork(ctx, opts.out, out, ctx.t("gefilterd netwerk", "filtered network"));
        },
      ),
    );

  network
    .command("focus")
    .description("the constructs within n links of one construct")
    .argument("<network>", "network JSON")
    .requiredOption("--on <construct>", "the construct to focus on")
    .requiredOption("--out <file>", "network JSON file to write")
    .option("--steps <n>", "how many links away", "1")
    .option("--direction <direction>", "upstream (causes) | downstream (effects) | both", "both")
    .action(
      run(
        async (ctx: CliContext, file: string, opts: { on: string; out: string; steps: string; direction: string }) => {
          const steps = count(ctx, "--steps", opts.steps) ?? 1;
          const direction = oneOf(ctx, "--direction", opts.direction, ["upstream", "downstream", "both"] as const);
          const { graph, serialized } = readNetwork(ctx, file);
          requireNode(ctx, serialized, file, opts.on);
          writeNetwork(ctx, opts.out, focusNetwork(graph, opts.on, { steps, direction }), ctx.t("focus", "focus"));
        },
      ),
    );

  network
    .command("opposites")
    .description("combine opposites (~X, or declared pairs) into one construct, flipping the signs of their links")
    .argument("<network>", "network JSON")
    .requiredOption("--out <file>", "network JSON file to write")
    .option("--pair <factor=opposite...>", "declare an opposite, e.g. employment=unemployment")
    .option("--marker <prefix>", "prefix that marks an opposite in a construct id", "~")
    .action(
      run(async (ctx: CliContext, file: string, opts: { out: string; pair?: string[]; marker: string }) => {
        const pairs = (opts.pair ?? []).map((p) => {
          const [a, b, ...rest] = p.split("=");
          if (!a || !b || rest.length) {
            throw new CliError(
              ctx.t(`--pair verwacht factor=tegendeel, niet "${p}"`, `--pair expects factor=opposite, not "${p}"`),
              {
                fix: "--pair employment=unemployment",
              },
            );
          }
          return [a, b] as const;
        });
        const { graph, serialized } = readNetwork(ctx, file);
        for (const [a, b] of pairs)
          for (const n of [a, b]) if (!graph.hasNode(n) && n !== a) requireNode(ctx, serialized, file, n);
        writeNetwork(
          ctx,
          opts.out,
          combineOpposites(graph, { opposites: pairs, marker: opts.marker || null }),
          ctx.t("netwerk met samengevoegde tegendelen", "network with opposites combined"),
        );
      }),
    );

  network
    .command("threads")
    .description("who states each step of a chain, and whether anyone states the whole chain (transitivity trap)")
    .argument("<network>", "network JSON")
    .requiredOption("--path <a,b,c>", "the chain, construct ids separated by commas")
    .option("--by <holder>", "source | case", "source")
    .action(
      run(async (ctx: CliContext, file: string, opts: { path: string; by: string }) => {
        const by = oneOf(ctx, "--by", opts.by, ["source", "case"] as const);
        const nodes = opts.path
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        if (nodes.length < 2) {
          throw new CliError(
            ctx.t("--path heeft minstens twee constructen nodig", "--path needs at least two constructs"),
            {
              fix: "--path plusWorkers,trustInProfessionals,preschoolAttendance",
            },
          );
        }
        const { graph, serialized } = readNetwork(ctx, file);
        for (const n of nodes) requireNode(ctx, serialized, file, n);
        const trace = traceThreads(graph, nodes, { by });
        const label = labeler(serialized);
        const verdict = trace.continuous.length
          ? ctx.t(
              `doorlopend verteld door: ${trace.continuous.join(", ")}`,
              `stated end to end by: ${trace.continuous.join(", ")}`,
            )
          : trace.stitched
            ? ctx.t(
                "aaneengeregen: elke stap wordt genoemd, maar door niemand de hele keten (transitiviteitsval)",
                "stitched: every step is named, but nobody states the whole chain (transitivity trap)",
              )
            : ctx.t("niet elke stap is gecodeerd", "not every step is coded");
        ctx.result(
          trace,
          [
            ...trace.steps.map(
              (s) =>
                `${label(s.from)} → ${label(s.to)}: ${s.holders.length ? s.holders.join(", ") : ctx.t("(niemand)", "(nobody)")}`,
            ),
            verdict,
          ].join("\n"),
        );
      }),
    );

  network
    .command("robustness")
    .description("how many sources would have to be withdrawn to cut every path from one construct to another")
    .argument("<network>", "network JSON")
    .requiredOption("--from <construct>", "start construct")
    .requiredOption("--to <construct>", "end construct")
    .option("--by <holder>", "source | case", "source")
    .action(
      run(async (ctx: CliContext, file: string, opts: { from: string; to: string; by: string }) => {
        const by = oneOf(ctx, "--by", opts.by, ["source", "case"] as const);
        const { graph, serialized } = readNetwork(ctx, file);
        for (const n of [opts.from, opts.to]) requireNode(ctx, serialized, file, n);
        if (opts.from === opts.to) {
          throw new CliError(ctx.t("--from en --to zijn gelijk", "--from and --to are the same"), {
            fix: ctx.t("kies twee verschillende constructen", "choose two different constructs"),
          });
        }
        const r = pathRobustness(graph, opts.from, opts.to, { by });
        const label = labeler(serialized);
        const lines = r.connected
          ? [
              ctx.t(`minimale snede (max-flow): ${r.flow}`, `minimum cut (max-flow): ${r.flow}`),
              `  ${ctx.t("snede", "cut")}: ${r.cut.map(([a, b]) => `${label(a)} → ${label(b)}`).join("; ")}`,
              r.exact
                ? ctx.t(
                    `exact: ${r.exact.holders} bron(nen) terugtrekken knipt elk pad (${r.exact.removed.join(", ")})`,
                    `exact: withdrawing ${r.exact.holders} source(s) cuts every path (${r.exact.removed.join(", ")})`,
                  )
                : ctx.t("exact: te veel bronnen om exact te zoeken", "exact: too many sources for an exact search"),
            ]
          : [ctx.t("geen pad: er is niets om te knippen", "no path: there is nothing to cut")];
        ctx.result(r, lines.join("\n"));
      }),
    );
}
