import type { Db } from '../../db/workspace';
import { logisticsOverview } from '../../logistics/overview';
import { logisticsFirstView, logisticsRowsPage, shipmentPoints } from '../../logistics/overview-pages';
import { memoByDataVersion } from '../../db/connection-memo';

/**
 * The newest plan's logistics, planned once per data version in the Logistics page's reader
 * (seconds at 50,000 SKUs): its first view, later pages and timeline are all cut from this one result.
 */
const keptLogistics = memoByDataVersion(logisticsOverview);
type RowsQuery = { offset: number; limit: number };

/** The Logistics page's reader's reads. */
export const reads = {
  /** The newest plan's figures, containers and first transfers and shipments (seconds at 10,000 SKUs). */
  logisticsOverview: (db: Db) => logisticsFirstView(keptLogistics(db)),
  /** Every shipment of the newest plan as a timeline dot. */
  shipmentTimeline: (db: Db) => shipmentPoints(keptLogistics(db)),
  /** Plans the newest plan's logistics ahead of the page's first visit, keeping it (the page's reads then cut from it). */
  warmLogistics: (db: Db) => keptLogistics(db).shipments.length,
};

export const inputReads = {
  /** A page of the newest plan's transfer drafts / shipments. */
  logisticsTransfers: (db: Db, { offset, limit }: RowsQuery) => logisticsRowsPage(keptLogistics(db).transfers, offset, limit),
  logisticsShipments: (db: Db, { offset, limit }: RowsQuery) => logisticsRowsPage(keptLogistics(db).shipments, offset, limit),
};
