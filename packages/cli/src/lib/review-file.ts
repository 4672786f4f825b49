import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { openReview, type Review } from "@verlicht/review";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";

const SQLITE_MAGIC = "SQLite format 3\0";

/**
 * What a file given as a review is: `review` (an SQLite file with a review schema), `missing`, or
 * the reason it is not a review (`empty`, `folder`, `not-sqlite`, `not-a-review`).
 */
export function reviewFileKind(
  path: string,
): "review" | "missing" | "empty" | "folder" | "not-sqlite" | "not-a-review" {
  if (!existsSync(path)) return "missing";
  const stat = statSync(path);
  if (stat.isDirectory()) return "folder";
  if (stat.size === 0) return "empty";
  const header = Buffer.alloc(100);
  const fd = openSync(path, "r");
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString("latin1", 0, 16) !== SQLITE_MAGIC) return "not-sqlite";
  // The SQLite header holds PRAGMA user_version at offset 60; a review file has schema version ≥ 1.
  // A file whose newest pages still sit in its write-ahead log (another process has it open) counts too.
  if (header.readUInt32BE(60) > 0 || existsSync(`${path}-wal`)) return "review";
  return "not-a-review";
}

/**
 * Open a file that must already be a review. Anything else (missing, empty, a text file, an SQLite
 * file of another program) stops with exit 2 naming the file; nothing is created or changed.
 */
export function openReviewFile(ctx: CliContext, path: string): Review {
  const kind = reviewFileKind(path);
  if (kind === "review") {
    try {
      return openReview(path);
    } catch (error) {
      throw new CliError(ctx.t(`${path} kan niet als review worden geopend`, `${path} cannot be opened as a review`), {
        file: path,
        fix: ctx.t(
          `controleer of dit het reviewbestand is (${(error as Error).message})`,
          `check that this is the review file (${(error as Error).message})`,
        ),
        code: "not-a-review",
      });
    }
  }
  if (kind === "missing") {
    throw new CliError(ctx.t(`review niet gevonden: ${path}`, `review not found: ${path}`), {
      file: path,
      fix: ctx.t(`maak hem met \`verlicht review init ${path}\``, `create it with \`verlicht review init ${path}\``),
      code: "not-found",
    });
  }
  const why: Record<typeof kind, string> = {
    empty: ctx.t("het bestand is leeg", "the file is empty"),
    folder: ctx.t("het is een map", "it is a folder"),
    "not-sqlite": ctx.t("het is geen SQLite-bestand", "it is not an SQLite file"),
    "not-a-review": ctx.t("het is een SQLite-bestand zonder review", "it is an SQLite file without a review in it"),
  };
  throw new CliError(ctx.t(`${path} is geen review: ${why[kind]}`, `${path} is not a review: ${why[kind]}`), {
    file: path,
    fix: ctx.t(
      "geef het reviewbestand op, of maak een nieuw met `verlicht review init <bestand>`",
      "give the review file, or create a new one with `verlicht review init <file>`",
    ),
    code: "not-a-review",
  });
}

/** Open a review, run `f`, close it. */
export function withReviewFile<T>(ctx: CliContext, path: string, f: (review: Review) => T): T {
  const review = openReviewFile(ctx, path);
  try {
    return f(review);
  } finally {
    review.close();
  }
}

/** The user's round number of a round id made by the CLI (`round-3` → 3), else the position. */
export function roundNumber(round: { id: string; position: number }): number {
  const m = /^round-(\d+)$/.exec(round.id);
  return m ? Number(m[1]) : round.position;
}
