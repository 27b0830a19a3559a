import type { Db } from '../../db/workspace';
import { workspaceInfo } from '../../db/info';
import { purchaseOrderLines, salesBySku, salesByWeek } from '../../data/activity-queries';
import { computeKeyFigures } from '../../monitoring/key-figures/key-figures';
import { backtestAccuracy, type AccuracyGroup } from '../../forecasting/accuracy';
import { planDrafts } from '../../planning/plan-views';
import { forecastGridFacts } from '../../forecasting/forecast-grid-page';
import { actualsAccuracy } from '../../forecasting/actuals-accuracy';
import { compareRuns } from '../../forecasting/compare-runs';

/**
 * The scans' reader's reads: those that scan every sales row (seconds at 10,000 SKUs), so the
 * catalogue never waits behind the Dashboard's weekly totals, and the reads of one run or plan.
 */
export const reads = {
  info: workspaceInfo,
  salesBySku,
  salesByWeek,
  purchaseOrders: purchaseOrderLines,
  /** The Dashboard's seven key figures. */
  keyFigures: computeKeyFigures,
};

/**
 * Reads of one run or plan the page names that take a second or more at 50,000 SKUs: neither the
 * page's grid rows, asked for at the same moment on the serving thread, nor the catalogue's rows in
 * the quick reader wait behind them.
 */
export const inputReads = {
  /** How many series a run has, how many from analogues, how many shorter than its horizon. */
  forecastGridFacts: (db: Db, { runId }: { runId: number }) => forecastGridFacts(db, runId),
  /** A forecast run's backtest accuracy by one grouping (100,000 series read). */
  forecastAccuracy: (db: Db, { runId, groupBy }: { runId: number; groupBy: AccuracyGroup }) => backtestAccuracy(db, runId, groupBy),
  /** A run scored against the sales since it, by one grouping (the run's forecasts and those sales read). */
  forecastActualsAccuracy: (db: Db, { runId, groupBy }: { runId: number; groupBy: AccuracyGroup }) => actualsAccuracy(db, runId, groupBy),
  /** Two runs side by side, series by series (both runs' forecasts read). */
  forecastCompare: (db: Db, { runA, runB }: { runA: number; runB: number }) => compareRuns(db, runA, runB),
  /** A plan's drafts per supplier and location, and its budget (every line of the plan read). */
  planDrafts: (db: Db, { planId }: { planId: number }) => planDrafts(db, planId),
};
