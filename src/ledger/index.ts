/**
 * The ledger: pure review rules, claim uncertainty, flow reconciliation and indicators.
 * Everything here takes plain records and returns plain records; nothing reads a clock or a file.
 */
export {
  applyReview,
  originalClaim,
  ClaimChanges,
  EDITABLE_FIELDS,
  REVIEW_TRANSITIONS,
  type EditableField,
  type ReviewAction,
  type ReviewOutcome,
  type ReviewRequest,
} from './review.ts';
export {
  claimDistribution,
  DEFAULT_UNCERTAINTY_RULES,
  parseUncertaintyRules,
  roundingUnit,
  UncertaintyRules,
} from './uncertainty.ts';
export {
  cdf,
  checkDistribution,
  describeDistribution,
  DistributionSpec,
  mixture,
  quantile,
  sample,
  support,
  type Distribution,
} from './distribution.ts';
export { createRandom, createStream, type Random } from './random.ts';
export { normalizePeriod, type NormalizedPeriod } from './period.ts';
export {
  COUNTED_STATUSES,
  estimateFlows,
  isReconciliationRule,
  originOf,
  RECONCILIATION_RULES,
  type DocumentMeta,
  type FlowClaim,
  type FlowEstimate,
  type OriginEstimate,
  type ReconciliationRule,
} from './flows.ts';
export {
  evaluateFormula,
  evaluateExpression,
  FUNCTION_NAMES,
  namesIn,
  parseExpression,
  type Expression,
  type FormulaIssue,
  type Values,
} from './expression.ts';
export {
  applyScenario,
  Assumption,
  AssumptionsFile,
  DEFAULT_ASSUMPTIONS,
  parseAssumptions,
  parseScenario,
  Scenario,
  type AppliedAssumption,
} from './assumptions.ts';
export {
  DEFAULT_DRAWS,
  DEFAULT_INDICATORS,
  DEFAULT_SEED,
  evaluateIndicators,
  FlowSelector,
  Indicator,
  IndicatorsFile,
  parseIndicators,
  type EvaluateOptions,
  type IndicatorResult,
  type InputProvenance,
  type MissingInput,
} from './indicators.ts';
export { summarizeDraws, type DrawSummary, type Histogram } from './summary.ts';
export { explainIndicator, formatFigure } from './explain.ts';
export { sentenceAt } from './quote.ts';
