import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Message } from "@verlicht/core";
import {
  type CodeTreeNode,
  makeRockProjectConfig,
  parseSources,
  ROCK_PROJECT_FILE,
  type RockAttributes,
  type RockSource,
  readCodebook,
  readQdc,
  readQdpx,
  readRockProject,
  readRockProjectZip,
  rockCodebookText,
  writeQdc,
  writeQdpx,
  writeRockProject,
} from "@verlicht/rock";
import type { Command } from "commander";
import { CliError, EXIT_CODES } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { readTextFile, writeFileAtomic } from "../lib/io.js";
import { assertNoErrors, type LoadedSource, loadCorpus } from "../lib/load-sources.js";
import type { Runner } from "../lib/run-cli.js";
import { needOut, writeOutput } from "./rock-output.js";

/** Every file under a folder by `/`-separated relative path, as bytes (dot files left out). */
function readTree(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith(".")) continue;
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path).split("\\").join("/")] = new Uint8Array(readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

const isProjectDir = (p: string) =>
  existsSync(p) && statSync(p).isDirectory() && existsSync(join(p, ROCK_PROJECT_FILE));

/** Sources from a `.ROCKproject`, a project folder, or plain files and folders. */
function readInputs(
  ctx: CliContext,
  inputs: string[],
): { sources: RockSource[]; attributes: RockAttributes[]; deductive: CodeTreeNode[] } {
  const one = inputs.length === 1 ? inputs[0]! : undefined;
  if (one !== undefined && (one.toLowerCase().endsWith(".rockproject") || isProjectDir(one))) {
    if (!existsSync(one))
      throw new CliError(ctx.t(`bestand niet gevonden: ${one}`, `file not found: ${one}`), { file: one });
    const r = one.toLowerCase().endsWith(".rockproject")
      ? readRockProjectZip(new Uint8Array(readFileSync(one)), { locale: ctx.lang })
      : readRockProject(readTree(one), { locale: ctx.lang });
    report(ctx, r.messages, one);
    return {
      sources: r.value.sources.sources,
      attributes: r.value.sources.attributes,
      deductive: r.value.sources.codeTrees.deductive,
    };
  }
  const corpus = loadCorpus(ctx, inputs);
  assertNoErrors(ctx, corpus.loaded as LoadedSource[]);
  return { sources: corpus.sources, attributes: corpus.attributes, deductive: corpus.deductive };
}

/** Print messages; errors stop with exit 2, warnings make the exit code 1. */
function report(ctx: CliContext, messages: Message[], file: string): void {
  const errors = messages.filter((m) => m.severity === "error");
  ctx.messages(
    messages.filter((m) => m.severity !== "error"),
    file,
  );
  if (messages.some((m) => m.severity === "warning")) ctx.fail(EXIT_CODES.findings);
  if (errors.length > 0) {
    throw new CliError(ctx.t(`${errors.length} fout(en) in ${file}`, `${errors.length} error(s) in ${file}`), {
      file,
      messages: errors,
      fix: ctx.t("herstel de genoemde punten", "fix the points named"),
    });
  }
}

/** Write files into a new folder as a whole: into a temporary folder first, then renamed into place. */
function writeFolder(ctx: CliContext, dir: string, files: Record<string, string>, force: boolean): void {
  if (existsSync(dir) && readdirSync(dir).length > 0 && !force) {
    throw new CliError(ctx.t(`map bestaat al en is niet leeg: ${dir}`, `folder exists and is not empty: ${dir}`), {
      file: dir,
      fix: ctx.t("kies een nieuwe map of geef --force", "choose a new folder or pass --force"),
      code: "exists",
    });
  }
  const tmp = join(dirname(resolve(dir)), `.${basename(dir)}.${process.pid}.${Date.now()}.tmp`);
  try {
    for (const [name, text] of Object.entries(files)) writeFileAtomic(join(tmp, name), text);
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dirname(resolve(dir)), { recursive: true });
    renameSync(tmp, dir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** A file name for a source id (folders flattened, other characters `_`). */
function fileName(sourceId: string): string {
  const base = sourceId
    .replace(/\.(rock|dct|ya?ml|txt)$/i, "")
    .replace(/[\\/]/g, "--")
    .replace(/[^A-Za-z0-9._-]/g, "_");
  return `${base || "source"}.rock`;
}

/** `verlicht rock project|export-project|export-qdpx|import-qdpx|export-qdc|import-qdc`. */
export function registerRockExchange(rock: Command, run: Runner): void {
  rock
    .command("project")
    .description("read a ROCK project (a folder with _ROCKproject.yml or a .ROCKproject ZIP) and check it")
    .argument("<project>", "project folder or .ROCKproject file")
    .action(
      run(async (ctx: CliContext, project: string) => {
        const r = project.toLowerCase().endsWith(".rockproject")
          ? readRockProjectZip(new Uint8Array(readFileSync(project)), { locale: ctx.lang })
          : readRockProject(readTree(project), { locale: ctx.lang });
        report(ctx, r.messages, project);
        const info = r.value.config?._ROCKproject.project;
        const utterances = r.value.sources.sources.reduce((n, s) => n + s.utterances.length, 0);
        ctx.result(
          { title: info?.title, sourceFiles: r.value.sourceFiles, utterances, config: r.value.config },
          `${info?.title ?? "?"}: ${r.value.sourceFiles.length} ${ctx.t("bronnen", "sources")}, ${utterances} ${ctx.t("uitspraken", "utterances")}`,
        );
      }),
    );

  rock
    .command("export-project")
    .description(
      "write a folder as a .ROCKproject ZIP (rock's export_ROCKproject); a folder without _ROCKproject.yml needs --title",
    )
    .argument("<folder>", "the project folder")
    .option("--title <title>", "title for a new _ROCKproject.yml (when the folder has none)")
    .option("--out <file>", "the .ROCKproject file to write")
    .option("--force", "replace an existing --out file", false)
    .action(
      run(async (ctx: CliContext, folder: string, opts: { title?: string; out?: string; force: boolean }) => {
        const out = needOut(ctx, opts.out, `verlicht rock export-project ${folder} --out project.ROCKproject`);
        const files = readTree(folder);
        let config = undefined as ReturnType<typeof makeRockProjectConfig> | undefined;
        if (files[ROCK_PROJECT_FILE]) {
          const r = readRockProject(files, { locale: ctx.lang });
          report(ctx, r.messages, join(folder, ROCK_PROJECT_FILE));
          config = r.value.config;
        } else if (opts.title) config = makeRockProjectConfig({ title: opts.title });
        if (!config) {
          throw new CliError(ctx.t(`geen ${ROCK_PROJECT_FILE} in ${folder}`, `no ${ROCK_PROJECT_FILE} in ${folder}`), {
            file: folder,
            fix: "--title <titel>",
          });
        }
        delete files[ROCK_PROJECT_FILE];
        writeOutput(ctx, out, writeRockProject({ config, files }), opts.force);
      }),
    );

  rock
    .command("export-qdpx")
    .description("export sources or a ROCK project to REFI-QDA (.qdpx) for ATLAS.ti, NVivo, MAXQDA, QualCoder")
    .argument("<inputs...>", "ROCK sources, folders, a project folder or a .ROCKproject file")
    .option("--name <name>", "project name", "VERLICHT project")
    .option("--out <file>", "the .qdpx file to write")
    .option("--force", "replace an existing --out file", false)
    .action(
      run(async (ctx: CliContext, inputs: string[], opts: { name: string; out?: string; force: boolean }) => {
        const out = needOut(ctx, opts.out, `verlicht rock export-qdpx ${inputs.join(" ")} --out project.qdpx`);
        const input = readInputs(ctx, inputs);
        writeOutput(ctx, out, writeQdpx(input, { name: opts.name }), opts.force);
      }),
    );

  rock
    .command("import-qdpx")
    .description(
      "import a REFI-QDA project (.qdpx) as ROCK sources: one .rock file per source and coder, plus codebook.rock",
    )
    .argument("<file>", "the .qdpx file")
    .option("--out <folder>", "new folder for the ROCK sources")
    .option("--force", "replace an existing, non-empty folder", false)
    .action(
      run(async (ctx: CliContext, file: string, opts: { out?: string; force: boolean }) => {
        const out = needOut(ctx, opts.out, `verlicht rock import-qdpx ${file} --out imported/`);
        if (!existsSync(file))
          throw new CliError(ctx.t(`bestand niet gevonden: ${file}`, `file not found: ${file}`), { file });
        const r = readQdpx(new Uint8Array(readFileSync(file)), { locale: ctx.lang });
        report(ctx, r.messages, file);
        const files: Record<string, string> = {};
        for (const s of [...r.value.sources, ...(r.value.codebook ? [r.value.codebook] : [])]) {
          let name = fileName(s.sourceId);
          for (let i = 2; files[name] !== undefined; i++) name = fileName(`${s.sourceId}-${i}`);
          files[name] = s.text;
        }
        if (Object.keys(files).length === 0) {
          throw new CliError(
            ctx.t(
              `geen tekstbronnen in ${file}; er is niets geschreven`,
              `no text sources in ${file}; nothing was written`,
            ),
            { file },
          );
        }
        // What was read is checked as ROCK before anything is written.
        const check = parseSources(
          Object.entries(files).map(([sourceId, text]) => ({ sourceId, text })),
          { locale: ctx.lang },
        );
        ctx.messages(check.messages.filter((m) => m.severity !== "info"));
        writeFolder(ctx, out, files, opts.force);
        ctx.result(
          { out, files: Object.keys(files) },
          ctx.t(`${Object.keys(files).length} bestanden → ${out}`, `${Object.keys(files).length} files → ${out}`),
        );
      }),
    );

  rock
    .command("export-qdc")
    .description("export a codebook (ROCK_codebook, codes, dct or a source with them) as a REFI-QDA codebook (.qdc)")
    .argument("<files...>", "codebook files")
    .option("--out <file>", "the .qdc file to write (default: stdout)")
    .option("--force", "replace an existing --out file", false)
    .action(
      run(async (ctx: CliContext, files: string[], opts: { out?: string; force: boolean }) => {
        const trees: CodeTreeNode[] = [];
        for (const f of files) {
          const r = readCodebook(readTextFile(f, ctx.t), { file: f, locale: ctx.lang });
          report(ctx, r.messages, f);
          trees.push(...r.value.trees);
        }
        if (trees.length === 0)
          throw new CliError(
            ctx.t("geen codes gevonden; er is niets geschreven", "no codes found; nothing was written"),
          );
        writeOutput(ctx, opts.out, writeQdc(trees), opts.force);
      }),
    );

  rock
    .command("import-qdc")
    .description("import a REFI-QDA codebook (.qdc) as a ROCK_codebook source")
    .argument("<file>", "the .qdc file")
    .option("--out <file>", "the codebook source to write (default: stdout)")
    .option("--force", "replace an existing --out file", false)
    .action(
      run(async (ctx: CliContext, file: string, opts: { out?: string; force: boolean }) => {
        const r = readQdc(readTextFile(file, ctx.t), { file, locale: ctx.lang });
        report(ctx, r.messages, file);
        writeOutput(ctx, opts.out, rockCodebookText(r.value.codes), opts.force);
      }),
    );
}
