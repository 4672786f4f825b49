import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { sealKey } from "@verlicht/anonymise";
import type { DashboardDataInput } from "@verlicht/dashboard";
import { findLoops, fromSerializedNetwork } from "@verlicht/qna";
import { anonymiseDocuments, readKeepList } from "../commands/anonymise.js";
import { buildNetworks } from "./build-networks.js";
import { coderAgreement } from "./coder-agreement.js";
import type { CliContext } from "./context.js";
import { runIndicators } from "./indicators-stage.js";
import { expandInputs, readTextFile, writeFileAtomic } from "./io.js";
import { findLeaks, type Leak } from "./leak-check.js";
import { assertNoErrors, loadSources } from "./load-sources.js";
import type { LoadedProject } from "./project.js";
import { runRegisters } from "./registers-stage.js";
import { runReview } from "./review-stage.js";
import { writeOutputFile } from "./write-output.js";

/** Options of {@link runProject}. */
export interface RunProjectOptions {
  /** Folder for the dashboard (index.html). */
  outDir: string;
  /** Folder for intermediate results (pseudonymised transcripts, network, review file); default `<outDir>/../<name>-work`. */
  workDir: string;
  /** Pseudonymise the raw transcripts and check them against the coded sources. */
  anonymise: boolean;
  /** Passphrase for the sealed key (demo: a fixed one, the data is fictional). */
  passphrase?: string | undefined;
  /** Where the sealed key goes (default `<workDir>/../<workDir name>-key.sealed`); it is written before any pseudonymised transcript. */
  keyFile?: string | undefined;
  /** Replace an existing key file (default: the `--force` flag). */
  replaceKey?: boolean | undefined;
}

/** What a project run produced. */
export interface ProjectRun {
  data: DashboardDataInput;
  /** One line per step, for the summary. */
  steps: string[];
  /** Personal data found again in coded sources. */
  leaks: Leak[];
  /** Files written besides the dashboard. */
  files: string[];
}

/**
 * Run a project's whole chain: pseudonymise and check, parse the coded sources, agreement between coders,
 * networks (with group-by), loops, goals and assumptions, the living review; returns the dashboard data.
 */
export async function runProject(
  ctx: CliContext,
  loaded: LoadedProject,
  options: RunProjectOptions,
): Promise<ProjectRun> {
  const { project, path } = loaded;
  const steps: string[] = [];
  const files: string[] = [];
  mkdirSync(options.workDir, { recursive: true });

  // 1. Coded sources (and the codebook).
  const sourceFiles = expandInputs([path(project.sources)], [".rock"], ctx.t);
  const codebook = project.codebook ? [path(project.codebook)] : [];
  const loadedSources = loadSources(ctx, [...sourceFiles, ...codebook]);
  ctx.messages(loadedSources.flatMap((l) => l.messages).filter((m) => m.severity === "error"));
  assertNoErrors(ctx, loadedSources);
  const sources = loadedSources.map((l) => l.source);
  const utterances = sources.reduce((n, s) => n + s.utterances.length, 0);
  steps.push(
    ctx.t(
      `${sourceFiles.length} gecodeerde bronnen gelezen (${utterances} uitspraken)`,
      `${sourceFiles.length} coded sources read (${utterances} utterances)`,
    ),
  );

  // 2. Pseudonymise the raw transcripts and check that nothing they contain leaked into the coded sources.
  let leaks: Leak[] = [];
  let anonymisation: DashboardDataInput["anonymisation"];
  if (options.anonymise && project.transcripts) {
    const inputs = expandInputs([path(project.transcripts)], [".txt"], ctx.t);
    const documents = inputs.map((f) => ({ id: basename(f), text: readTextFile(f, ctx.t) }));
    const keep = readKeepList(ctx, project.keep ? path(project.keep) : undefined);
    const result = await anonymiseDocuments(documents, { keep });
    const anonDir = join(options.workDir, "anonymised");
    // The key first: pseudonymised transcripts without their key could never be reversed.
    if (options.passphrase) {
      const sealed = await sealKey(result.key, options.passphrase);
      const keyFile = options.keyFile ?? join(options.workDir, "..", `${basename(options.workDir)}-key.sealed`);
      writeOutputFile(ctx, keyFile, JSON.stringify(sealed), { force: options.replaceKey ?? ctx.force });
      files.push(keyFile);
    }
    for (const d of result.documents) {
      writeFileAtomic(join(anonDir, d.id), d.text);
      files.push(join(anonDir, d.id));
    }
    const spans = result.documents.flatMap((d) => d.spans);
    leaks = findLeaks(
      spans,
      loadedSources.map((l) => ({ file: l.file, text: l.text })),
    );
    const counts: Record<string, number> = {};
    for (const s of spans) counts[s.category] = (counts[s.category] ?? 0) + 1;
    anonymisation = { documents: documents.length, spans: counts, leaks: leaks.length };
    steps.push(
      ctx.t(
        `${documents.length} transcripten gepseudonimiseerd (${spans.length} vervangingen); ${leaks.length} lek(ken) in de gecodeerde bronnen`,
        `${documents.length} transcripts pseudonymised (${spans.length} replacements); ${leaks.length} leak(s) into the coded sources`,
      ),
    );
  }

  // 3. Agreement between coders.
  const coders = [
    ...new Set(
      sources
        .flatMap((s) => s.utterances.map((u) => u.coderId ?? u.classInstances["coderId"]))
        .filter((x): x is string => Boolean(x)),
    ),
  ].sort();
  let coding: DashboardDataInput["coding"] = { sources: sourceFiles.length, utterances, coders };
  if (coders.length > 1) {
    // Our own table covers plain codes and network codes; rock's mergeCoders (0.1) compares plain codes only.
    const own = coderAgreement(sources);
    const alpha = own?.alpha ?? null;
    const kappa = own?.kappa.map(({ code, kappa: k }) => ({ code, kappa: k })) ?? [];
    coding = { ...coding, alpha, kappa };
    steps.push(
      ctx.t(
        `overeenstemming tussen codeurs ${coders.join(", ")}: Krippendorffs α = ${alpha?.toFixed(2) ?? "–"}`,
        `agreement between coders ${coders.join(", ")}: Krippendorff's α = ${alpha?.toFixed(2) ?? "–"}`,
      ),
    );
  }

  // 4. Networks (primary coder), with group-by, and loops.
  const coder = project.primaryCoder ?? coders[0];
  const built = buildNetworks(sources, { groupBy: project.groupBy, coder });
  writeFileAtomic(join(options.workDir, "network.json"), `${JSON.stringify(built.network)}\n`);
  files.push(join(options.workDir, "network.json"));
  for (const [g, n] of Object.entries(built.groups)) {
    writeFileAtomic(join(options.workDir, `network.${g}.json`), `${JSON.stringify(n)}\n`);
    files.push(join(options.workDir, `network.${g}.json`));
  }
  let loops: DashboardDataInput["loops"];
  const graph = fromSerializedNetwork(built.network).value;
  if (graph) {
    loops = findLoops(graph, { maxLength: 8 }).map((l) => ({
      nodes: l.nodes,
      polarity: l.polarity,
    }));
  }
  steps.push(
    ctx.t(
      `netwerk: ${built.network.nodes.length} constructen, ${built.network.edges.length} verbanden, ${loops?.length ?? 0} terugkoppelingen; per ${project.groupBy ?? "-"}: ${Object.keys(built.groups).join(", ") || "-"}`,
      `network: ${built.network.nodes.length} constructs, ${built.network.edges.length} links, ${loops?.length ?? 0} feedback loops; by ${project.groupBy ?? "-"}: ${Object.keys(built.groups).join(", ") || "-"}`,
    ),
  );

  // 5. Goals, indicators, assumptions, logic models.
  const indicators = runIndicators(ctx, {
    dir: project.indicators ? path(project.indicators) : undefined,
    network: built.network,
    sources,
    area: project.area ?? { code: "HLN-NOORD", name: "Heerlen-Noord" },
    municipality: project.municipality ?? "GM0917",
    reference: project.reference ?? "NL01",
  });
  steps.push(...indicators.notes);

  // 6. The living review.
  let review: DashboardDataInput["review"];
  if (project.review) {
    const r = runReview(ctx, join(options.workDir, "review.sqlite"), {
      rounds: project.review.rounds.map((x) => ({ ...x, file: path(x.file) })),
      screening: project.review.screening ? path(project.review.screening) : undefined,
    });
    r.review.close();
    files.push(join(options.workDir, "review.sqlite"));
    review = { ...(project.review.name ? { name: project.review.name } : {}), rounds: r.rounds };
    const last = r.rounds[r.rounds.length - 1];
    steps.push(
      ctx.t(
        `levende review: ${r.rounds.length} rondes, ${last?.cumulativeIncluded ?? 0} studies ingesloten`,
        `living review: ${r.rounds.length} rounds, ${last?.cumulativeIncluded ?? 0} studies included`,
      ),
    );
  }

  // 7. The activiteitenloket and dataloket (a `registers/` folder beside the project file).
  const registers = runRegisters(
    ctx,
    path("registers"),
    project.indicators ? join(path(project.indicators), "areas.json") : undefined,
  );
  if (registers) steps.push(registers.note);

  const data: DashboardDataInput = {
    title: { nl: `VERLICHT-dashboard: ${project.name}`, en: `VERLICHT dashboard: ${project.name}` },
    fictional: project.fictional ?? false,
    generatedAt: new Date().toISOString().slice(0, 10),
    goals: indicators.goals,
    network: built.network,
    groupComparison: built.comparison,
    ...(loops ? { loops } : {}),
    ...(indicators.assumptions ? { assumptions: indicators.assumptions } : {}),
    ...(indicators.monitoringGaps ? { monitoringGaps: indicators.monitoringGaps } : {}),
    ...(indicators.caveats ? { caveats: indicators.caveats } : {}),
    ...(indicators.logicModels ? { logicModels: indicators.logicModels } : {}),
    ...(review ? { review } : {}),
    coding,
    ...(anonymisation ? { anonymisation } : {}),
    ...(registers ? { registers: registers.registers } : {}),
  };
  return { data, steps, leaks, files };
}
