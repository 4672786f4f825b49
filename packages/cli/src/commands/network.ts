import type { SerializedNetwork } from "@verlicht/core";
import {
  findContested,
  findLoops,
  findPaths,
  type QnaNetwork,
  toDagitty,
  toDot,
  toEdgeCsv,
  toGexf,
  toGraphml,
} from "@verlicht/qna";
import type { Command } from "commander";
import { buildNetworks } from "../lib/build-networks.js";
import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { writeFileAtomic } from "../lib/io.js";
import { assertNoErrors, loadSources } from "../lib/load-sources.js";
import { readNetwork } from "../lib/read-network.js";
import type { Runner } from "../lib/run-cli.js";

const EXPORTERS: Record<string, { write: ((g: QnaNetwork) => string) | null; ext: string }> = {
  gexf: { write: toGexf, ext: "gexf" },
  graphml: { write: toGraphml, ext: "graphml" },
  dot: { write: (g) => toDot(g), ext: "dot" },
  dagitty: { write: (g) => toDagitty(g), ext: "txt" },
  csv: { write: toEdgeCsv, ext: "csv" },
  json: { write: null, ext: "json" },
};

/** `verlicht network build|paths|loops|export`. */
export function registerNetwork(program: Command, run: Runner): void {
  const network = program.command("network").description("assumption networks from network codes");

  network
    .command("build")
    .description("build the network of assumptions from coded ROCK sources")
    .argument("<sources...>", "ROCK sources or folders")
    .requiredOption("--out <file>", "network JSON file to write")
    .option("--group-by <attribute>", "also build one network per value of this attribute (e.g. rol)")
    .option("--codebook <file>", "a ROCK source with the ROCK_codebook (labels and kinds)")
    .option("--coder <id>", "use only the codings of this coderId")
    .option("--min-support <n>", "drop links cited fewer than n times", "1")
    .action(
      run(
        async (
          ctx: CliContext,
          sources: string[],
          opts: { out: string; groupBy?: string; codebook?: string; coder?: string; minSupport: string },
        ) => {
          const minSupport = positiveInt(ctx, "--min-support", opts.minSupport);
          const loaded = loadSources(ctx, opts.codebook ? [...sources, opts.codebook] : sources);
          ctx.messages(loaded.flatMap((l) => l.messages).filter((m) => m.severity === "error"));
          assertNoErrors(ctx, loaded);
          const built = buildNetworks(
            loaded.map((l) => l.source),
            { groupBy: opts.groupBy, coder: opts.coder, minSupport },
          );
          writeFileAtomic(opts.out, `${JSON.stringify(built.network, null, 1)}\n`);
          const groups = Object.keys(built.groups);
          for (const g of groups)
            writeFileAtomic(
              opts.out.replace(/(\.json)?$/, `.${g}.json`),
              `${JSON.stringify(built.groups[g], null, 1)}\n`,
            );
          ctx.result(
            {
              out: opts.out,
              nodes: built.network.nodes.length,
              edges: built.network.edges.length,
              groups,
              comparison: built.comparison,
            },
            [
              ctx.t(
                `netwerk: ${built.network.nodes.length} constructen, ${built.network.edges.length} verbanden → ${opts.out}`,
                `network: ${built.network.nodes.length} constructs, ${built.network.edges.length} links → ${opts.out}`,
              ),
              ...groups.map(
                (g) => `  ${opts.groupBy}=${g}: ${built.groups[g]?.edges.length ?? 0} ${ctx.t("verbanden", "links")}`,
              ),
              ...(built.comparison.length
                ? [
                    ctx.t(
                      `${built.comparison.length} verbanden door één groep genoemd`,
                      `${built.comparison.length} links named by one group only`,
                    ),
                  ]
                : []),
            ].join("\n"),
          );
        },
      ),
    );

  network
    .command("paths")
    .description("all simple paths between two constructs, with their net valence")
    .argument("<network>", "network JSON")
    .requiredOption("--from <construct>", "start construct")
    .requiredOption("--to <construct>", "end construct")
    .option("--max-length <n>", "longest path in links", "6")
    .action(
      run(async (ctx: CliContext, file: string, opts: { from: string; to: string; maxLength: string }) => {
        const maxLength = positiveInt(ctx, "--max-length", opts.maxLength);
        const { graph, serialized } = readNetwork(ctx, file);
        for (const node of [opts.from, opts.to]) requireNode(ctx, serialized, file, node);
        const paths = findPaths(graph, opts.from, opts.to, { maxLength });
        const label = labeler(serialized);
        ctx.result(
          paths.map((p) => ({ nodes: p.nodes, valence: p.valence })),
          paths.length
            ? paths.map((p) => `${sign(p.valence)} ${p.nodes.map(label).join(" → ")}`).join("\n")
            : ctx.t("geen pad gevonden", "no path found"),
        );
      }),
    );

  network
    .command("loops")
    .description("every feedback loop once, reinforcing or balancing")
    .argument("<network>", "network JSON")
    .option("--max-length <n>", "longest loop in links", "8")
    .action(
      run(async (ctx: CliContext, file: string, opts: { maxLength: string }) => {
        const maxLength = positiveInt(ctx, "--max-length", opts.maxLength);
        const { graph, serialized } = readNetwork(ctx, file);
        const loops = findLoops(graph, { maxLength });
        const contested = findContested(graph);
        const label = labeler(serialized);
        ctx.result(
          {
            loops: loops.map((l) => ({ nodes: l.nodes, polarity: l.polarity })),
            contested: contested.map((c) => ({ from: c.from, to: c.to })),
          },
          [
            ...loops.map((l) => `${l.polarity}: ${l.nodes.map(label).join(" → ")} → ${label(l.nodes[0] ?? "")}`),
            ...(loops.length ? [] : [ctx.t("geen terugkoppelingen", "no feedback loops")]),
            ...contested.map((c) => `${ctx.t("omstreden", "contested")}: ${label(c.from)} → ${label(c.to)}`),
          ].join("\n"),
        );
      }),
    );

  network
    .command("export")
    .description("export a network as GEXF, GraphML, DOT, DAGitty, edge-list CSV or JSON")
    .argument("<network>", "network JSON")
    .requiredOption("--format <format>", Object.keys(EXPORTERS).join(" | "))
    .option("--out <file>", "file to write (default: stdout)")
    .action(
      run(async (ctx: CliContext, file: string, opts: { format: string; out?: string }) => {
        const spec = EXPORTERS[opts.format];
        if (!spec) {
          throw new CliError(ctx.t(`onbekend formaat: ${opts.format}`, `unknown format: ${opts.format}`), {
            fix: `--format ${Object.keys(EXPORTERS).join(" | ")}`,
          });
        }
        const { graph, serialized } = readNetwork(ctx, file);
        const text = spec.write ? spec.write(graph) : `${JSON.stringify(serialized, null, 1)}\n`;
        if (opts.out) {
          writeFileAtomic(opts.out, text);
          ctx.say(ctx.t(`geschreven: ${opts.out}`, `written: ${opts.out}`));
        } else ctx.raw(text);
      }),
    );
}

/** Parse a positive integer option, or stop with exit 2. */
export function positiveInt(ctx: CliContext, option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new CliError(
      ctx.t(
        `${option} verwacht een geheel getal ≥ 1, niet "${value}"`,
        `${option} expects a whole number ≥ 1, not "${value}"`,
      ),
      {
        fix: `${option} 3`,
      },
    );
  }
  return n;
}

function requireNode(ctx: CliContext, network: SerializedNetwork, file: string, node: string): void {
  if (network.nodes.some((n) => n.key === node)) return;
  const close = network.nodes.map((n) => n.key).filter((k) => k.toLowerCase().includes(node.toLowerCase().slice(0, 4)));
  throw new CliError(
    ctx.t(`construct "${node}" staat niet in het netwerk`, `construct "${node}" is not in the network`),
    {
      file,
      fix: close.length
        ? ctx.t(`bedoelt u: ${close.slice(0, 5).join(", ")}?`, `did you mean: ${close.slice(0, 5).join(", ")}?`)
        : ctx.t(
            "zie de constructen met `verlicht network export --format json`",
            "list the constructs with `verlicht network export --format json`",
          ),
    },
  );
}

function labeler(network: SerializedNetwork): (key: string) => string {
  const labels = new Map(network.nodes.map((n) => [n.key, n.attributes.label]));
  return (key) => labels.get(key) ?? key;
}

function sign(v: number | null): string {
  return v === 1 ? "(+)" : v === -1 ? "(−)" : v === 0 ? "(?)" : "( )";
}
