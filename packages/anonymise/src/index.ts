export { type AnonymiseOptions, type AnonymiseResult, anonymise, DEFAULT_OPTIONS } from "./lib/anonymise.js";
export {
  type AnonymiseCorpusOptions,
  type AnonymiseCorpusResult,
  anonymiseCorpus,
  type CorpusDocument,
  type ReviewDecision,
} from "./lib/anonymise-corpus.js";
export {
  type Anonymiser,
  type CreateAnonymiserOptions,
  createAnonymiser,
  DEFAULT_DETECT_OPTIONS,
  type Detection,
  type DetectOptions,
} from "./lib/create-anonymiser.js";
export { DEFAULT_RECOGNISERS } from "./lib/default-recognisers.js";
export { detectLanguage } from "./lib/detect-language.js";
export {
  type EvaluationDocument,
  type EvaluationReport,
  type EvaluationSpan,
  evaluateAnonymisation,
  type Scores,
} from "./lib/evaluate-anonymisation.js";
export { type AnonymisationKey, AnonymisationKeySchema, createKey } from "./lib/key.js";
export { type AnonymiseRuleId, anonymiseMessages } from "./lib/messages.js";
export { type ReplacementMode, TAGS } from "./lib/replace-spans.js";
export { type ReviewDocument, type ReviewItem, reviewQueue } from "./lib/review-queue.js";
export {
  openKey,
  PBKDF2_ITERATION_RANGE,
  PBKDF2_ITERATIONS,
  type SealedKey,
  SealedKeySchema,
  sealKey,
} from "./lib/seal-key.js";
export type { DetectedSpan, Recogniser, RecogniserContext } from "./lib/types.js";
export { isValidBsn, isValidIban, plateSidecode } from "./lib/validators.js";
