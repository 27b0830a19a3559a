import type { Db } from '../../db/workspace';
import { workspaceInfo } from '../../db/info';
import { currentStock, purchaseOrderLines, salesBySku, salesByWeek } from '../../data/activity-queries';
import { listProducts, listSupplierTerms, listSuppliers } from '../../data/catalog-queries';
import { keptLineFactsSnapshot } from '../../suppliers/facts-snapshot';
import { scorecardList, supplierDetailView, type ViewOptions } from '../../suppliers/supplier-views';
import { computeKeyFigures } from '../../monitoring/key-figures/key-figures';
import { logisticsOverview } from '../../logistics/overview';
import { logisticsFirstView, logisticsRowsPage, shipmentPoints } from '../../logistics/overview-pages';
import { memoByDataVersion } from '../../db/connection-memo';
import { backtestAccuracy, type AccuracyGroup } from '../../forecasting/accuracy';
import { planDrafts } from '../../planning/plan-views';
import { forecastGridFacts } from '../../forecasting/forecast-grid-page';
import { actualsAccuracy } from '../../forecasting/actuals-accuracy';
import { compareRuns } from '../../forecasting/compare-runs';

/**
 * The newest plan's logistics, planned once per data version in the scans' worker (seconds at 50,000
 * SKUs): its first view, later pages and timeline are all cut from this one result.
 */
const keptLogistics = memoByDataVersion(logisticsOverview);
type RowsQuery = { offset: number; limit: number };

/** Whole-workspace reads that may take seconds at 10,000 SKUs: served by the read worker. */
export const readQueries = {
  info: workspaceInfo,
  products: listProducts,
  suppliers: listSuppliers,
  supplierTerms: listSupplierTerms,
  salesBySku,
  salesByWeek,
  stock: currentStock,
  purchaseOrders: purchaseOrderLines,
  /** Every PO line with its receipts (0.7 s at 200,000 lines, kept while the purchases stand), for supplier packs and exports. */
  supplierLineFacts: keptLineFactsSnapshot,
  /** The Dashboard's seven key figures. */
  keyFigures: computeKeyFigures,
  /** The newest plan's figures, containers and first transfers and shipments (seconds at 10,000 SKUs). */
  logisticsOverview: (db: Db) => logisticsFirstView(keptLogistics(db)),
  /** Every shipment of the newest plan as a timeline dot. */
  shipmentTimeline: (db: Db) => shipmentPoints(keptLogistics(db)),
  /** Plans the newest plan's logistics ahead of the page's first visit, keeping it (the page's reads then cut from it). */
  warmLogistics: (db: Db) => keptLogistics(db).shipments.length,
  /** Reads the PO-line snapshot ahead of the Suppliers page's first visit, keeping it (never sent: only its line count). */
  warmSuppliers: (db: Db) => keptLineFactsSnapshot(db).facts.length,
} satisfies Record<string, (db: Db) => unknown>;

/**
 * Reads of one run or plan the page names that take a second or more at 50,000 SKUs: served by the
 * scans' read worker (the kept pages' by their own: KEPT_PAGE_READS), so neither the page's grid rows, asked for at the same moment on the serving
 * thread, nor the catalogue's rows in the quick worker wait behind them.
 */
export const inputReadQueries = {
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
  /**
   * The Suppliers page's ranking (a million PO lines judged three times at 50,000 SKUs), from the
   * worker's kept snapshot: only the rows cross to the serving thread, never the snapshot.
   */
  supplierScorecards: (db: Db, options: ViewOptions) => scorecardList(db, keptLineFactsSnapshot(db), options),
  /** One supplier's scorecard, with its rank from the ranking of the same view. */
  supplierDetail: (db: Db, { supplierId, rank, ...options }: ViewOptions & { supplierId: number; rank: number | null }) =>
    supplierDetailView(db, keptLineFactsSnapshot(db), supplierId, options, rank),
  /** A page of the newest plan's transfer drafts / shipments (its logistics kept as for `logisticsOverview`). */
  logisticsTransfers: (db: Db, { offset, limit }: RowsQuery) => logisticsRowsPage(keptLogistics(db).transfers, offset, limit),
  logisticsShipments: (db: Db, { offset, limit }: RowsQuery) => logisticsRowsPage(keptLogistics(db).shipments, offset, limit),
} satisfies Record<string, (db: Db, input: never) => unknown>;

export type ReadQueryName = keyof typeof readQueries;
export type ReadQueryResult<N extends ReadQueryName> = ReturnType<(typeof readQueries)[N]>;
export type InputReadQueryName = keyof typeof inputReadQueries;
export type InputReadQueryInput<N extends InputReadQueryName> = Parameters<(typeof inputReadQueries)[N]>[1];
export type InputReadQueryResult<N extends InputReadQueryName> = ReturnType<(typeof inputReadQueries)[N]>;

/**
 * Reads that scan every sales row (seconds at 10,000 SKUs). They get a worker of their own,
 * so the catalogue never waits behind the Dashboard's weekly totals.
 */
export const SCAN_QUERIES: ReadonlySet<ReadQueryName> = new Set(['info', 'salesBySku', 'salesByWeek', 'purchaseOrders', 'keyFigures']);

/**
 * The reads of the two pages whose first visit costs seconds at 50,000 SKUs: the snapshot of every
 * PO line behind the Suppliers page, the newest plan's logistics. Each page has a reader of its own
 * that keeps its result and warms it in the background (WARM_QUERIES) after the workspace opened
 * or a job wrote, at a lower priority: the Forecasts and Dashboard reads in the scans' reader never
 * wait behind a warm-up, nor does one page's first visit behind the other page's warm-up.
 */
export type KeptPage = 'suppliers' | 'logistics';
export const KEPT_PAGE_READS: Readonly<Partial<Record<ReadQueryName | InputReadQueryName, KeptPage>>> = {
  supplierLineFacts: 'suppliers',
  supplierScorecards: 'suppliers',
  supplierDetail: 'suppliers',
  warmSuppliers: 'suppliers',
  logisticsOverview: 'logistics',
  shipmentTimeline: 'logistics',
  logisticsTransfers: 'logistics',
  logisticsShipments: 'logistics',
  warmLogistics: 'logistics',
};
export const WARM_QUERIES = { suppliers: 'warmSuppliers', logistics: 'warmLogistics' } as const satisfies Record<KeptPage, ReadQueryName>;
