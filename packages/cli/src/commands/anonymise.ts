import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { type AnonymisationKey, anonymiseCorpus, openKey, type SealedKey, sealKey } from "@verlicht/anonymise";
import type { Span } from "@verlicht/core";
import type { Command } from "commander";
import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { expandInputs, isInside, readTextFile, writeFileAtomic } from "../lib/io.js";
import type { Runner } from "../lib/run-cli.js";

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
  options: { keep: string[]; key?: AnonymisationKey | undefined },
): Promise<{ documents: AnonymisedDocument[]; key: AnonymisationKey }> {
  const result = anonymiseCorpus(documents, {
    keep: options.keep,
    ...(options.key === undefined ? {} : { key: options.key }),
  });
  const docs = result.documents.map((d) => ({ id: d.id, text: d.text, spans: d.spans }));
  return { documents: docs, key: result.key };
}

/** The passphrase of the key: `VERLICHT_PASSPHRASE`, or the first line of `--passphrase-file`. */
function passphrase(ctx: CliContext, file: string | undefined): string {
  const value = file ? (readTextFile(file, ctx.t).split(/\r?\n/)[0] ?? "") : (process.env["VERLICHT_PASSPHRASE"] ?? "");
  if (value.length < 8) {
    throw new CliError(
      ctx.t("geen (of een te korte) wachtzin voor de sleutel", "no (or too short a) passphrase for the key"),
      {
        file,
        fix: ctx.t(
          "zet VERLICHT_PASSPHRASE (minstens 8 tekens) of geef --passphrase-file <bestand>",
          "set VERLICHT_PASSPHRASE (at least 8 characters) or give --passphrase-file <file>",
        ),
      },
    );
  }
  return value;
}

/** `verlicht anonymise`. */
export function registerAnonymise(program: Command, run: Runner): void {
  program
    .command("anonymise")
    .description("pseudonymise transcripts; the sealed re-identification key is kept apart from the output")
    .argument("<files...>", "transcripts (.txt, .rock) or folders")
    .requiredOption("--out <dir>", "folder for the pseudonymised transcripts")
    .requiredOption("--key <file>", "sealed key file (read when it exists, so pseudonyms stay the same; written after)")
    .option("--keep <file>", "terms that must survive, one per line")
    .option("--spans", "also write <name>.spans.json with every replacement (contains personal data!)", false)
    .option("--passphrase-file <file>", "file whose first line is the key's passphrase (default: $VERLICHT_PASSPHRASE)")
    .action(
      run(
        async (
          ctx: CliContext,
          files: string[],
          opts: { out: string; key: string; keep?: string; spans: boolean; passphraseFile?: string },
        ) => {
          if (isInside(opts.key, opts.out)) {
            throw new CliError(
              ctx.t("de sleutel mag niet in de uitvoermap staan", "the key must not be inside the output folder"),
              {
                file: opts.key,
                fix: ctx.t("kies voor --key een pad buiten --out", "choose a --key path outside --out"),
              },
            );
          }
          const inputs = expandInputs(files, [".txt", ".rock", ".vtt"], ctx.t);
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
          const secret = passphrase(ctx, opts.passphraseFile);
          let key: AnonymisationKey | undefined;
          if (existsSync(opts.key)) {
            const sealed = readTextFile(opts.key, ctx.t);
            try {
              key = await openKey(sealedValue(sealed) as SealedKey, secret);
            } catch {
              throw new CliError(ctx.t("kan de sleutel niet openen", "cannot open the key"), {
                file: opts.key,
                fix: ctx.t(
                  "controleer de wachtzin, of kies een nieuw --key-bestand",
                  "check the passphrase, or choose a new --key file",
                ),
              });
            }
          }
          const documents = inputs.map((f) => ({ id: basename(f), text: readTextFile(f, ctx.t) }));
          const keep = readKeepList(ctx, opts.keep);
          const bar = ctx.progress(1, ctx.t("pseudonimiseren", "pseudonymising"));
          const result = await anonymiseDocuments(documents, { keep, key });
          bar.stop();
          for (const doc of result.documents) {
            writeFileAtomic(join(opts.out, doc.id), doc.text);
            if (opts.spans)
              writeFileAtomic(join(opts.out, `${doc.id}.spans.json`), `${JSON.stringify(doc.spans, null, 1)}\n`);
          }
          const sealed = await sealKey(result.key, secret);
          writeFileAtomic(opts.key, JSON.stringify(sealed));
          const counts: Record<string, number> = {};
          for (const d of result.documents) for (const s of d.spans) counts[s.category] = (counts[s.category] ?? 0) + 1;
          ctx.result(
            {
              out: opts.out,
              key: opts.key,
              documents: result.documents.map((d) => ({ id: d.id, spans: d.spans.length })),
              categories: counts,
            },
            ctx.t(
              `${result.documents.length} transcript(en) gepseudonimiseerd → ${opts.out}; sleutel → ${opts.key}\n${Object.entries(
                counts,
              )
                .map(([k, n]) => `  ${k}: ${n}`)
                .join("\n")}`,
              `${result.documents.length} transcript(s) pseudonymised → ${opts.out}; key → ${opts.key}\n${Object.entries(
                counts,
              )
                .map(([k, n]) => `  ${k}: ${n}`)
                .join("\n")}`,
            ),
          );
        },
      ),
    );
}

/** A sealed key file holds either JSON or a plain string. */
function sealedValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.trim();
  }
}
