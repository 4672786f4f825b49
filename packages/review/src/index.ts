/** Package version. */
export const version = "0.1.0";
// The agreement statistics live in @verlicht/core (one implementation, used by rock too); re-exported here.
export {
  type AgreementResult,
  type AgreementUndefinedReason,
  type AlphaLevel,
  type AlphaValue,
  cohensKappa,
  DEFAULT_KRIPPENDORFF_ALPHA_OPTIONS,
  DEFAULT_PABAK_OPTIONS,
  DEFAULT_POSITIVE_AGREEMENT_OPTIONS,
  type KrippendorffAlphaOptions,
  krippendorffAlpha,
  observedAgreement,
  type PabakOptions,
  type PositiveAgreementOptions,
  pabak,
  positiveAgreement,
  type Rating,
} from "@verlicht/core";
export {
  type AgreementByStageAndRoundOptions,
  type AgreementVote,
  agreementByStageAndRound,
  DEFAULT_AGREEMENT_BY_STAGE_AND_ROUND_OPTIONS,
  type StageRoundAgreement,
} from "./lib/agreement/agreement-by-stage-and-round.js";
export { type Decision, type DecisionRule, type DecisionStatus, VOTE_VALUES, type VoteValue } from "./lib/decide.js";
export { type DecodedText, decodeText } from "./lib/decode-text.js";
export { normaliseDoi } from "./lib/dedup-keys.js";
export { detectFormat } from "./lib/detect-format.js";
export { type CslItem, type CsvExportOptions, exportCslJson, exportCsv, exportRis } from "./lib/export-records.js";
export {
  type AsreviewCsvOptions,
  exportAsreviewCsv,
  exportReviewCsv,
  type IncludedStudy,
  includedStudies,
} from "./lib/export-review.js";
export {
  DEFAULT_FIND_DUPLICATES_OPTIONS,
  type DuplicateMatches,
  type DuplicatePair,
  type FindDuplicatesOptions,
  findDuplicates,
  matchDuplicates,
} from "./lib/find-duplicates.js";
export { type ImportFileOptions, type ImportFileResult, importFile } from "./lib/import-file.js";
export { reviewMessages } from "./lib/messages.js";
export { Review } from "./lib/open-review.js";
export { DEFAULT_PARSE_RECORDS_OPTIONS, type ParseRecordsOptions, parseRecords } from "./lib/parse-records.js";
export {
  createPrioritiser,
  DEFAULT_PRIORITISER_OPTIONS,
  type Prioritiser,
  type PrioritiserOptions,
  type Ranking,
  type RankOptions,
  type ResolvedPrioritiserOptions,
  rank,
  resolvePrioritiserOptions,
  type ScreeningLabel,
} from "./lib/prioritise/create-prioritiser.js";
export type { LogisticSettings, NaiveBayesSettings } from "./lib/prioritise/models.js";
export { type ScreeningMetrics, screeningMetrics } from "./lib/prioritise/screening-metrics.js";
export {
  DEFAULT_SIMULATE_OPTIONS,
  type SimulateOptions,
  type SimulationResult,
  simulate,
} from "./lib/prioritise/simulate.js";
export type { SvmSettings } from "./lib/prioritise/svm-model.js";
export type { ScreeningText, VectoriseOptions } from "./lib/prioritise/vectorise.js";
export { type PrismaCounts, type PrismaReport, prismaCounts } from "./lib/prisma-counts.js";
export { prismaCsv } from "./lib/prisma-csv.js";
export { type PrismaSvgOptions, prismaSvg } from "./lib/prisma-svg.js";
export { type RawTag, RECORD_FORMATS, type RecordFormat, type ReviewRecord } from "./lib/review-record.js";
export { RawTagSchema, ReviewRecordSchema } from "./lib/review-record-schema.js";
export type { ConfigureStageOptions, ImportRecordsOptions } from "./lib/review-setup.js";
export {
  type Actor,
  DEFAULT_STAGES,
  type InputProvenance,
  type ReviewerRole,
  type Round,
  type RoundKind,
  type Stage,
  type StoredRecord,
  type Vote,
} from "./lib/review-types.js";
export {
  allVotes,
  conflicts,
  decision,
  linkReport,
  markRetrieval,
  removeRecord,
  resolveConflict,
  retractVote,
  type SessionVoteInit,
  saveExtraction,
  studyOf,
  type VoteInit,
  vote,
  votes,
} from "./lib/screening.js";
export type { ChainProblem } from "./lib/store/chain.js";
export type {
  ReviewDatabase,
  SqlRow,
  SqlRunResult,
  SqlStatement,
  SqlValue,
} from "./lib/store/database.js";
export {
  BrokenLogError,
  type ReviewIntegrity,
  type ReviewVerification,
  verifyReview,
} from "./lib/store/integrity.js";
export { DEFAULT_OPEN_REVIEW_OPTIONS, type OpenReviewOptions, openReview } from "./lib/store/open.js";
export type { ReviewReader } from "./lib/store/reader.js";
export { ReviewerSession } from "./lib/store/session.js";
