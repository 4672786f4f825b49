import { basename } from "node:path";
import { type ReviewDecision, type ReviewItem, reviewQueue } from "@verlicht/anonymise";
import type { Command } from "commander";
import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { readTextFile } from "../lib/io.js";
import type { Runner } from "../lib/run-cli.js";
import { writeOutputFile } from "../lib/write-output.js";
import { anonymiseDocuments, languageOption } from "./anonymise.js";
import { passphrase, readKey, transcriptInputs, writeKeyFirst } from "./anonymise-files.js";

/**
 * Read a decisions file: one decision a line, `replace <text>` (or `reject`: it is personal data) or `keep <text>`
 * (or `accept`: leave it); `#` comments and blank lines are ignored. A bad line is a {@link CliError} with its line.
 */
export function readDecisions(ctx: CliContext, file: string): ReviewDecision[] {
  const out: ReviewDecision[] = [];
  readTextFile(file, ctx.t)
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith("#")) return;
      const m = /^(replace|reject|keep|accept)\s+(.+)$/i.exec(line);
      if (!m) {
        throw new CliError(ctx.t("onbekende beslissing", "unknown decision"), {
          file,
          line: i + 1,
          fix: ctx.t(
            "schrijf per regel `replace <tekst>` of `keep <tekst>`",
            "write `replace <text>` or `keep <text>` on each line",
          ),
        });
      }
      const verb = m[1]!.toLowerCase();
      out.push({ text: m[2]!.trim(), action: verb === "replace" || verb === "reject" ? "replace" : "keep" });
    });
  return out;
}

/** Format one queue item as `file:line:column: kind "text"  context`. */
export function formatReviewItem(item: ReviewItem): string {
  return `${item.file}:${item.line}:${item.column}: ${item.kind} "${item.text}"  | ${item.context.trim()}`;
}

/**
 * The subcommands share option names with `anonymise`, which commander may give to the parent (global options are
 * not positional): take each option from the subcommand, else from the parent, and require `--key`.
 */
function withParent<T extends { key: string }>(ctx: CliContext, parent: Command, own: Partial<T>): T {
  const merged = { ...parent.opts(), ...Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)) };
  if (!merged["key"]) {
    throw new CliError(ctx.t("optie --key ontbreekt", "option --key is missing"), {
      fix: ctx.t("geef --key <bestand> met de sleutel van het corpus", "give --key <file> with the corpus key"),
    });
  }
  return merged as T;
}

interface ReviewOptions {
  key: string;
  keep?: string;
  language?: string;
  decisions?: string;
  queue?: string;
  passphraseFile?: string;
}

/** `verlicht anonymise review` and `verlicht anonymise reidentify`, registered under `anonymise`. */
export function registerAnonymiseReview(anonymise: Command, run: Runner): void {
  anonymise
    .command("review")
    .description("list what a human should check; with --decisions, store accept/reject decisions in the key")
    .argument("<files...>", "the original transcripts or their folder")
    .option("--key <file>", "the sealed key of the corpus (required)")
    .option("--keep <file>", "extra terms that must survive")
    .option("--language <nl|en|auto>", "language of the transcripts", "auto")
    .option("--decisions <file>", "decisions to store in the key: lines `replace <text>` or `keep <text>`")
    .option("--queue <file>", "also write the queue as JSON (it quotes the real text: keep it with the key)")
    .option("--passphrase-file <file>", "file whose first line is the key's passphrase (default: $VERLICHT_PASSPHRASE)")
    .action(
      run(async (ctx: CliContext, files: string[], own: ReviewOptions) => {
        const opts = withParent<ReviewOptions>(ctx, anonymise, own);
        const secret = passphrase(ctx, opts.passphraseFile);
        const key = await readKey(ctx, opts.key, secret);
        if (!key) {
          throw new CliError(ctx.t("de sleutel bestaat niet", "the key does not exist"), {
            file: opts.key,
            fix: ctx.t("draai eerst `verlicht anonymise`", "run `verlicht anonymise` first"),
          });
        }
        const language = languageOption(ctx, opts.language);
        const inputs = transcriptInputs(ctx, files, opts.keep);
        const documents = inputs.map((f) => ({ id: basename(f), text: readTextFile(f, ctx.t) }));
        const keep = opts.keep
          ? readTextFile(opts.keep, ctx.t)
              .split(/\r?\n/)
              .map((l) => l.trim())
              .filter(Boolean)
          : [];
        const decisions = opts.decisions ? readDecisions(ctx, opts.decisions) : [];
        const result = await anonymiseDocuments(documents, { keep, key, language, decisions });
        if (decisions.length > 0) await writeKeyFirst(ctx, opts.key, result.key, secret);
        const queue = reviewQueue(
          result.documents.map((d, i) => ({ id: d.id, text: documents[i]!.text, spans: d.spans })),
          { keep: result.key.keep ?? [] },
        );
        if (opts.queue) writeOutputFile(ctx, opts.queue, `${JSON.stringify(queue, null, 1)}\n`);
        ctx.result(
          { items: queue, decisionsStored: decisions.length },
          [
            ...queue.map(formatReviewItem),
            ctx.t(
              `${queue.length} punt(en) om na te kijken; ${decisions.length} beslissing(en) opgeslagen in de sleutel` +
                (decisions.length > 0 ? "; draai `verlicht anonymise --force` opnieuw om ze toe te passen" : ""),
              `${queue.length} item(s) to check; ${decisions.length} decision(s) stored in the key` +
                (decisions.length > 0 ? "; rerun `verlicht anonymise --force` to apply them" : ""),
            ),
          ].join("\n"),
        );
      }),
    );

  anonymise
    .command("reidentify")
    .description("show the real text behind a person's pseudonym (needs the key's passphrase)")
    .argument("<pseudonym...>", "the pseudonym as it stands in the output, e.g. Merle Huisman")
    .option("--key <file>", "the sealed key of the corpus (required)")
    .option("--passphrase-file <file>", "file whose first line is the key's passphrase (default: $VERLICHT_PASSPHRASE)")
    .action(
      run(async (ctx: CliContext, words: string[], own: { key: string; passphraseFile?: string }) => {
        const opts = withParent<{ key: string; passphraseFile?: string }>(ctx, anonymise, own);
        const secret = passphrase(ctx, opts.passphraseFile);
        const key = await readKey(ctx, opts.key, secret);
        if (!key) throw new CliError(ctx.t("de sleutel bestaat niet", "the key does not exist"), { file: opts.key });
        const wanted = new Set(words.join(" ").toLowerCase().split(/\s+/).filter(Boolean));
        // One person: every pseudonym form that shares a word with the query, and the real forms behind them.
        const forms: Array<{ pseudonym: string; real: string[] }> = [];
        for (const [pseudonym, real] of Object.entries(key.people ?? {})) {
          const ws = pseudonym.toLowerCase().split(/[\s-]+/);
          if (ws.some((w) => wanted.has(w))) forms.push({ pseudonym, real });
        }
        if (forms.length === 0) {
          throw new CliError(ctx.t("deze naam staat niet in de sleutel", "this name is not in the key"), {
            file: opts.key,
            fix: ctx.t(
              "schrijf het pseudoniem zoals het in de uitvoer staat",
              "write the pseudonym as it stands in the output",
            ),
          });
        }
        const real = [...new Set(forms.flatMap((f) => f.real))];
        ctx.result(
          { pseudonym: words.join(" "), forms, real },
          `${words.join(" ")} → ${real.join(", ")}\n${forms.map((f) => `  ${f.pseudonym} = ${f.real.join(" / ")}`).join("\n")}`,
        );
      }),
    );
}
