/** Workspace forecasting: runs stored in SQLite, overrides, accuracy, comparison, lead-time demand. */

export { runWorkspaceForecast, FORECAST_STEPS, type RunSummary } from './run-forecast';
export { readHistory, salesRange, type History, type HistoryOptions, type SeriesHistory } from './history';
export { bucketGrid, daysToBuckets, DEFAULT_HORIZON, MEAN_BUCKET_DAYS, type BucketGrid } from './bucket-grid';
export { capOutliers } from './outliers';
export { calibrate, calibrateRun, TARGET_COVERAGE, type ClassCalibration } from './calibration';
export { AnaloguePool, similarity, launchAligned, type AnalogueCandidate, type ScoredAnalogue } from './analogues';
export { forecastColdStart, type ColdStartTarget } from './cold-start';
export { COLD_START_BUCKETS } from './cold-start-targets';
export { listLaunchPlans, setLaunchPlan, removeLaunchPlan, planPerBucket, type LaunchPlan, type LaunchPlanInput } from './launch-plans';
export { addOverride, removeOverride, getOverride, listOverrides, type ForecastOverride, type OverrideInput, type OverrideFilter } from './overrides';
export { effectiveForecast, type EffectiveRow, type ForecastFilter } from './effective-forecast';
export { adjustedProductIds } from './campaign-effect';
export { listRuns, getRun, deleteRun, runSeries, type RunInfo, type SeriesRow, type SeriesFilter } from './runs';
export {
  backtestAccuracy,
  aggregateAccuracy,
  methodFamily,
  type AccuracyGroup,
  type AccuracyRow,
  type AccuracyFigures,
  type SeriesAccuracy,
} from './accuracy';
export { actualsAccuracy, type ActualsReport } from './actuals-accuracy';
export { overrideValueAdded, type OverrideValueAdded } from './override-value';
export { compareRuns, type RunComparison, type CompareRow } from './compare-runs';
export { leadTimeDemandFromRun, leadTimeDemandForDays, type LeadTimeDemand, type LeadTimeOptions } from './lead-time-demand';
export { writeRunCsv, csvLevels } from './export-csv';
export { assertForecastSchema } from './schema';
export { openForecastConnection } from './connection';
export * from './types';
