import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import {
  errorPrefix,
  hasErrors,
  InvalidArgumentsError,
  InvalidInputError,
  type Locale,
  type Message,
} from "@verlicht/core";
import { decodeText } from "./decode-text.js";
import { reviewMessages } from "./messages.js";
import type { Review } from "./open-review.js";
import { parseRecords } from "./parse-records.js";
import type { RecordFormat } from "./review-record.js";

/** Options of {@link importFile}. */
export interface ImportFileOptions {
  /** The search round the file belongs to (must exist: `review.addRound()`). */
  round: string;
  /** Who imports (written into the events; default `import`). */
  as?: string | undefined;
  /** The format; detected when absent. */
  format?: RecordFormat | undefined;
  /** Import again even when the same file (same SHA-256) is already in this round. */
  force?: boolean | undefined;
  /**
   * The database this file was exported from (e.g. `Scopus`). Stored on each record of this import
   * as `searchDatabase`, so PRISMA counts each database from its own imports, also when several
   * databases share a round.
   */
  database?: string | undefined;
  /** The language of the messages (default English). */
  locale?: Locale | undefined;
  /** Called inside the transaction after every 1 000 records. */
  onProgress?: ((done: number) => void) | undefined;
}

/** The result of {@link importFile}. */
export interface ImportFileResult {
  /** Ids of the new records. */
  ids: number[];
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** Parser messages and import notes. */
  messages: Message[];
}

/**
 * Read a search export and add its records to a round, in one transaction: a crash or kill half-way
 * leaves the review as it was. Each record's event carries the file name, its SHA-256 and the record's line.
 *
 * @throws {InvalidArgumentsError} when `round` is missing. @throws {NotFoundError} for an unknown round.
 * @throws {InvalidInputError} when the file is unusable (e.g. a CSV without a title or abstract column); nothing is added.
 */
export function importFile(review: Review, path: string, options: ImportFileOptions): ImportFileResult {
  if (!options?.round)
    throw new InvalidArgumentsError(`${errorPrefix("review", "importFile")}expected options.round (a round id)`);
  review.round(options.round);
  const bytes = readFileSync(path);
  const hash = createHash("sha256").update(bytes).digest("hex");
  const file = basename(path);
  if (!options.force && review.hasFile(options.round, hash)) {
    return {
      ids: [],
      hash,
      messages: [
        reviewMessages.create("file-already-imported", {
          params: { file, round: options.round },
          locale: options.locale,
          file,
        }),
      ],
    };
  }
  const { text } = decodeText(bytes);
  const parsed = parseRecords(text, { format: options.format, locale: options.locale });
  const messages = parsed.messages.map((m) => ({ ...m, file }));
  if (hasErrors(messages)) {
    throw new InvalidInputError(
      `${errorPrefix("review", "importFile")}${file} cannot be imported (${messages
        .filter((m) => m.severity === "error")
        .map((m) => m.ruleId)
        .join(", ")}); nothing was added`,
      messages,
    );
  }
  const database = options.database?.trim();
  const records = database ? parsed.value.map((r) => ({ ...r, searchDatabase: database })) : parsed.value;
  const ids = review.importRecords(records, {
    round: options.round,
    as: options.as ?? "import",
    file,
    hash,
    onProgress: options.onProgress,
  });
  return { ids, hash, messages };
}
