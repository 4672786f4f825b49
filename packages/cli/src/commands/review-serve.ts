import type { Command } from "commander";
import { CliError } from "../lib/cli-error.js";
import type { CliContext } from "../lib/context.js";
import { openReviewFile } from "../lib/review-file.js";
import { hasStoreIdentity, Identities } from "../lib/review-serve/identity.js";
import { startScreeningServer } from "../lib/review-serve/server.js";
import type { Runner } from "../lib/run-cli.js";

const list = (v: string | undefined) =>
  (v ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/** `verlicht review token` and `verlicht review serve`: sign-in tokens and the local screening app. */
export function registerReviewServe(review: Command, run: Runner): void {
  review
    .command("token")
    .description("issue a reviewer's sign-in token for the screening app (a new token replaces the old one)")
    .argument("<review>", "review file")
    .argument("<name>", "the reviewer's name")
    .option("--role <role>", "screener | resolver | owner (the lead)", "screener")
    .action(
      run(async (ctx: CliContext, file: string, name: string, opts: { role: string }) => {
        if (!["screener", "resolver", "owner"].includes(opts.role))
          throw new CliError(ctx.t(`onbekende rol "${opts.role}"`, `unknown role "${opts.role}"`), {
            fix: "--role screener | resolver | owner",
          });
        if (!name.trim())
          throw new CliError(ctx.t("lege naam", "empty name"), { fix: "verlicht review token r.sqlite anna" });
        const r = openReviewFile(ctx, file);
        try {
          if (!hasStoreIdentity(r))
            throw new CliError(
              ctx.t(
                "deze versie bewaart geen tokens; geef namen aan `review serve`",
                "this build keeps no tokens; give names to `review serve`",
              ),
            );
          const token = new Identities(r).issue(name.trim(), opts.role as "screener", "verlicht-cli");
          ctx.result(
            { reviewer: name.trim(), role: opts.role, token },
            ctx.t(
              `token voor ${name.trim()} (geef het alleen aan die persoon): ${token}`,
              `token for ${name.trim()} (give it to that person only): ${token}`,
            ),
          );
        } finally {
          r.close();
        }
      }),
    );

  review
    .command("serve")
    .description("the screening app in your browser, on 127.0.0.1 only; reviewers sign in with their token")
    .argument("<review>", "review file")
    .option("--lead <name>", "issue a new lead token for this name now (sees and resolves conflicts)")
    .option("--reviewer <names>", "issue new tokens for these reviewers now, comma-separated", "")
    .option("--include <terms>", "words that point to inclusion (highlighted green), comma-separated")
    .option("--exclude <terms>", "words that point to exclusion (highlighted red), comma-separated")
    .option("--port <n>", "port (default: any free port)", "0")
    .action(
      run(
        async (
          ctx: CliContext,
          file: string,
          opts: { lead?: string; reviewer: string; include?: string; exclude?: string; port: string },
        ) => {
          if (!/^\d+$/.test(opts.port))
            throw new CliError(ctx.t("--port verwacht een getal", "--port expects a number"), { fix: "--port 8080" });
          const r = openReviewFile(ctx, file);
          const identities = new Identities(r);
          const tokens: Record<string, string> = {};
          if (opts.lead) tokens[opts.lead] = identities.issue(opts.lead, "owner", opts.lead);
          for (const name of list(opts.reviewer))
            if (name !== opts.lead) tokens[name] = identities.issue(name, "screener", opts.lead ?? "verlicht-cli");
          const app = await startScreeningServer(r, identities, {
            port: Number(opts.port),
            includeTerms: list(opts.include),
            excludeTerms: list(opts.exclude),
            lang: ctx.lang,
          });
          ctx.result(
            { url: app.url, tokens },
            [
              ctx.t(
                `screenen op ${app.url} (alleen deze computer; Ctrl-C stopt)`,
                `screening at ${app.url} (this computer only; Ctrl-C stops)`,
              ),
              ...Object.entries(tokens).map(([name, token]) => `  ${name}: ${token}`),
              ctx.t("geef elke reviewer alleen zijn eigen token", "give each reviewer only their own token"),
            ].join("\n"),
          );
          await new Promise<void>((resolve) => {
            const stop = () => {
              app.close().then(() => {
                r.close();
                resolve();
              });
            };
            process.once("SIGINT", stop);
            process.once("SIGTERM", stop);
          });
        },
      ),
    );
}
