import { mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type AnonymisationKey, anonymiseCorpus, type ReviewDecision } from "@verlicht/anonymise";
import type { Span } from "@verlicht/core";
import type { Command } from "commander";
import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { isInside, readTextFile } from "../lib/io.js";
import type { Runner } from "../lib/run-cli.js";
import { checkOutputFolder, writeOutputFiles, writeOutputFolder } from "../lib/write-output.js";
import { passphrase, readKey, transcriptInputs, writeKeyFirst } from "./anonymise-files.js";
import { registerAnonymiseReview } from "./anonymise-review.js";

/** One pseudonymised document as the CLI uses it. */
export interface AnonymisedDocument {
  id: string;
  text: string;
  spans: Span[];
}

/** Read the keep-list: one term per line, `#` comments and blank lines ignored. */
export function readKeepList(ctx: CliContext, file: string | undefined): string[] {
  if (!file) return [];
  return readTextFile(file, ctx.t)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/**
 * Pseudonymise documents with `@verlicht/anonymise`'s `anonymiseCorpus` (consistent pseudonyms across all of
 * them), normalising the result to `{id, text, spans}` per document and the key.
 */
export async function anonymiseDocuments(
  documents: Array<{ id: string; text: string }>,
  options: {
    keep: string[];
    key?: AnonymisationKey | undefined;
    language?: "nl" | "en" | "auto" | undefined;
    decisions?: ReviewDecision[] | undefined;
  },
): Promise<{ documents: AnonymisedDocument[]; key: AnonymisationKey }> {
  const result = anonymiseCorpus(documents, {
    keep: options.keep,
    language: options.language ?? "auto",
    ...(options.key === undefined ? {} : { key: options.key }),
    ...(options.decisions === undefined ? {} : { decisions: options.decisions }),
  });
  const docs = result.documents.map((d) => ({ id: d.id, text: d.text, spans: d.spans }));
  return { documents: docs, key: result.key };
}

/** Check `--language`. */
export function languageOption(ctx: CliContext, value: string | undefined): "nl" | "en" | "auto" {
  const v = value ?? "auto";
  if (v === "nl" || v === "en" || v === "auto") return v;
  throw new CliError(ctx.t(`onbekende taal "${v}"`, `unknown language "${v}"`), {
    fix: ctx.t("gebruik --language nl, en of auto", "use --language nl, en or auto"),
  });
}

/** Where span files (with the real text) go: beside the key, never in the folder for sharing. */
export function spansFolder(key: string): string {
  return join(dirname(resolve(key)), `${basename(key).replace(/\.[^.]+$/, "")}.spans`);
}

interface AnonymiseOptions {
  out: string;
  key: string;
  keep?: string;
  spans: boolean;
  passphraseFile?: string;
  language?: string;
  force: boolean;
}

/** `verlicht anonymise`, `verlicht anonymise review`, `verlicht anonymise reidentify`. */
export function registerAnonymise(program: Command, run: Runner): void {
  const command = program
    .command("anonymise")
    .description("pseudonymise transcripts; the sealed re-identification key is kept apart from the output")
    .argument("<files...>", "transcripts (.txt, .rock, .vtt) or folders (keep lists and word lists are skipped)")
    .enablePositionalOptions()
    .option("--out <dir>", "folder for the pseudonymised transcripts (the folder you share; required)")
    .option("--key <file>", "sealed key file (read when it exists; written first, before any output; required)")
    .option("--keep <file>", "terms that must survive, one per line (stored in the key for later runs)")
    .option("--language <nl|en|auto>", "language of the transcripts; auto guesses per transcript", "auto")
    .option("--spans", "also write <name>.spans.json with every replacement, beside the key (real text!)", false)
    .option("--force", "replace pseudonymised transcripts that already exist in --out", false)
    .option("--passphrase-file <file>", "file whose first line is the key's passphrase (default: $VERLICHT_PASSPHRASE)")
    .action(
      run(async (ctx: CliContext, files: string[], opts: AnonymiseOptions) => anonymiseCommand(ctx, files, opts)),
    );
  registerAnonymiseReview(command, run);
}

async function anonymiseCommand(ctx: CliContext, files: string[], opts: AnonymiseOptions): Promise<void> {
  // --out and --key are checked here, not by commander, so that the subcommands can have their own --key
  for (const [name, value] of [
    ["--out", opts.out],
    ["--key", opts.key],
  ] as const) {
    if (!value) {
      throw new CliError(ctx.t(`optie ${name} ontbreekt`, `option ${name} is missing`), {
        fix: ctx.t(
          "verlicht anonymise <bestanden> --out <map> --key <bestand>",
          "verlicht anonymise <files> --out <dir> --key <file>",
        ),
      });
    }
  }
  if (isInside(opts.key, opts.out)) {
    throw new CliError(
      ctx.t("de sleutel mag niet in de uitvoermap staan", "the key must not be inside the output folder"),
      {
        file: opts.key,
        fix: ctx.t("kies voor --key een pad buiten --out", "choose a --key path outside --out"),
      },
    );
  }
  const language = languageOption(ctx, opts.language);
  const inputs = transcriptInputs(ctx, files, opts.keep);
  if (inputs.length === 0) {
    throw new CliError(ctx.t("geen transcripten gevonden", "no transcripts found"), {
      fix: ctx.t("geef .txt-, .rock- of .vtt-bestanden of een map", "give .txt, .rock or .vtt files or a folder"),
    });
  }
  for (const input of inputs) {
    if (isInside(input, opts.out)) {
      throw new CliError(
        ctx.t("een invoerbestand staat in de uitvoermap", "an input file is inside the output folder"),
        {
          file: input,
          fix: ctx.t("kies een andere --out", "choose another --out"),
        },
      );
    }
  }
  // `--force` of this command or the global one; refused before any work, and the folder is written as a whole.
  const force = opts.force || ctx.force;
  checkOutputFolder(ctx, opts.out, { force });
  const secret = passphrase(ctx, opts.passphraseFile);
  const key = await readKey(ctx, opts.key, secret);
  const documents = inputs.map((f) => ({ id: basename(f), text: readTextFile(f, ctx.t) }));
  const keep = readKeepList(ctx, opts.keep);
  const bar = ctx.progress(1, ctx.t("pseudonimiseren", "pseudonymising"));
  const result = await anonymiseDocuments(documents, { keep, key, language });
  bar.stop();
  // The key first (fsynced): a failure here leaves every output unwritten.
  await writeKeyFirst(ctx, opts.key, result.key, secret);
  writeOutputFolder(
    ctx,
    opts.out,
    result.documents.map((doc) => ({ path: doc.id, content: doc.text })),
    { force },
  );
  const spansDir = spansFolder(opts.key);
  if (opts.spans) {
    // Span files hold the real text: they live with the key and are renewed with it on every run.
    mkdirSync(spansDir, { recursive: true });
    writeOutputFiles(
      ctx,
      result.documents.map((doc) => ({
        path: join(spansDir, `${doc.id}.spans.json`),
        content: `${JSON.stringify(doc.spans, null, 1)}\n`,
      })),
      { force: true },
    );
  }
  const counts: Record<string, number> = {};
  for (const d of result.documents) for (const s of d.spans) counts[s.category] = (counts[s.category] ?? 0) + 1;
  const lines = Object.entries(counts)
    .map(([k, n]) => `  ${k}: ${n}`)
    .join("\n");
  ctx.result(
    {
      out: opts.out,
      key: opts.key,
      spans: opts.spans ? spansDir : null,
      documents: result.documents.map((d) => ({ id: d.id, spans: d.spans.length })),
      categories: counts,
    },
    ctx.t(
      `${result.documents.length} transcript(en) gepseudonimiseerd → ${opts.out}; sleutel → ${opts.key}\n${lines}`,
      `${result.documents.length} transcript(s) pseudonymised → ${opts.out}; key → ${opts.key}\n${lines}`,
    ),
  );
}
