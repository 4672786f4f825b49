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
export { createRng } from "./lib/create-rng.js";
export {
  errorPrefix,
  InvalidArgumentsError,
  InvalidInputError,
  isVerlichtError,
  NotFoundError,
  UsageError,
  VerlichtError,
} from "./lib/errors.js";
export { escapeMarkup } from "./lib/escape-markup.js";
export { jsonErrorOffset } from "./lib/json-error-offset.js";
export {
  type CatalogMessageInit,
  DEFAULT_LOCALE,
  defineCatalog,
  isLocale,
  LOCALES,
  type Locale,
  type LocaleTable,
  localizeMessage,
  type MessageCatalog,
  type MessageEntry,
  type MessageParams,
  type MessageTemplate,
} from "./lib/locale.js";
export {
  countMessages,
  createMessage,
  formatMessage,
  formatMessages,
  hasErrors,
  type Message,
  type MessageInit,
  messageStart,
  type ParseResult,
  type Severity,
  sortMessages,
} from "./lib/message.js";
export { type CoreRuleId, coreMessages } from "./lib/messages.js";
export { type Location, location, type Point, type Position, toPosition } from "./lib/position.js";
export {
  CSV_DELIMITERS,
  CsvCell,
  type CsvDelimiter,
  type CsvReadOptions,
  type CsvRow,
  type CsvScan,
  type CsvTable,
  detectDelimiter,
  forEachCsvRow,
  readCsv,
} from "./lib/read-csv.js";
export { type ReadNetworkOptions, readNetwork } from "./lib/read-network.js";
export {
  AREA_LEVELS,
  type AreaLevel,
  type Citation,
  CitationSchema,
  type LinkedIndicator,
  LinkedIndicatorSchema,
  MessageSchema,
  type NetworkEdgeAttributes,
  NetworkEdgeAttributesSchema,
  type NetworkNodeAttributes,
  NetworkNodeAttributesSchema,
  OBSERVATION_STATUSES,
  type Observation,
  ObservationSchema,
  type ObservationStatus,
  PointSchema,
  PositionSchema,
  type ReviewEvent,
  ReviewEventSchema,
  SCHEMA_VERSIONS,
  type SerializedNetwork,
  SerializedNetworkSchema,
  SPAN_CATEGORIES,
  type Span,
  type SpanCategory,
  SpanSchema,
  type Support,
  SupportSchema,
  type Valence,
  ValenceSchema,
} from "./lib/schemas.js";
export {
  decodeUid,
  encodeUid,
  type GenerateUidsOptions,
  generateUids,
  isUid,
  SQUID_ALPHABET,
  SQUID_LENGTH,
} from "./lib/squid.js";
export { formatPath, issuesToMessages, type ValidateOptions, validate } from "./lib/validate.js";
export {
  CSV_FORMULA_TRIGGERS,
  type CsvValue,
  type CsvWriteOptions,
  csvCell,
  isFormulaLike,
  writeCsv,
} from "./lib/write-csv.js";
