/** Package version. */
export const version = "0.1.0";
export {
  type AgreementByStageAndRoundOptions,
  type AgreementVote,
  agreementByStageAndRound,
  DEFAULT_AGREEMENT_BY_STAGE_AND_ROUND_OPTIONS,
  type StageRoundAgreement,
} from "./lib/agreement/agreement-by-stage-and-round.js";
export type { AgreementResult, AgreementUndefinedReason } from "./lib/agreement/agreement-result.js";
export { cohensKappa } from "./lib/agreement/cohens-kappa.js";
export type { Rating } from "./lib/agreement/cross-table.js";
export {
  type AlphaLevel,
  type AlphaValue,
  DEFAULT_KRIPPENDORFF_ALPHA_OPTIONS,
  type KrippendorffAlphaOptions,
  krippendorffAlpha,
} from "./lib/agreement/krippendorff-alpha.js";
export { observedAgreement } from "./lib/agreement/observed-agreement.js";
export { DEFAULT_PABAK_OPTIONS, type PabakOptions, pabak } from "./lib/agreement/pabak.js";
export {
  DEFAULT_POSITIVE_AGREEMENT_OPTIONS,
  type PositiveAgreementOptions,
  positiveAgreement,
} from "./lib/agreement/positive-agreement.js";
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
export type { ScreeningText, VectoriseOptions } from "./lib/prioritise/vectorise.js";
