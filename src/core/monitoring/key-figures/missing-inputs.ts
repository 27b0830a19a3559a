import type Database from 'better-sqlite3';
import { listRuns } from '../../forecasting/runs';
import type { KeyFigure, KeyFigureId } from './types';

/** What the workspace holds of the inputs the figures are computed from. */
export interface FigureInputs {
  hasStock: boolean;
  hasPurchaseOrders: boolean;
  /** The newest finished forecast run's last history day; null without a run. */
  newestRunHistoryTo: string | null;
}

export function figureInputs(db: Database.Database, today: string): FigureInputs {
  const newest = listRuns(db)
    .filter((run) => run.status === 'done' && run.historyTo <= today)
    .map((run) => run.historyTo)
    .sort()
    .at(-1);
  return {
    hasStock: db.prepare('SELECT 1 FROM stock_snapshots LIMIT 1').get() !== undefined,
    hasPurchaseOrders: db.prepare("SELECT 1 FROM purchase_orders WHERE status <> 'draft' LIMIT 1").get() !== undefined,
    newestRunHistoryTo: newest ?? null,
  };
}

const NEEDS_STOCK = new Set<KeyFigureId>(['stockValue', 'weeksOfCover', 'fillRate']);
const NEEDS_PURCHASE_ORDERS = new Set<KeyFigureId>(['openPoValue', 'overduePoLines', 'supplierOtif']);

/**
 * A figure without its inputs says what is missing instead of a value: without stock snapshots no
 * stock-out is ever seen and the fill rate would read 100%; without purchase orders nothing is ever
 * overdue. Accuracy without a value says whether it waits for a forecast or for sales after one.
 */
export function markMissingInputs(figure: KeyFigure, inputs: FigureInputs): KeyFigure {
  if (NEEDS_STOCK.has(figure.id) && !inputs.hasStock) return blank(figure, { need: 'stock', after: null });
  if (NEEDS_PURCHASE_ORDERS.has(figure.id) && !inputs.hasPurchaseOrders) return blank(figure, { need: 'purchaseOrders', after: null });
  if (figure.id === 'forecastAccuracy' && figure.value === null) {
    return {
      ...figure,
      missing: inputs.newestRunHistoryTo === null ? { need: 'forecastRun', after: null } : { need: 'salesAfterRun', after: inputs.newestRunHistoryTo },
    };
  }
  return figure;
}

function blank(figure: KeyFigure, missing: NonNullable<KeyFigure['missing']>): KeyFigure {
  return {
    ...figure,
    value: null,
    previous: null,
    change: null,
    trend: figure.trend.map((point) => ({ date: point.date, value: null })),
    note: null,
    basis: null,
    missing,
  };
}
