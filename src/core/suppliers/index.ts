/** Supplier scorecards, lead times for planning, supplier recommendations, collaboration packs. */

export { TRACEABLE_METRICS, type TraceableMetric } from './metric-definitions';
export type { SupplierMetrics, MetricCounts } from './metric-accumulator';
export type { Distribution } from './stats';
export { resolvePeriod, type PeriodOptions } from './period';
export {
  DEFAULT_SCORECARD_SETTINGS,
  readScorecardSettings,
  saveScorecardSettings,
  scorecardSettingsSchema,
  type ScorecardSettings,
  type ScoreWeights,
} from './settings';
export { GRADE_FLOORS, SCORE_COMPONENTS, type Grade, type ScoreComponent, type SupplierScore } from './score';
export {
  supplierScorecards,
  TREND_FLAT_POINTS,
  type ScorecardOptions,
  type ScorecardReport,
  type ScoreTrend,
  type SupplierScorecard,
} from './scorecards';
export { supplierDetail, type MonthMetrics, type SkuMetrics, type SupplierDetail } from './supplier-detail';
export { traceSupplierMetric, type MetricTrace, type TraceOptions, type TracedLine, type TracedReceipt } from './trace';
export {
  leadTimeLookup,
  supplierLeadTimes,
  type LeadTimeOptions,
  type LeadTimeProfile,
  type LeadTimeTable,
} from './lead-times';
export {
  DEFAULT_PENALTIES,
  recommendSupplier,
  recommendSuppliers,
  type Penalties,
  type RecommendOptions,
  type SupplierOption,
  type SupplierRecommendation,
} from './recommend-supplier';
export { findSupplierId, listSuppliers, type SupplierInfo } from './supplier-directory';
export { scorecardCsv, writeScorecardFile } from './scorecard-export';
export { SCORECARD_COLUMNS } from './scorecard-columns';
export {
  buildSupplierPack,
  DEFAULT_PACK_WEEKS,
  writeSupplierPack,
  type SupplierPackOptions,
  type SupplierPackSummary,
} from './pack/supplier-pack';
export * from './confirmations';
