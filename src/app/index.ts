// The use cases the CLI and the server share. Adapters import from here, not from the files.
export { documentIdOf, detectLanguage, normalizeText } from './document-text.ts';
export { formatByteSize, parseByteSize } from './file-content.ts';
export { expandInputs, type ExpandedInputs } from './expand-inputs.ts';
export {
  buildBundle,
  ingest,
  parseOverrides,
  summarizeIngest,
  type DocumentOverrides,
  type Extractor,
  type IngestFileResult,
  type IngestOptions,
  type IngestReport,
} from './ingest.ts';
export {
  DEFAULT_MAX_BYTES,
  readDocument,
  SUPPORTED_EXTENSIONS,
  type DocumentContent,
  type ReadDocumentOptions,
} from './read-document.ts';
export { bulkIngest, defaultWorkerCount, type BulkIngestOptions } from './bulk-ingest.ts';
export {
  createRandom,
  syntheticArticle,
  syntheticBundle,
  type SyntheticArticle,
  type SyntheticArticleOptions,
} from './synthetic.ts';
export {
  enqueue,
  runWorker,
  type EnqueueReport,
  type JobResult,
  type WorkerOptions,
  type WorkerReport,
} from './job-queue.ts';
export { seedWorkspace, type SeedOptions, type SeedReport } from './synthetic-seed.ts';
export { describeWorkspace, type WorkspaceOverview } from './workspace-overview.ts';
export {
  CSV_COLUMNS,
  EXPORT_FORMAT,
  EXPORT_FORMATS,
  EXPORT_VERSION,
  exportWorkspace,
  importJsonl,
  parseExportLine,
  readLines,
  type ExportFormat,
  type ExportLine,
  type ImportReport,
} from './transfer.ts';
export { migrateWorkspace, type MigrationReport } from './migrate-workspace.ts';
export { parseAssignment, parseFieldEdits } from './claim-edits.ts';
export {
  describeClaim,
  findClaims,
  quoteContext,
  requireClaim,
  reviewClaim,
  type ClaimDetail,
  type QuoteContext,
  type ReviewClaimOptions,
  type ReviewCommand,
} from './review.ts';
export {
  QUEUE_HELP,
  queueTally,
  startQueue,
  stepQueue,
  type QueueEffect,
  type QueueItem,
  type QueueState,
} from './review-queue.ts';
export {
  applyReviews,
  checkReviews,
  exportReviews,
  formatReviews,
  parseReviews,
  readReviews,
  rekeyReviews,
  ReviewDecision,
  summarizeApply,
  type ApplyOutcome,
  type ApplyReviewsOptions,
  type ApplyReviewsReport,
  type NumberedDecision,
  type ReviewsCheck,
} from './reviews-transfer.ts';
export {
  BUNDLED_FACTS,
  BUNDLED_REVIEWER,
  BUNDLED_REVIEWS,
  setUpBundledLedger,
  type BundledLedgerReport,
} from './bundled-ledger.ts';
export {
  importReferenceFacts,
  parseReferenceFacts,
  ReferenceFact,
  referenceBundle,
  type ReferenceImportReport,
} from './reference-facts.ts';
export {
  claimStatusCounts,
  explainWorkspaceIndicator,
  flowView,
  indicatorView,
  ledgerInputs,
  readScenario,
  workspaceAssumptions,
  workspaceFlows,
  workspaceIndicators,
  type IndicatorRunOptions,
} from './ledger.ts';
export {
  compareFlowClaims,
  flowClaimPage,
  flowSummary,
  FLOW_CLAIMS_DEFAULT,
  FLOW_CLAIMS_MAX,
  listFlows,
  listIndicatorResults,
  workspaceFlowsJson,
  workspaceFlowSummaries,
  workspaceIndicatorsJson,
  type FlowClaimEntry,
  type FlowSummary,
} from './ledger-api.ts';
export {
  CLAIM_COUNT_CAP,
  CLAIM_SORTS,
  decodeClaimCursor,
  encodeClaimCursor,
  findClaimPage,
  listAuditPage,
  listDocumentPage,
  listEventPage,
  searchDocumentHits,
  showDocument,
  type ClaimQuery,
  type ClaimSort,
  type DocumentDetail,
  type Page,
  type Paging,
} from './queries.ts';
export {
  authenticateToken,
  createToken,
  hasActiveTokens,
  listTokens,
  revokeToken,
  roleAllows,
  TOKEN_ROLES,
  type TokenInfo,
} from './tokens.ts';
export {
  backupWorkspace,
  checkWorkspace,
  restoreFromBackup,
  spanProblem,
  type WorkspaceCheck,
} from './maintenance.ts';
