// The bodies of Review's longer set-up methods (rounds, record import, stage rules), kept apart so the
// class stays a readable list of what a review can do.
import { InvalidArgumentsError } from "@verlicht/core";
import type { DecisionRule } from "./decide.js";
import { errorText } from "./messages.js";
import type { Review } from "./open-review.js";
import type { ReviewRecord } from "./review-record.js";
import type { Actor, Round, Stage } from "./review-types.js";
import { statement } from "./statement-cache.js";

/** Options of {@link Review.importRecords}. */
export type ImportRecordsOptions = Actor & {
  /** The round the records were found in. */
  round: string;
  /** The file they came from (written into every event). */
  file?: string | undefined;
  /** SHA-256 of that file. */
  hash?: string | undefined;
  /** Called after every 1,000 records. */
  onProgress?: ((done: number) => void) | undefined;
};

/** Options of {@link Review.configureStage}. */
export type ConfigureStageOptions = Actor & {
  rule?: DecisionRule | undefined;
  reasonsRequired?: boolean | undefined;
};

/** See {@link Review.addRound}. @internal */
export function addRound(review: Review, round: Partial<Omit<Round, "position">> & Actor): Round {
  return review.transaction(() => {
    const position = (statement(review.db, "SELECT COUNT(*) AS n FROM rounds").get() as { n: number }).n + 1;
    const id = round.id ?? `round-${position}`;
    if (statement(review.db, "SELECT 1 FROM rounds WHERE id = ?").get(id)) {
      throw new InvalidArgumentsError(errorText("addRound", "round-exists", { id: JSON.stringify(id) }));
    }
    const value: Round = {
      id,
      position,
      label: round.label,
      query: round.query,
      database: round.database,
      interface: round.interface,
      date: round.date,
      kind: round.kind ?? "database",
    };
    review.commit({ type: "round-added", actor: round.as, payload: { ...value }, after: value });
    return value;
  });
}

/** See {@link Review.importRecords}. @internal */
export function importRecords(
  review: Review,
  records: ReadonlyArray<ReviewRecord>,
  options: ImportRecordsOptions,
): number[] {
  review.round(options.round);
  return review.transaction(() => {
    let next = ((statement(review.db, "SELECT MAX(id) AS m FROM records").get() as { m: number | null }).m ?? 0) + 1;
    const ids: number[] = [];
    for (const record of records) {
      const id = next++;
      const line = record.position.start.line;
      review.commit({
        type: "record-imported",
        actor: options.as,
        payload: { id, roundId: options.round, file: options.file, fileHash: options.hash, line, record },
        input: { file: options.file, hash: options.hash, line },
      });
      ids.push(id);
      if (options.onProgress && ids.length % 1000 === 0) options.onProgress(ids.length);
    }
    review.commit({
      type: "file-imported",
      actor: options.as,
      payload: {
        roundId: options.round,
        file: options.file,
        hash: options.hash,
        count: ids.length,
        first: ids[0],
        last: ids.at(-1),
      },
      input: { file: options.file, hash: options.hash },
    });
    return ids;
  });
}

/** See {@link Review.configureStage}. @internal */
export function configureStage(review: Review, id: string, options: ConfigureStageOptions): Stage {
  return review.transaction(() => {
    const existing = review.stages().find((s) => s.id === id);
    const stage: Stage = {
      id,
      position: existing?.position ?? review.stages().length + 1,
      rule: options.rule ?? existing?.rule ?? { kind: "agree", reviewers: 2 },
      reasonsRequired: options.reasonsRequired ?? existing?.reasonsRequired ?? false,
    };
    if (stage.rule.kind !== "single" && !(Number.isInteger(stage.rule.reviewers) && stage.rule.reviewers >= 1)) {
      throw new InvalidArgumentsError(
        errorText("configureStage", "bad-rule-reviewers", { got: String(stage.rule.reviewers) }),
      );
    }
    review.commit({
      type: "stage-configured",
      actor: options.as,
      payload: { ...stage },
      before: existing,
      after: stage,
    });
    return stage;
  });
}
