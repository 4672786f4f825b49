import type { Locale, Message, SerializedNetwork } from "@verlicht/core";
import {
  findContested,
  findLoops,
  findPaths,
  identifyDocuments,
  type QnaNetwork,
  toDagitty,
  toDot,
  toEdgeCsv,
  toGexf,
  toGraphml,
} from "@verlicht/qna";
import type { Command } from "commander";
import { buildNetworks } from "../lib/build-networks.js";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { assertNoErrors, loadSources } from "../lib/load-sources.js";
import { readNetwork } from "../lib/read-network.js";
import type { Runner } from "../lib/run-cli.js";
import { writeOutputFile, writeOutputFiles } from "../lib/write-output.js";
import { registerNetworkAnalyses } from "./network-analyses.js";

type ExportOptions = { breakCycles?: boolean; lang: Locale; csvGuard: boolean };
type Exported = { value: string | null; messages: Message[] };
const plain = (write: (g: QnaNetwork) => string) => (g: QnaNetwork) => ({ value: write(g), messages: [] });

const EXPORTERS: Record<string, { write: ((g: QnaNetwork, o: ExportOptions) => Exported) | null; ext: string }> = {
  gexf: { write: plain(toGexf), ext: "gexf" },
  graphml: { write: plain(toGraphml), ext: "graphml" },
  dot: { write: plain((g) => toDot(g)), ext: "dot" },
  dagitty: {
    write: (g, o) => toDagitty(g, { onCycle: o.breakCycles ? "break" : "refuse", locale: o.lang }),
    ext: "txt",
  },
  csv: { write: (g, o) => ({ value: toEdgeCsv(g, { guard: o.csvGuard }), messages: [] }), ext: "csv" },
  json: { write: null, ext: "json" },
};

const EVIDENCE = ["distinct-utterances", "per-file", "per-coding"] as const;

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
    .option(
      "--evidence <reading>",
      "how coders' copies count: distinct-utterances (one utterance is one piece of evidence) | per-file | per-coding",
      "distinct-utterances",
    )
    .action(
      run(
        async (
          ctx: CliContext,
          sources: string[],
          opts: {
            out: string;
            groupBy?: string;
            codebook?: string;
            coder?: string;
            minSupport: string;
            evidence: string;
          },
        ) => {
          const minSupport = positiveInt(ctx, "--min-support", opts.minSupport);
          const evidence = EVIDENCE.find((e) => e === opts.evidence);
          if (!evidence) {
            throw new CliError(
              ctx.t(`--evidence kent "${opts.evidence}" niet`, `--evidence does not know "${opts.evidence}"`),
              {
                fix: `--evidence ${EVIDENCE.join(" | ")}`,
              },
            );
          }
          const loaded = loadSources(ctx, opts.codebook ? [...sources, opts.codebook] : sources);
          ctx.messages(loaded.flatMap((l) => l.messages).filter((m) => m.severity === "error"));
          assertNoErrors(ctx, loaded);
          const built = buildNetworks(
            loaded.map((l) => l.source),
            { groupBy: opts.groupBy, coder: opts.coder, minSupport, evidence },
          );
          if (built.network.edges.length === 0) {
            throw new CliError(
              ctx.t(
                `geen netwerkcodes gevonden in ${loaded.length} bron(nen): er is geen netwerk om te schrijven`,
                `no network codes found in ${loaded.length} source(s): there is no network to write`,
              ),
              {
                file: sources[0],
                fix: ctx.t(
                  "codeer verbanden als [[oorzaak->gevolg||causal_pos]], of controleer --coder en --min-support",
                  "code relations as [[cause->effect||causal_pos]], or check --coder and --min-support",
                ),
              },
            );
          }
          const copies =
            evidence === "distinct-utterances" ? identifyDocuments(loaded.map((l) => l.source)).copies : new Map();
          const agreement = coderAgreement(built.network);
          const groups = Object.keys(built.groups);
          // The network and its group networks are written together: all of them, or none.
          writeOutputFiles(ctx, [
            { path: opts.out, content: `${JSON.stringify(built.network, null, 1)}\n` },
            ...groups.map((g) => ({
              path: opts.out.replace(/(\.json)?$/, `.${g}.json`),
              content: `${JSON.stringify(built.groups[g], null, 1)}\n`,
            })),
          ]);
          ctx.result(
            {
              out: opts.out,
              nodes: built.network.nodes.length,
              edges: built.network.edges.length,
              groups,
              comparison: built.comparison,
              evidence,
              copies: Object.fromEntries(copies),
              coders: agreement,
            },
            [
              ctx.t(
                `netwerk: ${built.network.nodes.length} constructen, ${built.network.edges.length} verbanden → ${opts.out}`,
                `network: ${built.network.nodes.length} constructs, ${built.network.edges.length} links → ${opts.out}`,
              ),
              ...(copies.size
                ? [
                    ctx.t(
                      `${loaded.length} bestanden zijn ${loaded.length - [...copies.values()].reduce((n, c) => n + c.length - 1, 0)} documenten: kopieën van één transcript (codeurs) tellen als één bron`,
                      `${loaded.length} files are ${loaded.length - [...copies.values()].reduce((n, c) => n + c.length - 1, 0)} documents: copies of one transcript (coders) count as one source`,
                    ),
                  ]
                : []),
              ...(agreement.max > 1
                ? [
                    ctx.t(
                      `codeurs: ${agreement.all} verbanden gecodeerd door elk van de ${agreement.max} codeurs, ${built.network.edges.length - agreement.all} door minder (--coder kiest één codeur)`,
                      `coders: ${agreement.all} links coded by each of the ${agreement.max} coders, ${built.network.edges.length - agreement.all} by fewer (--coder picks one coder)`,
                    ),
                  ]
                : []),
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
        const types = (p: { edges: string[] }) =>
          p.edges
            .map((e) => graph.getEdgeAttribute(e, "type"))
            .filter((_t, i) => graph.getEdgeAttribute(p.edges[i]!, "valence") === null);
        const explain = (p: { edges: string[]; valence: number | null }) =>
          p.valence === null
            ? `  ${ctx.t(`(geen teken: niet-causaal verband ${[...new Set(types(p))].join(", ")} op het pad)`, `(no sign: non-causal link ${[...new Set(types(p))].join(", ")} on the path)`)}`
            : p.valence === 0
              ? `  ${ctx.t("(teken onbekend: een verband met onbekend teken op het pad)", "(sign unknown: a link of unknown sign on the path)")}`
              : "";
        ctx.result(
          paths.map((p) => ({ nodes: p.nodes, edges: p.edges, valence: p.valence })),
          paths.length
            ? paths.map((p) => `${sign(p.valence)} ${p.nodes.map(label).join(" → ")}${explain(p)}`).join("\n")
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
    .option("--break-cycles", "dagitty: leave out the links that close feedback loops (listed) instead of refusing")
    .action(
      run(async (ctx: CliContext, file: string, opts: { format: string; out?: string; breakCycles?: boolean }) => {
        const spec = EXPORTERS[opts.format];
        if (!spec) {
          throw new CliError(ctx.t(`onbekend formaat: ${opts.format}`, `unknown format: ${opts.format}`), {
            fix: `--format ${Object.keys(EXPORTERS).join(" | ")}`,
          });
        }
        const { graph, serialized } = readNetwork(ctx, file);
        const written = spec.write
          ? spec.write(graph, { breakCycles: opts.breakCycles, lang: ctx.lang, csvGuard: ctx.csvGuard })
          : { value: `${JSON.stringify(serialized, null, 1)}\n`, messages: [] };
        ctx.messages(written.messages, file);
        if (written.messages.length) ctx.fail(written.value === null ? EXIT_CODES.usage : EXIT_CODES.findings);
        const text = written.value;
        if (text === null) return;
        if (opts.out) {
          writeOutputFile(ctx, opts.out, text);
          ctx.say(ctx.t(`geschreven: ${opts.out}`, `written: ${opts.out}`));
        } else ctx.raw(text);
      }),
    );

  registerNetworkAnalyses(network, run);
}

/** How many coders coded each link: the most coders seen on one link, and how many links all of them coded. */
function coderAgreement(network: SerializedNetwork): { max: number; all: number } {
  const counts = network.edges.map((e) => (typeof e.attributes["coders"] === "number" ? e.attributes["coders"] : 1));
  const max = Math.max(0, ...counts);
  return { max, all: counts.filter((c) => c === max).length };
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

/** Stop with exit 2 when `node` is not a construct of the network, suggesting the closest ids and labels. */
export function requireNode(ctx: CliContext, network: SerializedNetwork, file: string, node: string): void {
  if (network.nodes.some((n) => n.key === node)) return;
  const close = suggestConstructs(network, node);
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

/** Edit distance (Levenshtein) between two short strings, case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length]!;
}

/**
 * The construct ids closest to a mistyped one: by edit distance to the id or the label (within a third of
 * the length), or containing it; best first, at most five.
 */
export function suggestConstructs(network: SerializedNetwork, typed: string): string[] {
  const scored = network.nodes.map((n) => {
    const label = String(n.attributes.label ?? n.key);
    const d = Math.min(distance(typed, n.key), distance(typed, label));
    const contains =
      n.key.toLowerCase().includes(typed.toLowerCase()) || label.toLowerCase().includes(typed.toLowerCase());
    return { key: n.key, d: contains ? 0 : d };
  });
  const limit = Math.max(2, Math.ceil(typed.length / 3));
  return scored
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || (a.key < b.key ? -1 : 1))
    .slice(0, 5)
    .map((s) => s.key);
}

/** The label of each construct key of a network (the key itself when it has none). */
export function labeler(network: SerializedNetwork): (key: string) => string {
  const labels = new Map(network.nodes.map((n) => [n.key, n.attributes.label]));
  return (key) => labels.get(key) ?? key;
}

function sign(v: number | null): string {
  return v === 1 ? "(+)" : v === -1 ? "(−)" : v === 0 ? "(?)" : "( )";
}
