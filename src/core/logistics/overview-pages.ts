/**
 * The Logistics page's view cut to what it shows: the first rows of the drafts and shipments (a 50,000-SKU
 * plan has 56,000 shipments, 38 MB when sent whole), later pages on request, and the timeline's dots.
 */

import type { GridPage } from '../../shared/contract/schemas/grid-page';
import type { LogisticsOverview, ShipmentPoint } from '../../shared/contract/schemas/logistics';
import type { LogisticsPlanView } from './overview';

/** Rows sent with the first view: the tables' first page (10 drafts, 20 shipments) and some to spare. */
export const FIRST_VIEW_ROWS = 20;

export function logisticsFirstView(view: LogisticsPlanView): LogisticsOverview {
  return {
    ...view,
    transfers: view.transfers.slice(0, FIRST_VIEW_ROWS),
    transferCount: view.transfers.length,
    shipments: view.shipments.slice(0, FIRST_VIEW_ROWS),
    shipmentCount: view.shipments.length,
  };
}

/** Rows `offset` to `offset + limit` in the plan's order (the order the page lists them). */
export function logisticsRowsPage<R>(rows: readonly R[], offset: number, limit: number): GridPage<R> {
  return { rows: rows.slice(offset, offset + limit), matched: rows.length, total: rows.length };
}

export function shipmentPoints(view: LogisticsPlanView): ShipmentPoint[] {
  return view.shipments.map((s) => [s.mode, s.arrivalDate, s.freightCost, s.quantity, s.sku, s.to]);
}
